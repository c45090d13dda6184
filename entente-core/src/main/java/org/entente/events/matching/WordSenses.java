package org.entente.events.matching;

import org.entente.events.model.DataTable;
import org.entente.events.roles.ParseRoles;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Words;
import org.entente.text.parse.DependencyParse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a matched trigger is used in a sense that is no act: "the sales failed to meet expectations" (meet a
 * goal, not a person), "the demand for heating oil" (a market's demand), "attack helicopters" (a kind of
 * aircraft), "a missile capable of hitting Europe" (a capability). The cues are data, one row each in
 * events/senses.tsv: a trigger lemma (or {@code *} for every trigger), a test on the trigger's place in the
 * sentence, the words that make it another sense, and the CAMEO codes (prefixes) of the patterns the row reads
 * ({@code *}: all; "meet" of a goal is no meeting, 04, but meeting a demand is yielding, 080). The tests read the dependency parse where there is one,
 * else the words next to the trigger:
 * <ul>
 *   <li>{@code object}: the trigger's direct object is one of the words ("met its targets");</li>
 *   <li>{@code subject}: its subject is one (for a verb in a chain, "sales failed to meet": the chain's subject);</li>
 *   <li>{@code prep:P}: the object of its preposition P is one ("demand for oil");</li>
 *   <li>{@code modifies}: the trigger is a noun or adjective modifying a noun that is one ("attack helicopters");
 *       {@code *} for any noun;</li>
 *   <li>{@code before}: one of the phrases (words separated by spaces) ends just before the trigger ("capable of
 *       hitting");</li>
 *   <li>{@code tag}: the trigger is tagged as one of the word classes (Penn tag prefixes: "JJ" for "demanding" in
 *       "a physically demanding sport").</li>
 * </ul>
 * Words are compared as lemmas and as lower-case text.
 */
public final class WordSenses {
    public static final String RESOURCE = "/events/senses.tsv";

    enum Test { OBJECT, SUBJECT, PREP, MODIFIES, BEFORE, TAG }

    /** One row of the file. */
    record Cue(String lemma, Test test, String prep, Set<String> words, List<String[]> phrases, List<String> codes,
               int line) {
        boolean appliesTo(String code) {
            if (codes.isEmpty()) {
                return true;
            }
            for (String c : codes) {
                if (code.startsWith(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<String, List<Cue>> BY_LEMMA = load(DataTable.read(RESOURCE));
    /** Parse labels of the words that modify a noun ("attack helicopters": compound). */
    private static final Set<String> MODIFIER_LABELS = Lexicon.words("word-senses.modifier-labels");
    private static final Set<String> SUBJECT_LABELS = Lexicon.words("word-senses.subject-labels");
    /** Labels that chain a verb to the one it depends on ("wants to meet", "will meet", "met and agreed"). */
    private static final Set<String> CHAIN_LABELS = Lexicon.words("word-senses.chain-labels");

    private WordSenses() {
    }

    static Map<String, List<Cue>> load(List<DataTable.Row> rows) {
        Map<String, List<Cue>> out = new HashMap<>();
        for (DataTable.Row row : rows) {
            if (row.fields().length < 3) {
                throw row.error("expected lemma, test, words");
            }
            String lemma = row.field(0).trim().toLowerCase(Locale.ROOT);
            String t = row.field(1).trim().toLowerCase(Locale.ROOT);
            String prep = null;
            Test test;
            if (t.startsWith("prep:")) {
                test = Test.PREP;
                prep = t.substring(5);
            } else {
                try {
                    test = Test.valueOf(t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown test " + t);
                }
            }
            Set<String> words = new LinkedHashSet<>();
            List<String[]> phrases = new ArrayList<>();
            for (String w : row.field(2).split("\\|")) {
                String x = w.trim().toLowerCase(Locale.ROOT);
                if (x.isEmpty()) {
                    continue;
                }
                words.add(x);
                if (!x.contains(" ") && test != Test.TAG) {
                    words.addAll(Words.forms(x)); // "target" reads "targets", "demonstrate" "demonstrated"
                }
                phrases.add(x.split("\\s+"));
            }
            if (words.isEmpty()) {
                throw row.error("no words");
            }
            List<String> codes = new ArrayList<>();
            String cs = row.field(3).trim();
            if (!cs.isEmpty() && !cs.equals("*")) {
                for (String c : cs.split(",")) {
                    if (!c.trim().matches("[0-9]{2,4}")) {
                        throw row.error("codes: CAMEO codes or prefixes separated by commas, not " + c);
                    }
                    codes.add(c.trim());
                }
            }
            Cue cue = new Cue(lemma, test, prep, words, phrases, codes, row.line());
            // indexed under every form of the lemma: the tagger's lemma of an irregular verb may be the word itself
            for (String f : lemma.equals("*") ? Set.of("*") : Words.forms(lemma)) {
                out.computeIfAbsent(f, k -> new ArrayList<>()).add(cue);
            }
        }
        return out;
    }

    /**
     * The file and line of the first cue that reads the trigger at {@code i} (matched as a verb unless
     * {@code nominal}) for an event of {@code code} as another sense than an act, or null.
     */
    public static String otherSense(SentenceView s, int i, boolean nominal, String code) {
        List<Cue> own = BY_LEMMA.get(s.lemma[i].toLowerCase(Locale.ROOT));
        if (own == null) {
            own = BY_LEMMA.get(s.text[i].toLowerCase(Locale.ROOT));
        }
        List<Cue> any = BY_LEMMA.get("*");
        if (own == null && any == null) {
            return null;
        }
        DependencyParse p = null;
        boolean parsed = false;
        for (List<Cue> list : new List[] {own, any}) {
            if (list == null) {
                continue;
            }
            for (Cue c : list) {
                if (!c.appliesTo(code)) {
                    continue;
                }
                if (!parsed && c.test() != Test.BEFORE) { // the parse is made only for a row that reads it
                    p = ParseRoles.parse(s);
                    parsed = true;
                }
                if (holds(s, p, i, nominal, c)) {
                    return "senses.tsv:" + c.line();
                }
            }
        }
        return null;
    }

    private static boolean holds(SentenceView s, DependencyParse p, int i, boolean nominal, Cue c) {
        return switch (c.test()) {
            case OBJECT -> !nominal && in(s, object(s, p, i), c.words());
            case SUBJECT -> !nominal && in(s, subject(s, p, i), c.words());
            case PREP -> in(s, prepObject(s, p, i, c.prep()), c.words());
            case MODIFIES -> modifies(s, p, i, c.words());
            case BEFORE -> before(s, i, c.phrases());
            case TAG -> tagged(s, p, i, c.words());
        };
    }

    private static boolean in(SentenceView s, int k, Set<String> words) {
        return k >= 0 && (words.contains(s.lemma[k].toLowerCase(Locale.ROOT))
                || words.contains(s.text[k].toLowerCase(Locale.ROOT)));
    }

    /** The relations by which a noun, not a verb, hangs in the parse: subject, object, object of a preposition, owner. */
    private static final Set<String> NOUN_ROLES = Lexicon.words("word-senses.noun-labels");

    /**
     * Whether the parse reads the word at {@code i} as a noun in a noun's place (a subject, object, object of a
     * preposition or owner, with a noun tag): "the Kenyan reforms yielded growth", where the tagger let "reforms"
     * pass as a verb after an actor word. The candidate finder then tries the word's noun patterns instead of its
     * verb patterns. False without a parse.
     */
    public static boolean parsedAsNoun(SentenceView s, int i) {
        DependencyParse p = ParseRoles.parse(s);
        return p != null && p.size() == s.size() && p.tag(i).startsWith("NN") && NOUN_ROLES.contains(p.label(i));
    }

    /** Whether the parse gives the word at {@code i} an owner ("the Pope's appeal": a "poss" dependent). */
    public static boolean owned(SentenceView s, int i) {
        DependencyParse p = ParseRoles.parse(s);
        return p != null && p.size() == s.size() && p.child(i, "poss") >= 0;
    }

    /** The direct object's head: the parse's, else the first noun after the trigger over determiners and modifiers. */
    static int object(SentenceView s, DependencyParse p, int i) {
        if (p != null && p.size() == s.size()) {
            return p.object(i);
        }
        for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
            if (s.pos[k].startsWith("NN")) {
                // the last noun of a run of nouns heads it ("its growth targets")
                while (k + 1 < s.size() && s.pos[k + 1].startsWith("NN")) {
                    k++;
                }
                return k;
            }
            if (!(s.pos[k].equals("DT") || s.pos[k].startsWith("JJ") || s.pos[k].equals("PRP$")
                    || s.pos[k].equals("CD") || s.pos[k].startsWith("RB") || s.pos[k].equals("POS"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The subject's head, climbing "failed to meet" and "will meet" chains; without a parse, none. */
    static int subject(SentenceView s, DependencyParse p, int i) {
        if (p == null || p.size() != s.size()) {
            return -1;
        }
        int v = i;
        for (int step = 0; step < 4 && v >= 0; step++) {
            for (int k : p.children(v)) {
                if (SUBJECT_LABELS.contains(p.label(k))) {
                    return k;
                }
            }
            if (!CHAIN_LABELS.contains(p.label(v))) {
                return -1;
            }
            v = p.head(v);
        }
        return -1;
    }

    /** The object of the trigger's preposition {@code prep}: the parse's, else the noun after "trigger prep". */
    static int prepObject(SentenceView s, DependencyParse p, int i, String prep) {
        if (p != null && p.size() == s.size()) {
            for (int k : p.children(i)) {
                if (p.label(k).equals("prep") && s.text[k].equalsIgnoreCase(prep)) {
                    int o = p.child(k, "pobj");
                    if (o >= 0) {
                        return o;
                    }
                }
            }
            return -1;
        }
        if (i + 1 < s.size() && s.text[i + 1].equalsIgnoreCase(prep)) {
            return object(s, null, i + 1);
        }
        return -1;
    }

    private static boolean modifies(SentenceView s, DependencyParse p, int i, Set<String> words) {
        int head;
        if (p != null && p.size() == s.size()) {
            if (!MODIFIER_LABELS.contains(p.label(i))) {
                return false;
            }
            head = p.head(i);
            if (head <= i || !s.pos[head].startsWith("NN")) {
                return false;
            }
        } else {
            head = i + 1;
            if (head >= s.size() || !s.pos[head].startsWith("NN") || !s.pos[i].startsWith("NN")) {
                return false;
            }
        }
        return words.contains("*") || in(s, head, words);
    }

    private static boolean before(SentenceView s, int i, List<String[]> phrases) {
        for (String[] ph : phrases) {
            int start = i - ph.length;
            if (start < 0) {
                continue;
            }
            boolean all = true;
            for (int j = 0; j < ph.length && all; j++) {
                int k = start + j;
                all = ph[j].equals(s.lemma[k].toLowerCase(Locale.ROOT)) || ph[j].equals(s.text[k].toLowerCase(Locale.ROOT));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean tagged(SentenceView s, DependencyParse p, int i, Set<String> prefixes) {
        String tag = p != null && p.size() == s.size() ? p.tag(i) : s.pos[i];
        for (String x : prefixes) {
            if (tag.toLowerCase(Locale.ROOT).startsWith(x)) {
                return true;
            }
        }
        return false;
    }
}
