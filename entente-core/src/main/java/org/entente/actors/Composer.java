package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the dictionary matches of one sentence into actors by combining neighbours the way English names
 * them: a place before a role word ("Russia's foreign minister", "the Chinese army", "Kyiv police"), a role
 * before a name ("President Xi Jinping"), a role before "of" + place ("president of the European Council").
 * The combined phrase is one actor with the span of the whole phrase.
 */
final class Composer {
    /**
     * One dictionary match, resolved for the article's date; {@code rows} are all the rows the words matched
     * (what {@link ShortForms} may narrow with the rest of the article).
     */
    record Item(int first, int last, KbEntry.Kind kind, KnowledgeBase.Resolved meaning, List<KbEntry> rows) {
    }

    /**
     * A composed actor phrase: words [first, last]; {@code nameFirst} is the first word of a name the knowledge
     * base lacks that a title took in ("Interior Minister Ahmed Qadir"), -1 if none.
     */
    record Group(int first, int last, String code, String country, String role, String kind, String entityId,
                 double confidence, String source, boolean standaloneTitle, boolean pair, boolean titledName,
                 int nameFirst) {
        Group(int first, int last, String code, String country, String role, String kind, String entityId,
              double confidence, String source, boolean standaloneTitle, boolean pair, boolean titledName) {
            this(first, last, code, country, role, kind, entityId, confidence, source, standaloneTitle, pair,
                    titledName, -1);
        }
    }

    /** Words that may stand between a place and its role word: "Poland's current interior minister". */
    private static final Set<String> FILLER = Set.of("the", "current", "new", "former", "acting", "interim", "top",
            "chief", "senior", "state", "national", "own", "then", "outgoing", "incoming", "main", "ruling", "federal",
            "central", "regional", "local", "provincial", "military", "security", "armed", "ex", "caretaker", "elite",
            "special", "naval", "air", "border", "riot", "secret", "powerful", "influential", "country", "nation",
            "based", "born");
    /** Arrays, not sets: checked against the text with {@link WordScanner.Words#isAny} (no String per word). */
    private static final String[] LOCATIVE = {"in", "at", "near", "outside", "around"};
    private static final String[] FORMER = {"former", "ex", "onetime", "erstwhile", "retired"};
    /** The lower-case name of each kind, made once rather than per phrase. */
    private static final String[] KIND_NAMES = new String[KbEntry.Kind.values().length];

    static {
        for (KbEntry.Kind k : KbEntry.Kind.values()) {
            KIND_NAMES[k.ordinal()] = k.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Composer() {
    }

    static List<Item> items(PatternTrie trie, WordScanner.Words w, LocalDate date) {
        return items(trie, w, date, new java.util.IdentityHashMap<>());
    }

    /**
     * The matches of one sentence. {@code resolved} remembers, for one article (one date), what each dated or
     * ambiguous row list resolved to: a name repeated through an article is resolved once. Keyed by identity,
     * as the trie hands out one shared list per pattern.
     */
    static List<Item> items(PatternTrie trie, WordScanner.Words w, LocalDate date,
                            Map<List<KbEntry>, KnowledgeBase.Resolved> resolved) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < w.size) {
            PatternTrie.Match m = w.id[i] < 0 ? null : trie.longestAt(w, i);
            if (m == null) {
                i++;
                continue;
            }
            List<KbEntry> rows = m.entries();
            KnowledgeBase.Resolved r = rows.size() == 1 && !rows.get(0).dated() ? KnowledgeBase.resolve(rows, date)
                    : resolved.computeIfAbsent(rows, x -> KnowledgeBase.resolve(x, date));
            KbEntry.Kind kind = r.entry().kind();
            int prevEnd = out.isEmpty() ? -1 : out.get(out.size() - 1).last();
            if (!((kind == KbEntry.Kind.CITY || kind == KbEntry.Kind.CAPITAL) && insideName(trie, w, m.first(), m.last(), prevEnd))) {
                out.add(new Item(m.first(), m.last(), kind, r, rows));
            }
            i = m.last() + 1;
            PatternTrie.Match named = kind.isRole() ? lowerCaseName(trie, w, m) : null;
            if (named != null) {
                out.add(new Item(named.first(), named.last(), KbEntry.Kind.PERSON,
                        KnowledgeBase.resolve(named.entries(), date), named.entries()));
                i = named.last() + 1;
            }
        }
        return out;
    }

    /** Words of a title that stay lower case in it: "Secretary of State". */
    private static final String[] TITLE_GLUE = {"of", "the", "for"};

    /**
     * "President obama": a person the dictionary knows, written all in lower case right after a capitalised title
     * or office ("President", "Prime Minister", "Foreign Minister"), when that person held such an office (a row
     * title naming it). A capitalised title is strong evidence that a name follows; nowhere else is a lower-case
     * word taken for a name. Null if there is none. Asked only after a title or role word, so ordinary prose pays
     * a case test or two.
     */
    private static PatternTrie.Match lowerCaseName(PatternTrie trie, WordScanner.Words w, PatternTrie.Match title) {
        int next = title.last() + 1;
        if (next >= w.size || w.id[next] < 0 || !w.allLower(next) || w.breakBefore(next)) {
            return null;
        }
        StringBuilder said = new StringBuilder();
        for (int k = title.first(); k <= title.last(); k++) {
            boolean hyphened = k > title.first() && w.text.charAt(w.start[k] - 1) == '-'; // "President-elect"
            if (!capitalised(w, k) && !w.isAny(k, TITLE_GLUE) && !hyphened) {
                return null;
            }
            said.append(said.length() == 0 ? "" : " ").append(w.norm(k));
        }
        PatternTrie.Match m = trie.lowerCasePersonAt(w, next);
        if (m == null) {
            return null;
        }
        String office = letters(said.toString());
        // every row of each person who ever held the office: the article's date picks among them as usual
        java.util.Set<String> holders = new java.util.HashSet<>();
        for (KbEntry e : m.entries()) {
            if (e.title() != null && letters(e.title()).contains(office)) {
                holders.add(e.entityId());
            }
        }
        List<KbEntry> rows = m.entries().stream().filter(e -> holders.contains(e.entityId())).toList();
        return rows.isEmpty() ? null : new PatternTrie.Match(m.first(), m.last(), rows);
    }

    /** Lower case, every run of non-letters one space: "President-elect" and "president elect" are one title. */
    private static String letters(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }

    /**
     * A place name glued to capitalised words no dictionary knows is part of another name: "Ahmed Bello",
     * "the Washington Post", "Beijing Olympics". Not applied at the start of a sentence, where any word is
     * capitalised.
     */
    private static boolean insideName(PatternTrie trie, WordScanner.Words w, int first, int last, int prevMatchEnd) {
        int next = last + 1;
        if (next < w.size && !w.breakBefore(next) && capitalised(w, next) && (w.id[next] < 0 || surnameAlone(trie, w, next))) {
            return true;
        }
        int prev = first - 1;
        return prev > 0 && prev != prevMatchEnd && !w.breakBefore(first) && capitalised(w, prev);
    }

    /**
     * Word k starts no dictionary match but a surname matched alone ("Tennessee Williams", "Indiana Jones"): a word
     * the knowledge base uses only inside longer names, or as some person's surname, is still an unknown name here.
     */
    private static boolean surnameAlone(PatternTrie trie, WordScanner.Words w, int k) {
        PatternTrie.Match m = trie.longestAt(w, k);
        return m == null || (m.first() == m.last() && m.entries().get(0).kind() == KbEntry.Kind.PERSON);
    }

    private static boolean capitalised(WordScanner.Words w, int k) {
        return !w.allLower(k) && Character.isUpperCase(w.text.charAt(w.start[k]));
    }

    static List<Group> compose(List<Item> items, WordScanner.Words w) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int j = i;
            while (j + 1 < items.size() && joins(items.get(j), items.get(j + 1), w)) {
                j++;
            }
            Group g = group(items.subList(i, j + 1), w);
            if (g != null && items.get(j).kind().isRole()) {
                int limit = j + 1 < items.size() ? items.get(j + 1).first() : w.size;
                g = withName(g, w, limit);
            }
            if (g != null) {
                out.add(g);
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * "Chief Minister Jam Kamal Khan": a title followed by a name the knowledge base lacks. The span takes the
     * name in (up to four capitalised words), so the evidence shows who; the code stays the title's.
     */
    private static Group withName(Group g, WordScanner.Words w, int limit) {
        int k = g.last() + 1;
        int end = g.last();
        while (k < limit && k <= g.last() + 4 && !w.breakBefore(k) && !w.allLower(k)
                && Character.isUpperCase(w.text.charAt(w.start[k]))) {
            end = k++;
        }
        if (end == g.last()) {
            return g;
        }
        // "Prime Minister Jane Doe" with no country: a formal title, capitalised, before a full name (a given name
        // and a surname: "Premier League", "King Kong" are no people) and after no other name ("SMFG President
        // Jane Doe" heads a company). See Coreference.
        int names = 0;
        for (int k2 = g.last() + 1; k2 <= end; k2++) {
            names += w.allUpper(k2) || w.end[k2] - w.start[k2] < 2 ? 0 : 1;
        }
        int before = g.first() - 1;
        boolean titled = g.standaloneTitle() && "GOV".equals(g.role()) && capitalised(w, g.first()) && names >= 2
                && (before < 0 || w.breakBefore(g.first()) || w.allLower(before));
        return new Group(g.first(), end, g.code(), g.country(), g.role(), g.kind(), g.entityId(), g.confidence(),
                g.source(), false, g.pair(), titled, g.last() + 1);
    }

    private static boolean joins(Item a, Item b, WordScanner.Words w) {
        KbEntry.Kind x = a.kind();
        KbEntry.Kind y = b.kind();
        if (x == KbEntry.Kind.PAIR || y == KbEntry.Kind.PAIR) {
            return false;
        }
        Gap g = gap(a, b, w);
        if (g == null) {
            return false;
        }
        if (x == KbEntry.Kind.MODIFIER) {
            return g.words == 0;
        }
        boolean placeLike = x.isPlace() || x == KbEntry.Kind.ORG || x == KbEntry.Kind.SEAT;
        if (placeLike && y.isRole()) {
            return !g.of;
        }
        if (x.isRole() && y.isRole()) {
            return g.words == 0 || g.of;
        }
        if ((x.isRole() || x.isPlace()) && y == KbEntry.Kind.PERSON) {
            return g.words == 0;
        }
        if (x.isRole() && (y.isPlace() || y == KbEntry.Kind.ORG || y == KbEntry.Kind.SEAT)) {
            // "president of the European Council", "Minister of Defence of Chile"; "the rebel FDLR force"
            return g.of || (g.words == 0 && !y.isPlace());
        }
        return false;
    }

    private record Gap(int words, boolean of) {
    }

    /** The words between two matches, or null when they may not be joined across them. */
    private static Gap gap(Item a, Item b, WordScanner.Words w) {
        int n = 0;
        boolean of = false;
        for (int k = a.last() + 1; k <= b.first(); k++) {
            if (w.breakBefore(k)) {
                return null;
            }
        }
        for (int k = a.last() + 1; k < b.first(); k++) {
            String t = w.norm(k);
            n++;
            if (t.equals("of")) {
                of = true;
            } else if (!(t.equals("s") && w.apostropheBefore(k)) && !FILLER.contains(t) && w.allLower(k)) {
                return null;
            }
        }
        return n > 3 ? null : new Gap(n, of);
    }

    private static Group group(List<Item> items, WordScanner.Words w) {
        Item person = null;
        Item base = null;
        Item role = null;
        boolean former = false;
        for (Item it : items) {
            switch (it.kind()) {
                case PERSON -> person = person == null ? it : person;
                case ROLE, TITLE -> role = role == null ? it : role;
                case MODIFIER -> former = true;
                default -> base = base == null ? it : base;
            }
        }
        Item first = items.get(0);
        Item last = items.get(items.size() - 1);
        for (int k = first.first(); k <= last.last(); k++) {
            former |= w.isAny(k, FORMER);
        }
        if (first.first() > 0 && w.isAny(first.first() - 1, FORMER)) {
            former = true;
        }
        String source = last.meaning().entry().source();
        if (person != null) {
            KnowledgeBase.Resolved r = person.meaning();
            if (former && r.country() != null && !"ELI".equals(r.role())) { // "Former minister Clare Short"
                return new Group(first.first(), last.last(), r.country() + "ELI", r.country(), "ELI", "person",
                        r.entry().entityId(), r.confidence(), r.entry().source() + " (former)", false, false, false);
            }
            return new Group(first.first(), last.last(), r.code(), r.country(), r.role(), "person",
                    r.entry().entityId(), r.confidence(), r.entry().source(), false, false, false);
        }
        if (items.size() == 1 && first.kind() == KbEntry.Kind.PAIR) {
            return new Group(first.first(), first.last(), null, null, null, "coreference", null, 0.7,
                    first.meaning().entry().source(), false, true, false);
        }
        String roleCode = role == null ? null : role.meaning().role();
        if (base == null) {
            if (role == null) { // a lone modifier
                return null;
            }
            String r = former ? "ELI" : roleCode;
            return new Group(first.first(), last.last(), ActorCode.join(null, r), null, r, "role", "role:" + r,
                    0.6, source, role != null && role.kind() == KbEntry.Kind.TITLE && items.size() == 1, false, false);
        }
        KnowledgeBase.Resolved b = base.meaning();
        String country = b.country();
        String finalRole;
        String code;
        if (ActorCode.INTERNATIONAL.contains(b.code().substring(0, 3))) {
            code = b.code(); // "NGOAMN" like "IGOUNO": the organisation is the actor, whatever its country
            finalRole = b.role() != null ? b.role() : roleCode;
            if (b.role() == null && roleCode != null && !roleCode.equals("GOV")) {
                code = b.code() + ActorCode.primaryRole(roleCode);
            }
        } else {
            finalRole = b.role() != null && base.kind() != KbEntry.Kind.CAPITAL && base.kind() != KbEntry.Kind.CITY
                    ? b.role() : roleCode;
            if (role == null && base.kind() == KbEntry.Kind.CAPITAL) {
                finalRole = "GOV"; // "Moscow said": the capital stands for the government
            } else if (role == null && base.kind() == KbEntry.Kind.CITY) {
                finalRole = "CVL";
            }
            if (former) {
                finalRole = "ELI";
            }
            code = base.kind() == KbEntry.Kind.REGION ? b.code().substring(0, 3) + (finalRole == null ? "" : finalRole)
                    : ActorCode.join(country, finalRole);
        }
        String kind = KIND_NAMES[base.kind().ordinal()];
        String entity = b.entry().entityId() + (finalRole == null || finalRole.equals(b.role()) ? "" : ":" + finalRole);
        double conf = Math.min(b.confidence(), base.kind() == KbEntry.Kind.CITY ? 0.5 : 0.9);
        if ((base.kind() == KbEntry.Kind.CAPITAL || base.kind() == KbEntry.Kind.CITY) && role == null
                && first.first() > 0 && w.isAny(first.first() - 1, LOCATIVE)) {
            conf = 0.4; // "talks in Moscow": more likely a place than the government acting
        }
        return new Group(first.first(), last.last(), code, country, finalRole, kind, entity, conf,
                items.size() > 1 ? b.entry().source() + "+" + (role != null ? role.meaning().entry().source() : source)
                        : source, false, false, false);
    }
}
