package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;

/**
 * Sport and entertainment news, where a country or city names a team: "England beat France", "Liverpool travel to
 * Burnley", "the Lions clashed with New Zealand", "Ireland conceded a try". Those are not acts of states, yet the
 * patterns read them as assaults, visits, concessions (the classic GDELT failure).
 *
 * <p>An article is a game or show story when its title and text hold at least {@link #MIN_HITS} words of the
 * vocabulary {@code /events/sport-words.tsv} (match words, scores such as "3-1", film and record words), of at
 * least {@link #MIN_TERMS} different terms and one hit per {@link #CHARS_PER_HIT} characters: one word ("stadium",
 * "world cup") is not enough, since political and business news mentions sport in passing (thresholds read off
 * the corpus, docs/coder.md). A sentence with
 * {@link #MIN_HITS_SENTENCE} such words ("beat France 24-17 in the Six Nations") is one by itself.
 *
 * <p>There an event is dropped when each of its sides is only a place name used as a team: a country, its people,
 * a capital or a city with no role word written ("France", "the English", "Dublin", "Real Madrid"), and the
 * sentence names no state business (a "politics" word of the same file: government, minister, boycott,
 * troops...). Governments, officials, police, armies, organisations and people keep their events: "the sports
 * minister condemned the chants", "police arrested fans", "the government boycotted the Games" stay.
 */
public final class SportContext {
    /** Article level: this many vocabulary hits ... */
    static final int MIN_HITS = 2;
    /** ... of this many different terms (a score counts as one term). */
    static final int MIN_TERMS = 2;
    /**
     * ... and at least one hit per this many characters: a long roundup or feature that mentions football scarves
     * at a vigil and a golfer husband is no game report. On the corpus (6,198 articles) these thresholds take 408
     * of 491 BBC sport and 216 of 366 entertainment reports, 2 of 394 politics, 9 of 500 business articles (about
     * football clubs' finances; one event dropped there, a wrong one).
     */
    static final int CHARS_PER_HIT = 1000;
    /** Sentence level: this many hits make the sentence a game or show report whatever the article. */
    static final int MIN_HITS_SENTENCE = 2;

    /** "won 3-1", "a 24-17 defeat", "7-5 6-4": two small numbers joined by a hyphen or dash, not a time or a speed. */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile(
            "(?<![\\d.,:/\u00a3$\u20ac-])\\d{1,2}\\s?[-\u2013]\\s?\\d{1,2}(?![\\d.,:/%\u2013-])"
            + "(?!\\s*(?:am|pm|a\\.m|p\\.m|mph|km|kg|miles|per|years?|months?|weeks?|days|hours|minutes)\\b)");

    /** Mention kinds that name a place (recognizer kinds, and "place" for a visit's host or a crowd's town). */
    private static final Set<String> PLACE_KINDS = Set.of("country", "demonym", "people", "capital", "city", "region",
            "place");

    private static final Vocabulary WORDS = Vocabulary.load("/events/sport-words.tsv");

    /** Nothing sport-like: the context of an article with no game or show words. */
    static final SportContext NONE = new SportContext(false);

    private final boolean article;

    private SportContext(boolean article) {
        this.article = article;
    }

    /** The context of one article, from its title and text. */
    public static SportContext of(Article a) {
        String all = (a.title() == null ? "" : a.title() + "\n") + a.text();
        int[] hits = WORDS.count(all);
        return new SportContext(hits[0] >= MIN_HITS && hits[1] >= MIN_TERMS
                && (long) hits[0] * CHARS_PER_HIT >= all.length());
    }

    /** Is the article (as a whole) a game or show story? */
    public boolean sportArticle() {
        return article;
    }

    /**
     * Should the event between these sides be dropped? {@code target} may be null. True only in a game or show
     * context, when both sides are bare place names and the sentence names no state business.
     */
    public boolean teamsOnly(String sentence, ActorMention source, ActorMention target) {
        if (!teamLike(source) || (target != null && !teamLike(target))) {
            return false;
        }
        if (!article && WORDS.count(sentence)[0] < MIN_HITS_SENTENCE) {
            return false;
        }
        return !WORDS.politics(sentence);
    }

    /**
     * A place name with no role word: what a game report calls a team ("France", "Dublin", "the Welsh", "the
     * Europeans", "the host city" of a trip), its people ("Japanese women", "Uruguayan fans": civilians, no state),
     * or a phrase that refers back to such teams ("the two sides", "both countries").
     */
    static boolean teamLike(ActorMention m) {
        if (m == null || m.kind() == null || WORDS.politics(m.text())) {
            return false;
        }
        String kind = m.kind();
        String role = m.role();
        if (kind.equals("coreference")) {
            return role == null;
        }
        if (!PLACE_KINDS.contains(kind)) {
            return false;
        }
        // the role a bare capital gets by default ("Moscow said" = the government), or "former France" (a former
        // player or manager), is no role word the text wrote
        return role == null || role.equals("CVL") || role.equals("GOV") && kind.equals("capital")
                || role.equals("ELI");
    }

    /** The word list, compiled. */
    private record Vocabulary(List<java.util.regex.Pattern> game, List<java.util.regex.Pattern> state) {
        static Vocabulary load(String resource) {
            List<java.util.regex.Pattern> game = new ArrayList<>();
            List<java.util.regex.Pattern> state = new ArrayList<>();
            try (InputStream in = SportContext.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    String kind = f.length < 2 ? "" : f[1].trim();
                    if (!Set.of("sport", "show", "politics").contains(kind)) {
                        throw new IllegalStateException(resource + ":" + n + ": kind must be sport, show or politics");
                    }
                    (kind.equals("politics") ? state : game).add(compile(f[0].trim()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Vocabulary(List.copyOf(game), List.copyOf(state));
        }

        private static java.util.regex.Pattern compile(String term) {
            boolean open = term.endsWith("*");
            String t = normalise(open ? term.substring(0, term.length() - 1) : term).trim();
            List<String> words = new ArrayList<>();
            for (String w : t.split(" ")) {
                words.add(java.util.regex.Pattern.quote(w));
            }
            String re = "(?<![a-z0-9])" + String.join(" ", words) + (open ? "[a-z]*" : "") + "(?![a-z0-9])";
            return java.util.regex.Pattern.compile(re);
        }

        /** {total hits, distinct terms}: game and show words plus scores. */
        int[] count(String text) {
            String t = normalise(text);
            int hits = 0;
            int terms = 0;
            for (java.util.regex.Pattern p : game) {
                Matcher m = p.matcher(t);
                int k = 0;
                while (m.find()) {
                    k++;
                }
                hits += k;
                terms += k > 0 ? 1 : 0;
            }
            Matcher m = SCORE.matcher(text);
            int k = 0;
            while (m.find()) {
                k++;
            }
            return new int[] {hits + k, terms + (k > 0 ? 1 : 0)};
        }

        boolean politics(String text) {
            String t = normalise(text);
            for (java.util.regex.Pattern p : state) {
                if (p.matcher(t).find()) {
                    return true;
                }
            }
            return false;
        }

        /** Lower case, with hyphens, dashes and runs of spaces as one space: "Try-line" = "try line". */
        private static String normalise(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011\u2013]+", " ");
        }
    }

    @Override
    public String toString() {
        return article ? "SportContext[article]" : "SportContext[none]";
    }
}
