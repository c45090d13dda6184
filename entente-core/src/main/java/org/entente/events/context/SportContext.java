package org.entente.events.context;

import org.entente.events.model.DataTable;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.Words;

import java.util.ArrayList;
import java.util.List;
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
    private static final Set<String> PLACE_KINDS = Lexicon.words("sport-context.place-kinds");

    private static final Vocabulary WORDS = Vocabulary.load("/events/sport-words.tsv");

    /** Nothing sport-like: the context of an article with no game or show words. */
    static final SportContext NONE = new SportContext(null);

    /** The article, until its words are first needed (most articles have no event between two bare places). */
    private Article source;
    private boolean article;

    private SportContext(Article source) {
        this.source = source;
    }

    /** The context of one article, from its title and text (read only when an event needs it). */
    public static SportContext of(Article a) {
        return new SportContext(a);
    }

    /** Is the article (as a whole) a game or show story? */
    public boolean sportArticle() {
        if (source != null) {
            String all = (source.title() == null ? "" : source.title() + "\n") + source.text();
            int[] hits = WORDS.count(all);
            article = hits[0] >= MIN_HITS && hits[1] >= MIN_TERMS && (long) hits[0] * CHARS_PER_HIT >= all.length();
            source = null;
        }
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
        if (!sportArticle() && WORDS.count(sentence)[0] < MIN_HITS_SENTENCE) {
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

    /**
     * The word list, indexed for one pass over a text: the words of the text are read once and each is looked up
     * (a regular expression per term made this stage ten times the cost of coding the article). A term matches
     * where its words follow each other with one space, hyphen or dash between them; a term ending in "*" takes
     * any ending on its last word.
     */
    private static final class Vocabulary {
        /** One term: its words, whether the last is a prefix, and its number (for counting distinct terms). */
        private record Term(String[] words, boolean open, int id) {
        }

        private final java.util.Map<String, List<Term>> game = new java.util.HashMap<>();
        private final java.util.Map<String, List<Term>> state = new java.util.HashMap<>();
        private int terms;

        static Vocabulary load(String resource) {
            Vocabulary v = new Vocabulary();
            for (DataTable.Row row : DataTable.read(resource)) {
                String kind = row.field(1).trim();
                if (!Set.of("sport", "show", "politics").contains(kind)) {
                    throw row.error("kind must be sport, show or politics");
                }
                v.add(kind.equals("politics") ? v.state : v.game, row.field(0).trim());
            }
            return v;
        }

        private void add(java.util.Map<String, List<Term>> index, String term) {
            boolean open = term.endsWith("*");
            String t = normalise(open ? term.substring(0, term.length() - 1) : term).trim();
            String[] words = t.split(" ");
            Term x = new Term(words, open, terms++);
            // indexed by the first word, or for a one-word prefix by its first three letters (all its words start so)
            String key = words.length == 1 && open ? prefixKey(words[0]) : words[0];
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
        }

        private static String prefixKey(String w) {
            return "*" + w.substring(0, Math.min(3, w.length()));
        }

        /** {total hits, distinct terms}: game and show words plus scores. */
        int[] count(String text) {
            Words w = Words.of(normalise(text));
            int[] perTerm = new int[terms];
            int hits = 0;
            int distinct = 0;
            for (int i = 0; i < w.size; i++) {
                for (Term x : candidates(game, w.word(i))) {
                    if (matches(x, w, i) && perTerm[x.id()]++ == 0) {
                        distinct++;
                    }
                }
            }
            for (int c : perTerm) {
                hits += c;
            }
            Matcher m = SCORE.matcher(text);
            int k = 0;
            while (m.find()) {
                k++;
            }
            return new int[] {hits + k, distinct + (k > 0 ? 1 : 0)};
        }

        boolean politics(String text) {
            Words w = Words.of(normalise(text));
            for (int i = 0; i < w.size; i++) {
                for (Term x : candidates(state, w.word(i))) {
                    if (matches(x, w, i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static List<Term> candidates(java.util.Map<String, List<Term>> index, String word) {
            List<Term> exact = index.get(word);
            List<Term> prefix = word.length() < 1 ? null : index.get(prefixKey(word));
            if (prefix == null) {
                return exact == null ? List.of() : exact;
            }
            if (exact == null) {
                return prefix;
            }
            List<Term> both = new ArrayList<>(exact);
            both.addAll(prefix);
            return both;
        }

        private static boolean matches(Term x, Words w, int i) {
            String[] ws = x.words();
            if (i + ws.length > w.size) {
                return false;
            }
            for (int k = 0; k < ws.length; k++) {
                String word = w.word(i + k);
                boolean last = k == ws.length - 1;
                if (!(last && x.open() ? word.startsWith(ws[k]) : word.equals(ws[k]))) {
                    return false;
                }
                if (!last && !w.joined(i + k)) {
                    return false;
                }
            }
            return true;
        }

        /** Lower case, with hyphens, dashes and runs of white space as one space: "Try-line" = "try line". */
        private static String normalise(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean gap = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                    gap = true;
                    continue;
                }
                if (gap) {
                    b.append(' ');
                    gap = false;
                }
                b.append(Character.toLowerCase(c));
            }
            if (gap) {
                b.append(' ');
            }
            return b.toString();
        }
    }

    /** The runs of letters and digits of a normalised text, and whether one space alone joins each to the next. */
    private static final class Words {
        private final String text;
        private final int[] start;
        private final int[] end;
        private final int size;

        private Words(String text, int[] start, int[] end, int size) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.size = size;
        }

        static Words of(String t) {
            int[] s = new int[t.length() / 2 + 1];
            int[] e = new int[s.length];
            int n = 0;
            int i = 0;
            while (i < t.length()) {
                if (!alnum(t.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.length() && alnum(t.charAt(j))) {
                    j++;
                }
                s[n] = i;
                e[n] = j;
                n++;
                i = j;
            }
            return new Words(t, s, e, n);
        }

        private static boolean alnum(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        String word(int i) {
            return text.substring(start[i], end[i]);
        }

        boolean joined(int i) {
            return i + 1 < size && start[i + 1] == end[i] + 1 && text.charAt(end[i]) == ' ';
        }
    }

    @Override
    public String toString() {
        return article ? "SportContext[article]" : "SportContext[none]";
    }
}
