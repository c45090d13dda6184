package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks short forms against the whole article before actors are composed. A surname alone ("Howard",
 * "Mr Taylor") or an acronym alone ("BNP") is how a text refers back to someone or something it has already
 * introduced, and many people share a surname: the dictionary's famous bearer is meant only when the article
 * backs it. In order:
 * <ol>
 * <li>A surname glued to another capitalised name is part of that name: "Ian Taylor" (a given name the
 *     dictionary person does not have) or "Sharon Osbourne", "Trump Tower" (the word used as a given name or a
 *     modifier). That occurrence is no actor; after "Ian Taylor", a bare "Taylor" anywhere in the article is
 *     taken for the person the article introduced, not the dictionary's.</li>
 * <li>An entity the article names in full ("Michael Howard", "Bangladesh Nationalist Party") is what its short
 *     form means there, among all the rows that short form matched.</li>
 * <li>Otherwise a row needs support: a title right before the name that fits an office the person held
 *     ("Prime Minister Howard"), or its country named in the article by something else (a country, demonym,
 *     capital, city, organisation or a person named in full). A short form none of whose rows is supported in
 *     an article that names other countries is no actor. News introduces a person in full or by title at first
 *     mention, so the rule needs an article: a text that names no country, or a one-sentence text (a
 *     headline, a snippet: "Obama ordered an inquiry into Iran"), gives nothing to go against, and the
 *     dictionary's reading stands.</li>
 * <li>An initialism ("ICJ", "FSA") that the article spells out as another name ("the International Commission of
 *     Jurists (ICJ)", "the Financial Services Authority") means that name, not the dictionary's body: it is no
 *     actor of the dictionary's there.</li>
 * </ol>
 * A dropped name right after a title leaves the title to code the phrase ("President Taylor" → a role).
 * Everything happens per article on the matches alone, so it costs a pass over them and nothing on articles
 * without short forms.
 */
final class ShortForms {
    /**
     * Capitalised words that stand before or after a name without being another name: honorifics, party and
     * sports labels, days and months, and the function words that open sentences. Folded.
     */
    static final Set<String> NOT_A_NAME = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "professor", "sir", "lord", "lady", "dame", "rev",
            "reverend", "father", "fr", "sister", "brother", "saint", "st", "pope", "prince", "princess", "duke",
            "duchess", "earl", "baron", "baroness", "count", "countess", "judge", "justice", "rep", "sen", "gov",
            "capt", "captain", "coach", "chairman", "chairwoman", "chief", "inspector", "det", "detective", "sgt",
            "agent", "lt", "lieutenant", "cpl", "corporal", "pte", "cardinal", "bishop", "archbishop", "rabbi",
            "imam", "sheikh", "mullah", "ayatollah", "maj", "major", "col", "manager", "boss", "skipper", "striker",
            "midfielder", "defender", "goalkeeper", "keeper", "winger", "republican", "republicans", "democrat",
            "democrats", "democratic", "labour", "labor", "tory", "tories", "conservative", "conservatives",
            "liberal", "liberals", "socialist", "socialists", "unionist", "nationalist", "communist", "independent",
            "green", "greens", "former", "ex", "new", "young", "old", "dear", "the", "a", "an", "and", "but", "or",
            "nor", "so", "yet", "if", "when", "while", "as", "after", "before", "since", "because", "though",
            "although", "until", "unless", "then", "now", "also", "even", "still", "meanwhile", "however",
            "moreover", "indeed", "instead", "thus", "hence", "therefore", "yesterday", "today", "tonight",
            "tomorrow", "on", "in", "at", "for", "with", "by", "from", "to", "of", "about", "against", "between",
            "into", "through", "during", "without", "within", "under", "over", "up", "down", "off", "out", "what",
            "who", "whom", "whose", "which", "where", "why", "how", "that", "this", "these", "those", "there",
            "here", "his", "her", "their", "its", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you",
            "both", "all", "each", "every", "some", "many", "most", "more", "few", "no", "not", "only", "just",
            "said", "says", "asked", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "jr", "sr", "snr", "jnr", "ii", "iii",
            // particles that belong to the surname: "Omar El Bashir", "Abu Mazen", "Ursula von der Leyen"
            "al", "el", "ul", "bin", "ibn", "abu", "ben", "bint", "ould", "ag", "van", "von", "der", "den", "de",
            "da", "di", "du", "le", "la", "del", "della", "dos", "das", "do", "ter", "zu", "mac");

    private ShortForms() {
    }

    /** Narrows or removes the short-form items of one article, in place. {@code items} and {@code words} align. */
    static void apply(List<List<Composer.Item>> items, List<WordScanner.Words> words, LocalDate date) {
        Set<String> fullNamed = null;
        Set<String> places = null;
        Set<String> otherNamed = null;
        boolean any = false;
        for (int si = 0; si < items.size(); si++) {
            List<Composer.Item> its = items.get(si);
            WordScanner.Words w = words.get(si);
            for (int j = 0; j < its.size(); j++) {
                Composer.Item it = its.get(j);
                if (shortPerson(it, w)) {
                    any = true;
                    if (otherGivenName(w, its, j)) {
                        otherNamed = add(otherNamed, w.norm(it.first()));
                    }
                    continue;
                }
                if (acronym(it, w)) {
                    any = true;
                    continue;
                }
                if (initialism(it, w)) {
                    any = true;
                }
                if (it.last() > it.first() && (it.kind() == KbEntry.Kind.PERSON || it.kind() == KbEntry.Kind.ORG)) {
                    fullNamed = add(fullNamed, it.meaning().entry().entityId());
                }
                if (derivedFullName(it)) {
                    any = true;
                    continue; // a bulk-derived name is no evidence for its own country: it needs some
                }
                String key = key(it.meaning().entry());
                if (key != null) {
                    places = add(places, key);
                }
            }
        }
        if (!any) {
            return;
        }
        // a one-sentence text (a headline, a wire snippet, a test phrase) introduces no one in full, as an
        // article does at first mention: its countries are no evidence against a famous bearer
        boolean article = items.size() > 1;
        Map<String, List<int[]>> spelled = null; // initials -> names the article spells out, lazily
        Facts facts = new Facts(fullNamed == null ? Set.of() : fullNamed, places == null ? Set.of() : places,
                otherNamed == null ? Set.of() : otherNamed, date, article);
        for (int si = 0; si < items.size(); si++) {
            List<Composer.Item> its = items.get(si);
            WordScanner.Words w = words.get(si);
            for (int j = 0; j < its.size(); j++) {
                Composer.Item it = its.get(j);
                Composer.Item out = shortPerson(it, w) ? person(it, w, its, j, facts)
                        : acronym(it, w) ? acronymOrg(it, facts)
                        : derivedFullName(it) ? derivedPerson(it, w, its, j, facts) : it;
                if (out == it && initialism(it, w)) {
                    if (spelled == null) {
                        spelled = spelledOut(words);
                    }
                    if (spelledOtherwise(it, w, spelled, items, words)) {
                        out = null;
                    }
                }
                if (out == null) {
                    its.remove(j--);
                    if (j >= 0 && it.kind() == KbEntry.Kind.PERSON && gluedPlace(w, its.get(j), it.first())) {
                        its.remove(j--); // "Douglas Adams", "Van Morrison": the place was the given name
                    }
                } else if (out != it) {
                    its.set(j, out);
                }
            }
        }
    }

    /**
     * A city or capital written right before a name that turned out not to be the dictionary's: as in
     * {@link Composer}, a place glued to a capitalised name no row stands for is part of that name.
     */
    private static boolean gluedPlace(WordScanner.Words w, Composer.Item place, int name) {
        return (place.kind() == KbEntry.Kind.CITY || place.kind() == KbEntry.Kind.CAPITAL)
                && place.last() == name - 1 && glued(w, name - 1, name);
    }

    /** What the rest of the article says: entities named in full, countries named, surnames others bear. */
    private record Facts(Set<String> fullNamed, Set<String> places, Set<String> otherNamed, LocalDate date,
                         boolean article) {
        /** Countries named, but none a candidate's: the short form means someone else, in an article. */
        boolean against() {
            return article && !places.isEmpty();
        }
    }

    private static Set<String> add(Set<String> s, String x) {
        Set<String> out = s == null ? new HashSet<>() : s;
        out.add(x);
        return out;
    }

    /**
     * A person matched by one word: a surname or a one-word alias, also when the scanner splits it at an apostrophe
     * or a hyphen ("O'Neill", "Abdel-Aati": no space inside).
     */
    private static boolean shortPerson(Composer.Item it, WordScanner.Words w) {
        if (it.kind() != KbEntry.Kind.PERSON) {
            return false;
        }
        for (int k = it.first() + 1; k <= it.last(); k++) {
            if (w.start[k] != w.end[k - 1] + 1 || Character.isWhitespace(w.text.charAt(w.end[k - 1]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organisation matched by one all-capital word ("BNP") with a country of its own (not "UN", "NATO").
     * Companies ("BMW", "BP") are left alone: their short name is a registered brand, one owner worldwide, while
     * the initials of parties, armed groups and agencies are made of common words and recur from country to
     * country (Bangladesh's and Britain's BNP, Syria's Free Syrian Army and Britain's Financial Services
     * Authority).
     */
    private static boolean acronym(Composer.Item it, WordScanner.Words w) {
        KbEntry e = it.meaning().entry();
        return it.kind() == KbEntry.Kind.ORG && it.first() == it.last() && w.allUpper(it.first())
                && e.country() != null && !"BUS".equals(e.role());
    }

    /** Words that may stand inside a spelled-out name without giving a letter: "International Commission of Jurists". */
    private static final Set<String> INITIALS_GLUE = Set.of("of", "for", "and", "the", "on", "de", "&");
    private static final int MAX_NAME = 8;

    /**
     * An organisation matched by one all-capital word of three letters or more ("ICJ", "FSA"), not a company's
     * brand: the initials of words that many names share.
     */
    private static boolean initialism(Composer.Item it, WordScanner.Words w) {
        return it.kind() == KbEntry.Kind.ORG && it.first() == it.last() && w.allUpper(it.first())
                && w.end[it.first()] - w.start[it.first()] >= 3 && !"BUS".equals(it.meaning().entry().role());
    }

    /**
     * Every capitalised name the article spells out, by its initials: "International Commission of Jurists" →
     * ICJ (the glue words give no letter). Each value is {sentence, first word, last word}.
     */
    private static Map<String, List<int[]>> spelledOut(List<WordScanner.Words> words) {
        Map<String, List<int[]>> out = new HashMap<>();
        for (int si = 0; si < words.size(); si++) {
            WordScanner.Words w = words.get(si);
            for (int a = 0; a < w.size; a++) {
                if (!spelledWord(w, a)) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int k = a; k < w.size && k - a < MAX_NAME && (k == a || !w.breakBefore(k)); k++) {
                    if (spelledWord(w, k)) {
                        initials.append(Character.toUpperCase(w.text.charAt(w.start[k])));
                        if (initials.length() >= 3) {
                            out.computeIfAbsent(initials.toString(), x -> new ArrayList<>()).add(new int[]{si, a, k});
                        }
                    } else if (!INITIALS_GLUE.contains(w.norm(k))) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A capitalised word, not all capitals, that can give a spelled-out name its letter. */
    private static boolean spelledWord(WordScanner.Words w, int k) {
        return w.end[k] - w.start[k] >= 2 && Character.isUpperCase(w.text.charAt(w.start[k])) && !w.allUpper(k);
    }

    /**
     * Whether the article spells the initialism out as a name none of whose words the dictionary reads as this
     * body: "the International Commission of Jurists (ICJ)" makes "ICJ" that commission, not the Court of Justice;
     * "the Financial Services Authority ... the FSA" is no Syrian army. A spelled-out name that is the row's own
     * ("International Court of Justice") keeps the row.
     */
    private static boolean spelledOtherwise(Composer.Item it, WordScanner.Words w, Map<String, List<int[]>> spelled,
                                            List<List<Composer.Item>> items, List<WordScanner.Words> sentences) {
        String acronym = w.text.substring(w.start[it.first()], w.end[it.first()]);
        List<int[]> names = spelled.get(acronym);
        if (names == null || !spellsOut(it, acronym)) {
            return false; // a row that does not say what its initials stand for ("ISAF") cannot be told apart
        }
        Set<String> mine = new HashSet<>();
        for (KbEntry e : it.rows()) {
            mine.add(e.entityId());
        }
        for (int[] n : names) {
            for (Composer.Item other : items.get(n[0])) {
                if (other.first() <= n[2] && other.last() >= n[1]) {
                    for (KbEntry e : other.rows()) {
                        if (mine.contains(e.entityId())) {
                            return false;
                        }
                    }
                }
            }
            if (spellingOfOwnName(it, lettered(sentences.get(n[0]), n))) {
                return false;
            }
        }
        return true;
    }

    /** The spelled-out name's letter-giving words, folded. */
    private static List<String> lettered(WordScanner.Words w, int[] n) {
        List<String> out = new ArrayList<>();
        for (int k = n[1]; k <= n[2]; k++) {
            if (spelledWord(w, k)) {
                out.add(w.norm(k));
            }
        }
        return out;
    }

    /**
     * Whether a spelled-out name is the row's own full name in a spelling the dictionary lacks ("Organisation of
     * Petroleum Exporting Countries" for the row's "Organization of the Petroleum Exporting Countries"): a full name
     * of the row with the same initials shares more than half of its letter-giving words (the first five letters
     * of each compared). "International Commission of Jurists" and "International Court of Justice" share one.
     */
    private static boolean spellingOfOwnName(Composer.Item it, List<String> spelled) {
        for (KbEntry e : it.rows()) {
            for (String pattern : e.patterns()) {
                List<String> own = new ArrayList<>();
                for (String x : pattern.split("[\\s-]+")) {
                    if (x.length() >= 2 && Character.isUpperCase(x.charAt(0))
                            && !x.equals(x.toUpperCase(Locale.ROOT))) {
                        own.add(WordScanner.fold(x));
                    }
                }
                if (own.size() != spelled.size()) {
                    continue;
                }
                int same = 0;
                for (int i = 0; i < own.size(); i++) {
                    same += stem(own.get(i)).equals(stem(spelled.get(i))) ? 1 : 0;
                }
                if (2 * same > own.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the row's own names spells the initialism out ("International Court of Justice" for ICJ). */
    private static boolean spellsOut(Composer.Item it, String acronym) {
        for (KbEntry e : it.rows()) {
            for (String pattern : e.patterns()) {
                StringBuilder b = new StringBuilder();
                for (String x : pattern.split("[\\s-]+")) {
                    if (x.length() >= 2 && Character.isUpperCase(x.charAt(0))
                            && !x.equals(x.toUpperCase(Locale.ROOT))) {
                        b.append(x.charAt(0));
                    }
                }
                if (b.toString().equals(acronym)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    private static Composer.Item person(Composer.Item it, WordScanner.Words w, List<Composer.Item> its, int j,
                                        Facts f) {
        if (otherGivenName(w, its, j) || usedAsGivenName(w, its, j)) {
            return null;
        }
        List<KbEntry> named = new ArrayList<>();
        for (KbEntry e : it.rows()) {
            if (f.fullNamed().contains(e.entityId())) {
                named.add(e);
            }
        }
        if (!named.isEmpty()) {
            return narrowed(it, named, f.date());
        }
        String title = titleBefore(w, its, j);
        List<KbEntry> supported = new ArrayList<>();
        Set<String> titled = new HashSet<>();
        if (title != null) {
            for (KbEntry e : it.rows()) {
                if (e.title() != null && letters(e.title()).contains(title)) {
                    titled.add(e.entityId());
                }
            }
        }
        boolean other = f.otherNamed().contains(w.norm(it.first()));
        for (KbEntry e : it.rows()) {
            if (titled.contains(e.entityId()) || (!other && f.places().contains(key(e)))) {
                supported.add(e);
            }
        }
        if (supported.isEmpty()) {
            // a title that fits none of them, another bearer introduced, or other countries only: not this person.
            // Bulk-derived heads of small states share their surnames with many ("O'Neill"): in an article they
            // need the support above, never just the absence of evidence against them.
            boolean derivedOnly = it.rows().stream().allMatch(KbEntry::derived);
            return title != null || other || f.against() || (derivedOnly && f.article()) ? null : it;
        }
        return narrowed(it, supported, f.date());
    }

    /** A person matched by a full name whose rows all come from bulk-derived files. */
    private static boolean derivedFullName(Composer.Item it) {
        return it.kind() == KbEntry.Kind.PERSON && it.last() > it.first()
                && it.rows().stream().allMatch(KbEntry::derived);
    }

    /**
     * Tens of thousands of bulk-derived names share full names with people in the news who are someone else (a
     * congressman "Adam Smith", a minister "Gareth Thomas" the rugby player). In an article (two sentences or
     * more) such a name needs its country named by something else, or a title right before it; a one-sentence
     * text keeps it.
     */
    private static Composer.Item derivedPerson(Composer.Item it, WordScanner.Words w, List<Composer.Item> its, int j,
                                               Facts f) {
        if (!f.article()) {
            return it;
        }
        String title = titleBefore(w, its, j);
        List<KbEntry> supported = new ArrayList<>();
        for (KbEntry e : it.rows()) {
            if (f.places().contains(key(e)) || (title != null && e.title() != null && letters(e.title()).contains(title))) {
                supported.add(e);
            }
        }
        return supported.isEmpty() ? null : narrowed(it, supported, f.date());
    }

    private static Composer.Item acronymOrg(Composer.Item it, Facts f) {
        List<KbEntry> kept = new ArrayList<>();
        for (KbEntry e : it.rows()) {
            if (e.country() == null || f.fullNamed().contains(e.entityId()) || f.places().contains(e.country())) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            return f.against() ? null : it;
        }
        return narrowed(it, kept, f.date());
    }

    private static Composer.Item narrowed(Composer.Item it, List<KbEntry> rows, LocalDate date) {
        if (rows.size() == it.rows().size()) {
            return it;
        }
        return new Composer.Item(it.first(), it.last(), it.kind(), KnowledgeBase.resolve(rows, date), rows);
    }

    /** The country (or international body) a row stands for: what an article's other mentions can support. */
    private static String key(KbEntry e) {
        if (e.country() != null) {
            return e.country();
        }
        String c = e.code();
        return c.length() >= 6 && (c.startsWith("IGO") || c.startsWith("NGO") || c.startsWith("IMG"))
                ? c.substring(0, 6) : null;
    }

    /**
     * "Ian Taylor": a capitalised word no dictionary row covers, written right before the surname, that is not
     * a given name of any of the rows (nor an honorific, a party label or a sentence-opening word).
     */
    private static boolean otherGivenName(WordScanner.Words w, List<Composer.Item> its, int j) {
        int k = its.get(j).first();
        int p = k - 1;
        if (p < 0 || (j > 0 && its.get(j - 1).last() >= p && !oneWordPerson(its.get(j - 1))) || !glued(w, p, k)
                || !nameLike(w, p)) {
            return false;
        }
        String given = w.norm(p);
        String surname = w.norm(k);
        for (KbEntry e : its.get(j).rows()) {
            for (String pattern : e.patterns()) {
                for (String x : WordScanner.patternWords(pattern)) {
                    String g = WordScanner.fold(x);
                    if (!g.equals(surname) && sameName(given, g)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** "Sharon Osbourne", "Trump Tower": the surname stands before another capitalised word no row covers. */
    private static boolean usedAsGivenName(WordScanner.Words w, List<Composer.Item> its, int j) {
        int k = its.get(j).last();
        int n = k + 1;
        return n < w.size && (j + 1 == its.size() || its.get(j + 1).first() > n || oneWordPerson(its.get(j + 1)))
                && glued(w, k, n) && nameLike(w, n);
    }

    /**
     * A surname matched alone: glued after another name it is that name's second half ("Graham Henry"), not an
     * actor that makes the word before it stand alone.
     */
    private static boolean oneWordPerson(Composer.Item it) {
        return it.kind() == KbEntry.Kind.PERSON && it.first() == it.last();
    }

    /** Words a and b = a + 1 are separated by one space and nothing else (no comma, quote or sentence break). */
    private static boolean glued(WordScanner.Words w, int a, int b) {
        return !w.breakBefore(b) && w.start[b] == w.end[a] + 1 && w.text.charAt(w.end[a]) == ' ';
    }

    /** Capitalised, not all capitals, two letters or more, and not a word that is no name. */
    private static boolean nameLike(WordScanner.Words w, int k) {
        return w.end[k] - w.start[k] >= 2 && Character.isUpperCase(w.text.charAt(w.start[k])) && !w.allUpper(k)
                && !w.allLower(k) && !NOT_A_NAME.contains(w.norm(k));
    }

    /** Spellings of one given name: "Mahmoud" / "Mahmud", "Vladimir" / "Wladimir". */
    private static boolean sameName(String a, String b) {
        if (a.equals(b) || (b.length() == 1 && a.charAt(0) == b.charAt(0))) { // "Kumar" for "I. K. Gujral"
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && a.length() == b.length() && differences(a, b) <= 1;
    }

    private static int differences(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            d += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return d;
    }

    /** The words of a title or role item right before the name ("Prime Minister Howard"), as letters; else null. */
    private static String titleBefore(WordScanner.Words w, List<Composer.Item> its, int j) {
        if (j == 0) {
            return null;
        }
        Composer.Item t = its.get(j - 1);
        int k = its.get(j).first();
        if (!t.kind().isRole() || t.last() != k - 1 || w.breakBefore(k)) {
            return null;
        }
        return letters(w.text.substring(w.start[t.first()], w.end[t.last()]));
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }
}
