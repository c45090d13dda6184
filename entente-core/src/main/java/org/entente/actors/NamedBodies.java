package org.entente.actors;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bodies the dictionary does not list, recognised by the noun that heads their name: "the Refugee Council", "the
 * Federation of Small Businesses", "the Commission for Racial Equality", "the Public and Commercial Services union".
 * A name is a capitalised noun from {@code actors/body-nouns.tsv} with capitalised words before it, or after it
 * joined by "of"/"for". The body takes:
 * <ul>
 * <li>its role from the noun's row (or, where the row says so, from a role word inside the name: "Police
 *     Federation" → COP);</li>
 * <li>its country from a place inside the name ("Hong Kong Human Rights Monitor" → HKG), else from the country the
 *     article is about when one dominates it ({@link ArticleCountry}: a British article's "Countryside Alliance" is
 *     British), else none. Names that say they reach across states ("International", "World", "European", ...)
 *     or hold a region ("Council of Europe") take no country from the article.</li>
 * </ul>
 * The dictionary always wins: a name with a dictionary organisation, seat, person or title inside it is left alone,
 * unless the dictionary's body is only the tail of a longer name that opens with capitalised words no row knows
 * ("Trades Union Congress" is a body of its own, not the US Congress).
 * A role word inside the name ("Refugee" in "Refugee Council") is replaced by the body; a title and name after the
 * noun stay with it ("Refugee Council Chief Executive Maeve Sherlock"), so {@link NamedByTitle} learns the person.
 * Provenance: the noun's row, then the place's row or the article's country ("body-nouns.tsv:17+countries.tsv:12").
 */
final class NamedBodies {
    static final String FILE = "body-nouns.tsv";
    private static final NamedBodies STANDARD = load();
    private static final int MAX_NAME_WORDS = 7;
    /** Words that join a body's name: "Public and Commercial Services", "Federation of Small Businesses". */
    private static final String[] GLUE = {"and", "of", "for", "the", "on"};
    private static final String[] AFTER_HEAD = {"of", "for", "on"};
    /**
     * Words that put a body above any one state: such a body takes no country from the article it is in
     * (events/lexicon.tsv, named-bodies.across-states).
     */
    private static final Set<String> ACROSS_STATES = ActorWords.words("named-bodies.across-states");
    static final String SECTORS = "body-sectors.tsv";
    /** The kind of a body that is no political actor (a sports union): it holds its words, then is dropped. */
    static final String NOT_AN_ACTOR = "none";
    private static final Set<String> PLACE_KINDS = Set.of("country", "demonym", "people", "capital", "city", "region");

    /** One row of the table: the role, whether a role word inside wins, whether the noun may be lower case. */
    record Noun(String role, boolean inner, boolean lower, int line) {
    }

    /**
     * A word inside a body's name that says what kind of body it is, whatever its head noun: "Rugby" in "Welsh Rugby
     * Union" (no political actor: {@code role} null), "Rights" in "Islamic Human Rights Commission" (NGO). {@code
     * nouns}: the head nouns it applies to, empty for all.
     */
    record Sector(String role, Set<String> nouns, int line) {
    }

    private final Map<String, Noun> nouns;
    private final Map<String, Sector> sectors;

    private NamedBodies(Map<String, Noun> nouns, Map<String, Sector> sectors) {
        this.nouns = nouns;
        this.sectors = sectors;
    }

    static NamedBodies standard() {
        return STANDARD;
    }

    /**
     * Adds the named bodies of each sentence to {@code groups} (one list per sentence, in place). The article's country
     * is read after the bodies are in: a dictionary body a longer name swallowed ("Congress" in "Trades Union
     * Congress") must not vote for the country of that name.
     */
    static void apply(List<List<Composer.Group>> groups, List<WordScanner.Words> words) {
        List<Found> found = new ArrayList<>();
        for (int si = 0; si < groups.size(); si++) {
            STANDARD.sentence(groups.get(si), words.get(si), si, found);
        }
        if (found.isEmpty()) {
            return;
        }
        ArticleCountry article = ArticleCountry.of(groups);
        Map<String, Composer.Group> byInitials = new HashMap<>();
        for (Found f : found) {
            Composer.Group body = f.body();
            if (f.fromArticle() && article != null && !NOT_AN_ACTOR.equals(body.kind())) {
                List<Composer.Group> gs = groups.get(f.sentence());
                int at = gs.indexOf(body);
                body = new Composer.Group(body.first(), body.last(), article.country() + body.role(), article.country(),
                        body.role(), body.kind(), body.entityId(), 0.5, body.source() + " (" + article.reason() + ")",
                        false, false, false, body.nameFirst());
                if (at >= 0) {
                    gs.set(at, body);
                }
            }
            if (f.initials() != null) {
                byInitials.putIfAbsent(f.initials(), body);
            }
        }
        if (!byInitials.isEmpty()) {
            initialisms(groups, words, byInitials);
        }
    }

    /** A body found in sentence {@code sentence}; {@code fromArticle}: it takes the article's country if any. */
    private record Found(int sentence, Composer.Group body, boolean fromArticle, String initials) {
    }

    /**
     * "The International Commission of Jurists (ICJ) ... the ICJ said": an all-capital word no group covers that
     * is the initials of a body found in the article is that body (its code, entity and provenance, plus
     * "(initials)"). {@link ShortForms} has already set aside the dictionary's reading of such a word.
     */
    private static void initialisms(List<List<Composer.Group>> groups, List<WordScanner.Words> words,
                                    Map<String, Composer.Group> byInitials) {
        for (int si = 0; si < groups.size(); si++) {
            List<Composer.Group> gs = groups.get(si);
            WordScanner.Words w = words.get(si);
            for (int k = 0; k < w.size; k++) {
                if (!w.allUpper(k) || w.end[k] - w.start[k] < 3) {
                    continue;
                }
                Composer.Group body = byInitials.get(w.text.substring(w.start[k], w.end[k]));
                if (body == null || covered(gs, k)) {
                    continue;
                }
                replace(gs, new Composer.Group(k, k, body.code(), body.country(), body.role(), body.kind(),
                        body.entityId(), body.confidence(), body.source() + " (initials)", false, false, false));
            }
        }
    }

    /** The initials of the name [first, last]: each capitalised word's first letter ("ICJ"), or null under three. */
    private static String initials(WordScanner.Words w, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (Character.isUpperCase(w.text.charAt(w.start[k])) && !w.allUpper(k) && w.end[k] - w.start[k] >= 2) {
                b.append(Character.toUpperCase(w.text.charAt(w.start[k])));
            } else if (!w.isAny(k, GLUE)) {
                return null;
            }
        }
        return b.length() >= 3 ? b.toString() : null;
    }

    private void sentence(List<Composer.Group> gs, WordScanner.Words w, int si, List<Found> found) {
        for (int k = 0; k < w.size; k++) {
            if (k + 1 < w.size && !w.breakBefore(k + 1) && capitalised(w, k + 1)
                    && nouns.containsKey(w.norm(k) + " " + w.norm(k + 1))) {
                continue; // "Union Congress": the two-word head is read at its second word
            }
            Noun noun = null;
            int headFirst = k;
            if (k > 0 && !w.breakBefore(k)) {
                noun = nouns.get(w.norm(k - 1) + " " + w.norm(k));
                headFirst = k - 1;
            }
            if (noun == null) {
                noun = nouns.get(w.norm(k));
                headFirst = k;
            }
            if (noun == null || !(capitalised(w, k) || noun.lower() && w.allLower(k))) {
                continue;
            }
            int first = nameBefore(w, headFirst);
            int last = nameAfter(w, k);
            int nameWords = (headFirst - first) + (last - k);
            if (nameWords < (capitalised(w, k) ? 1 : 2)) {
                continue; // "the Council", "the union": a bare noun is a role word's business, not a name
            }
            Composer.Group body = body(gs, w, first, last, k, noun);
            if (body != null) {
                replace(gs, body);
                k = body.last();
                found.add(new Found(si, body, body.country() == null && !acrossStates(w, first, last),
                        initials(w, first, last)));
            }
        }
    }

    /** The first word of the capitalised name ending right before the head word {@code head}. */
    private static int nameBefore(WordScanner.Words w, int head) {
        int first = head;
        int k = head - 1;
        while (k >= 0 && head - k < MAX_NAME_WORDS && !w.breakBefore(k + 1)) {
            if (capitalised(w, k)) {
                first = k;
            } else if (!(w.isAny(k, GLUE) && k > 0 && capitalised(w, k - 1) && !w.breakBefore(k))) {
                break;
            }
            k--;
        }
        return first;
    }

    /** The last word of "of Small Businesses" after the head word, or the head itself. */
    private static int nameAfter(WordScanner.Words w, int head) {
        int k = head + 1;
        if (k >= w.size || !w.isAny(k, AFTER_HEAD) || w.breakBefore(k)) {
            return head;
        }
        k++;
        if (k < w.size && w.is(k, "the") && !w.breakBefore(k)) {
            k++;
        }
        int last = head;
        while (k < w.size && k - head <= MAX_NAME_WORDS && !w.breakBefore(k)) {
            if (capitalised(w, k)) {
                last = k;
            } else if (!(w.is(k, "and") && k + 1 < w.size && capitalised(w, k + 1))) {
                break;
            }
            k++;
        }
        return last;
    }

    /**
     * The body named by words [first, last] with head noun at {@code head}, or null when the dictionary already
     * knows what these words are.
     */
    private Composer.Group body(List<Composer.Group> gs, WordScanner.Words w, int first, int last, int head,
                                Noun noun) {
        Composer.Group place = null;
        Composer.Group innerRole = null;
        int start = first;
        int end = last;
        int nameFirst = -1;
        for (Composer.Group g : gs) {
            if (g.last() < first || g.first() > last) {
                continue;
            }
            if (g.first() < first) {
                if (!("role".equals(g.kind()) && g.first() == first - 1 && w.is(g.first(), "the"))) {
                    return null; // a phrase that began before the name ("the US ... ") is the dictionary's reading
                }
                start = g.first(); // "the Public and Commercial Services union": the role word's "the" goes along
            }
            if (PLACE_KINDS.contains(g.kind()) && g.last() <= last) {
                if (g.country() == null || g.first() <= head && g.last() >= head && g.role() == null) {
                    return null; // "Council of Europe": a region's body; "Soviet Union": the place is the whole name
                }
                if (place == null) {
                    place = g;
                }
                if (g.role() != null && innerRole == null) {
                    innerRole = g; // "Uganda Tenants Council": the place and a role word composed inside the name
                }
            } else if ("role".equals(g.kind())) {
                innerRole = innerRole == null ? g : innerRole;
                if (g.last() > end) {
                    end = g.last(); // "Refugee Council Chief Executive Maeve Sherlock": the title and name go along
                    nameFirst = g.nameFirst();
                }
            } else if (!partOfLongerName(gs, w, first, last, g)) {
                return null; // an organisation, seat, person or title the dictionary names
            }
        }
        String role = noun.inner() && innerRole != null && innerRole.role() != null
                ? ActorCode.primaryRole(innerRole.role()) : noun.role();
        String source = FILE + ":" + noun.line();
        Sector sector = sector(w, first, last, head);
        if (sector != null) {
            source += "+" + SECTORS + ":" + sector.line();
            if (sector.role() == null) {
                // "Welsh Rugby Union": holds its words (no "Welsh" → GBR) and codes nothing, but its place still
                // says what the article is about (ArticleCountry) until the body is dropped
                return new Composer.Group(start, end, null, place == null ? null : place.country(), null,
                        NOT_AN_ACTOR, entity(w, first, last), 0, source, false, false, false);
            }
            role = sector.role();
        }
        String country = null;
        double confidence = 0.4;
        if (place != null) {
            country = place.country();
            source += "+" + place.source();
            confidence = 0.6;
        }
        String code = (country == null ? "---" : country) + role;
        return new Composer.Group(start, end, code, country, role, "org", entity(w, first, last), confidence, source,
                false, false, false, nameFirst);
    }

    /** The first word of the name [first, last] that the sector table reads for head noun {@code head}, or null. */
    private Sector sector(WordScanner.Words w, int first, int last, int head) {
        String noun = w.norm(head);
        for (int k = first; k <= last; k++) {
            Sector s = sectors.get(w.norm(k));
            if (s != null && (s.nouns().isEmpty() || s.nouns().contains(noun))) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether dictionary group {@code g} (an organisation or seat) is only a part of the longer name [first, last]
     * the dictionary lacks: it ends inside the name, and a capitalised word before it in the name is no actor at
     * all ("Trades Union Congress" is not the US Congress, "General National Congress" neither). A name that opens
     * with the dictionary's own body ("EU Council", "US Congress": a place or body first) stays the dictionary's.
     */
    private static boolean partOfLongerName(List<Composer.Group> gs, WordScanner.Words w, int first, int last,
                                            Composer.Group g) {
        if (!("org".equals(g.kind()) || "seat".equals(g.kind())) || g.first() <= first || g.last() > last) {
            return false;
        }
        int k = g.first() - 1; // glued right before it, and not the sentence's first word ("Members of Congress")
        return k > 0 && !w.breakBefore(k) && !w.breakBefore(g.first()) && capitalised(w, k) && !covered(gs, k);
    }

    private static boolean covered(List<Composer.Group> gs, int k) {
        for (Composer.Group g : gs) {
            if (g.first() <= k && k <= g.last()) {
                return true;
            }
        }
        return false;
    }

    private static boolean acrossStates(WordScanner.Words w, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (ACROSS_STATES.contains(w.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code body} in the sentence's groups in place of the groups it covers. */
    private static void replace(List<Composer.Group> gs, Composer.Group body) {
        gs.removeIf(g -> g.first() >= body.first() && g.last() <= body.last());
        int at = 0;
        while (at < gs.size() && gs.get(at).first() < body.first()) {
            at++;
        }
        gs.add(at, body);
    }

    private static boolean capitalised(WordScanner.Words w, int k) {
        return !w.allLower(k) && Character.isUpperCase(w.text.charAt(w.start[k])) && w.end[k] - w.start[k] >= 2
                && !NameGlue.NOT_A_NAME.contains(w.norm(k));
    }

    private static String entity(WordScanner.Words w, int first, int last) {
        StringBuilder b = new StringBuilder("org:");
        for (int k = first; k <= last; k++) {
            b.append(k == first ? "" : "-").append(w.norm(k));
        }
        return b.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9:-]+", "");
    }

    private static NamedBodies load() {
        Map<String, Noun> nouns = new HashMap<>();
        HeadedTable.read(FILE, List.of("noun", "role", "inner", "lower"), (n, f) -> {
            if (f.length < 4 || f[0].isBlank() || f[1].length() != 3 || !yesNo(f[2]) || !yesNo(f[3])) {
                throw new IllegalStateException(FILE + ":" + n + ": want noun, 3-letter role, yes/no, yes/no");
            }
            nouns.put(WordScanner.fold(f[0].trim()), new Noun(f[1], f[2].equals("yes"), f[3].equals("yes"), n));
        });
        Map<String, Sector> sectors = new HashMap<>();
        HeadedTable.read(SECTORS, List.of("word", "role", "nouns"), (n, f) -> {
            if (f.length < 3 || f[0].isBlank() || !(f[1].equals("-") || f[1].length() == 3) || f[2].isBlank()) {
                throw new IllegalStateException(SECTORS + ":" + n + ": want word, 3-letter role or -, nouns or *");
            }
            Set<String> heads = f[2].equals("*") ? Set.of() : Set.of(f[2].split("\\|"));
            sectors.put(WordScanner.fold(f[0].trim()), new Sector(f[1].equals("-") ? null : f[1], heads, n));
        });
        return new NamedBodies(nouns, sectors);
    }

    private static boolean yesNo(String s) {
        return s.equals("yes") || s.equals("no");
    }
}
