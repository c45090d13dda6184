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
 *     form means there, among all the rows that short form matched; where it names two ("Michael Howard" and
 *     "John Howard"), the one named last before the short form (else the first named after it).</li>
 * <li>Otherwise a row needs support: a title right before the name that fits an office the person held
 *     ("Prime Minister Howard"), or its country named in the article by something else (a country, demonym,
 *     capital, city, organisation or a person named in full); where the rows of several countries are supported,
 *     the country the article names most wins (an article about Britain that names Australia twice means its own
 *     Howard). A surname alone never means a row that begins after the article's date: the person was not yet
 *     in office, and in an article no one is known by surname before they are. A short form none of whose rows is supported in
 *     an article that names other countries is no actor. News introduces a person in full or by title at first
 *     mention, so the rule needs an article: a text that names no country, or a one-sentence text (a
 *     headline, a snippet: "Obama ordered an inquiry into Iran"), gives nothing to go against, and the
 *     dictionary's reading stands.</li>
 * <li>An initialism ("ICJ", "FSA") that the article spells out as another name ("the International Commission of
 *     Jurists (ICJ)", "the Financial Services Authority") means that name, not the dictionary's body: it is no
 *     actor of the dictionary's there ({@link Initialisms}).</li>
 * <li>A one-word body name that the dictionary gives to bodies of several countries ("Congress": the US
 *     legislature, India's party) follows (2) and (3) as an acronym does: the body named in full, else the
 *     country the article names most among the rows' countries, else, in an article naming only other countries,
 *     no actor (Peru's or Chile's Congress is neither).</li>
 * </ol>
 * Glued names are {@link NameGlue}'s. A dropped name right after a title leaves the title to code the phrase ("President Taylor" → a role).
 * Everything happens per article on the matches alone, so it costs a pass over them and nothing on articles
 * without short forms.
 */
final class ShortForms {
    private ShortForms() {
    }

    /** Narrows or removes the short-form items of one article, in place. {@code items} and {@code words} align. */
    static void apply(List<List<Composer.Item>> items, List<WordScanner.Words> words, LocalDate date) {
        Map<String, List<int[]>> fullNamed = null;
        Map<String, Integer> places = null;
        Set<String> otherNamed = null;
        boolean any = false;
        for (int si = 0; si < items.size(); si++) {
            List<Composer.Item> its = items.get(si);
            WordScanner.Words w = words.get(si);
            for (int j = 0; j < its.size(); j++) {
                Composer.Item it = its.get(j);
                if (shortPerson(it, w)) {
                    any = true;
                    if (NameGlue.otherGivenName(w, its, j)) {
                        otherNamed = add(otherNamed, w.norm(it.first()));
                    }
                    continue;
                }
                if (acronym(it, w) || sharedBodyName(it, w)) {
                    any = true;
                    continue;
                }
                if (Initialisms.initialism(it, w)) {
                    any = true;
                }
                if (it.last() > it.first() && (it.kind() == KbEntry.Kind.PERSON || it.kind() == KbEntry.Kind.ORG)) {
                    if (fullNamed == null) {
                        fullNamed = new HashMap<>();
                    }
                    fullNamed.computeIfAbsent(it.meaning().entry().entityId(), x -> new ArrayList<>())
                            .add(new int[]{si, it.first()});
                }
                if (derivedFullName(it)) {
                    any = true;
                    continue; // a bulk-derived name is no evidence for its own country: it needs some
                }
                String key = key(it.meaning().entry());
                if (key != null) {
                    if (places == null) {
                        places = new HashMap<>();
                    }
                    places.merge(key, 1, Integer::sum);
                }
            }
        }
        if (!any) {
            return;
        }
        // a one-sentence text (a headline, a wire snippet, a test phrase) introduces no one in full, as an
        // article does at first mention: its countries are no evidence against a famous bearer
        boolean article = items.size() > 1;
        Initialisms initialisms = new Initialisms(words);
        Facts facts = new Facts(fullNamed == null ? Map.of() : fullNamed, places == null ? Map.of() : places,
                otherNamed == null ? Set.of() : otherNamed, date, article);
        for (int si = 0; si < items.size(); si++) {
            List<Composer.Item> its = items.get(si);
            WordScanner.Words w = words.get(si);
            for (int j = 0; j < its.size(); j++) {
                Composer.Item it = its.get(j);
                Composer.Item out = shortPerson(it, w) ? person(it, w, its, j, si, facts)
                        : acronym(it, w) || sharedBodyName(it, w) ? body(it, si, facts)
                        : derivedFullName(it) ? derivedPerson(it, w, its, j, facts) : it;
                if (out == it && Initialisms.initialism(it, w) && initialisms.spelledOtherwise(it, w, items)) {
                    out = null;
                }
                if (out == null) {
                    its.remove(j--);
                    if (j >= 0 && it.kind() == KbEntry.Kind.PERSON && NameGlue.gluedPlace(w, its.get(j), it.first())) {
                        its.remove(j--); // "Douglas Adams", "Van Morrison": the place was the given name
                    }
                } else if (out != it) {
                    its.set(j, out);
                }
            }
        }
    }

    /**
     * What the rest of the article says: entities named in full (where: {sentence, first word}), how often each
     * country is named, surnames others bear.
     */
    private record Facts(Map<String, List<int[]>> fullNamed, Map<String, Integer> places, Set<String> otherNamed,
                         LocalDate date, boolean article) {
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

    /**
     * A body or seat matched by one capitalised word whose rows name bodies of two countries or more ("Congress":
     * the US legislature and India's party): which one the article means is the article's to say.
     */
    private static boolean sharedBodyName(Composer.Item it, WordScanner.Words w) {
        if (!(it.kind() == KbEntry.Kind.ORG || it.kind() == KbEntry.Kind.SEAT) || it.first() != it.last()
                || w.allUpper(it.first()) || it.rows().size() < 2) {
            return false;
        }
        String country = null;
        for (KbEntry e : it.rows()) {
            if (e.country() == null) {
                return false;
            }
            if (country != null && !country.equals(e.country())) {
                return true;
            }
            country = e.country();
        }
        return false;
    }

    private static Composer.Item person(Composer.Item it, WordScanner.Words w, List<Composer.Item> its, int j, int si,
                                        Facts f) {
        if (NameGlue.otherGivenName(w, its, j) || NameGlue.usedAsGivenName(w, its, j)) {
            return null;
        }
        List<KbEntry> named = nearestNamed(it.rows(), f, si, it.first());
        if (!named.isEmpty()) {
            return narrowed(it, named, f.date());
        }
        // a surname alone is how an article refers back to someone known by then: not to a row that begins after
        // the article's date (a namesake who was not yet in office)
        List<KbEntry> rows = new ArrayList<>();
        for (KbEntry e : it.rows()) {
            if (f.date() == null || e.start() == null || !e.start().isAfter(f.date())) {
                rows.add(e);
            }
        }
        String title = titleBefore(w, its, j);
        if (rows.isEmpty()) {
            return title != null || f.article() ? null : it;
        }
        Set<String> titled = new HashSet<>();
        if (title != null) {
            for (KbEntry e : rows) {
                if (e.title() != null && letters(e.title()).contains(title)) {
                    titled.add(e.entityId());
                }
            }
        }
        boolean other = f.otherNamed().contains(w.norm(it.first()));
        List<KbEntry> supported = new ArrayList<>();
        for (KbEntry e : rows) {
            if (titled.contains(e.entityId())) {
                supported.add(e);
            }
        }
        if (supported.isEmpty() && !other) {
            supported = mostNamed(rows, f);
        }
        if (supported.isEmpty()) {
            // a title that fits none of them, another bearer introduced, or other countries only: not this person.
            // Bulk-derived heads of small states share their surnames with many ("O'Neill"): in an article they
            // need the support above, never just the absence of evidence against them.
            boolean derivedOnly = rows.stream().allMatch(KbEntry::derived);
            return title != null || other || f.against() || (derivedOnly && f.article()) ? null
                    : rows.size() == it.rows().size() ? it : narrowed(it, rows, f.date());
        }
        return narrowed(it, supported, f.date());
    }

    /**
     * The rows of the entity the article names in full nearest before word {@code first} of sentence {@code si}
     * (else the first named after it): "Michael Howard ... John Howard ... Howard said" is John Howard. Empty if
     * the article names none of them in full.
     */
    private static List<KbEntry> nearestNamed(List<KbEntry> rows, Facts f, int si, int first) {
        String best = null;
        long bestAt = 0;
        for (KbEntry e : rows) {
            List<int[]> at = f.fullNamed().get(e.entityId());
            if (at == null || e.entityId().equals(best)) {
                continue;
            }
            for (int[] p : at) {
                long d = ((long) p[0] << 20) + p[1] - (((long) si << 20) + first);
                long score = d <= 0 ? -d : (1L << 50) + d; // before the short form wins, nearest first
                if (best == null || score < bestAt) {
                    best = e.entityId();
                    bestAt = score;
                }
            }
        }
        List<KbEntry> out = new ArrayList<>();
        for (KbEntry e : rows) {
            if (e.entityId().equals(best)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The rows whose country the article names, those of the country it names most when they differ: an article
     * about Britain that names Australia twice means its own Howard, an Indian article's "Congress" India's.
     */
    private static List<KbEntry> mostNamed(List<KbEntry> rows, Facts f) {
        int most = 0;
        for (KbEntry e : rows) {
            most = Math.max(most, f.places().getOrDefault(key(e), 0));
        }
        List<KbEntry> out = new ArrayList<>();
        for (KbEntry e : rows) {
            if (most > 0 && f.places().getOrDefault(key(e), 0) == most) {
                out.add(e);
            }
        }
        return out;
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
            if (f.places().containsKey(key(e)) || (title != null && e.title() != null && letters(e.title()).contains(title))) {
                supported.add(e);
            }
        }
        return supported.isEmpty() ? null : narrowed(it, supported, f.date());
    }

    /** An acronym or a shared one-word body name: the body named in full, else the country named most. */
    private static Composer.Item body(Composer.Item it, int si, Facts f) {
        List<KbEntry> kept = nearestNamed(it.rows(), f, si, it.first());
        if (kept.isEmpty()) {
            List<KbEntry> countryless = new ArrayList<>();
            for (KbEntry e : it.rows()) {
                if (e.country() == null) {
                    countryless.add(e);
                }
            }
            kept = mostNamed(it.rows(), f);
            kept.addAll(countryless);
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
