package org.entente.events.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.events.model.DataTable;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Words;
import org.entente.events.model.ActorUnit;
import org.entente.text.parse.DependencyParse;

/**
 * What a statement says, for the learned proposer. CAMEO codes many statements by their content ("X said Y must
 * withdraw" is a demand, "X said it was ready to talk" an intent, "X warned it would respond" a threat), and the
 * patterns, which key on the words right after the verb, miss most of them. For a report verb ("say", "warn",
 * "claim", "call", ...) this reads the clause it governs: the subtree of its clausal complement where the sentence
 * has a dependency parse ({@code ccomp}, {@code xcomp}, object predicate), else the words after it to the clause end,
 * else, for an inverted report ("Y must go, X said."), the words before its speaker. Of that clause it gives the
 * model the modal and negation cues, its main verb's lemma and the roots the pattern dictionary can
 * give that verb (also crossed with negation and the future), and the cue classes of its words from
 * {@code events/statement-cues.tsv} (demand, intent, threat, accusation, praise, refusal, ...). A bag of the
 * clause's lemmas was tried too and left out: on the dev split it found fewer right events (docs/coder.md).
 */
public final class ClauseContent {
    static final String RESOURCE = "/events/statement-cues.tsv";
    /** The class of the cue file that lists report verbs (not a content class). */
    private static final String REPORT = "report";
    private static final Map<String, Set<String>> CLASSES = new HashMap<>();
    private static final Set<String> REPORT_VERBS = new HashSet<>();

    static {
        for (DataTable.Row row : DataTable.read(RESOURCE)) {
            String cls = row.field(0);
            String lemma = row.field(1);
            if (cls.isEmpty() || lemma.isEmpty()) {
                throw row.error("expected class<TAB>lemma");
            }
            // every inflection too: the lemmatiser leaves some past forms as they are ("warned", "branded")
            for (String form : Words.forms(lemma)) {
                if (cls.equals(REPORT)) {
                    REPORT_VERBS.add(form);
                } else {
                    CLASSES.computeIfAbsent(form, k -> new TreeSet<>()).add(cls);
                }
            }
        }
    }

    private static final Set<String> MODALS = Lexicon.words("auxiliaries.modal");
    private static final Set<String> NOT_TRIGGERS = Lexicon.words("triggers.not-triggers");
    /**
     * Negation inside the clause ("will not", "never"): turns a cooperative content into a refusal
     * ({@link org.entente.events.matching.ReportedContent} reads the same).
     */
    public static final Set<String> NEGATION = Lexicon.words("clause-content.negation");
    /** Future auxiliaries ("will respond", "would raise"; {@link org.entente.events.matching.ReportedContent} reads the same). */
    public static final Set<String> FUTURE = Lexicon.words("clause-content.future");
    /** The parse relations that hold what a verb says or calls something, tried in this order. */
    private static final List<String> COMPLEMENTS = Lexicon.ordered("clause-content.complement-labels");
    /** Where the forward window stops: the clause is over. */
    private static final Set<String> CLAUSE_END = Lexicon.words("clause-content.clause-end");
    /** What may stand between a report verb and what it says: "said that", "said: \"...\"". */
    private static final Set<String> LEAD = Lexicon.words("clause-content.lead");
    /** At most this many words are read as the clause (a long sentence's tail is another clause). */
    static final int WINDOW = 20;

    private ClauseContent() {
    }

    /** The clause a report verb governs: its tokens, its main verb (-1 when none) and how it was found. */
    record Clause(List<Integer> tokens, int verb, String from) {
    }

    /** Whether the word at {@code t} is a verb that reports a statement. */
    public static boolean isReport(SentenceView s, int t) {
        return s.posAt(t).startsWith("VB") && (REPORT_VERBS.contains(s.lemmaAt(t))
                || REPORT_VERBS.contains(s.word(t).toLowerCase(java.util.Locale.ROOT)) || s.isReporting(t));
    }

    /** The cue classes of a lemma (empty when it is in none). */
    public static Set<String> classes(String lemma) {
        return CLASSES.getOrDefault(lemma, Set.of());
    }

    /** The clause the report verb at {@code t} governs, or null when there is none to read. */
    static Clause of(SentenceView s, int t) {
        DependencyParse p = s.parse;
        if (p != null && p.size() == s.size()) {
            Clause parsed = fromParse(s, p, t);
            if (parsed != null) {
                return parsed;
            }
        }
        Clause after = window(s, t);
        if (after != null) {
            return after;
        }
        return inverted(s, t);
    }

    /** The features of the clause the report verb at {@code t} governs (none when it is no report verb). */
    static void features(SentenceView s, int t, Triggers triggers, List<String> f) {
        if (!isReport(s, t)) {
            return;
        }
        Clause c = of(s, t);
        if (c == null) {
            f.add("cc=none");
            return;
        }
        f.add("cc.from=" + c.from());
        String report = s.lemmaAt(t);
        boolean negated = false;
        boolean future = false;
        Set<String> cues = new TreeSet<>();
        for (int k : c.tokens()) {
            String w = s.word(k);
            String lemma = s.lemmaAt(k);
            if (s.unitAt(k) != null) {
                continue;
            }
            if (NEGATION.contains(w)) {
                negated = true;
            }
            if (MODALS.contains(w)) {
                f.add("cc.modal=" + w);
                future |= FUTURE.contains(w);
            }
            cues.addAll(classes(lemma));
            if (!w.equals(lemma)) {
                cues.addAll(classes(w));
            }
        }
        if (negated) {
            f.add("cc.neg");
        }
        for (String cue : cues) {
            f.add("cc.cue=" + cue);
            f.add("cc.cue|neg=" + cue + "|" + negated);
            f.add("report|cc.cue=" + report + "|" + cue);
        }
        f.add("cc.subj=" + subjectKind(s, c));
        // whom the statement is about: "said the government's plans were inadequate" judges the government
        String about = aboutKind(s, c);
        f.add("cc.about=" + about);
        for (String cue : cues) {
            f.add("cc.cue|about=" + cue + "|" + about);
        }
        if (c.verb() >= 0) {
            int v = c.verb();
            f.add("cc.verb=" + s.lemmaAt(v));
            for (String r : triggers.roots(s, v)) {
                f.add("cc.vroot=" + r);
                f.add("cc.vroot|neg=" + r + "|" + negated);
                if (future) {
                    f.add("cc.vroot|future=" + r);
                }
            }
        }
    }

    /** The complement's subtree in the parse (the first complement relation found, in {@link #COMPLEMENTS} order). */
    private static Clause fromParse(SentenceView s, DependencyParse p, int t) {
        List<Integer> children = p.children(t);
        for (String label : COMPLEMENTS) {
            for (int c : children) {
                if (p.label(c).equals(label)) {
                    List<Integer> tokens = new ArrayList<>();
                    for (int k = 0; k < p.size(); k++) {
                        if (k != t && p.dominates(c, k)) {
                            tokens.add(k);
                        }
                    }
                    int verb = s.posAt(c).startsWith("VB") && !NOT_TRIGGERS.contains(s.lemmaAt(c)) ? c
                            : firstVerb(s, tokens);
                    return new Clause(tokens, verb, "parse");
                }
            }
        }
        return null;
    }

    /** The words after the verb to the clause end (a leading "that", colon or quote skipped), if two or more of them are not punctuation. */
    private static Clause window(SentenceView s, int t) {
        List<Integer> tokens = new ArrayList<>();
        int words = 0;
        int start = t + 1;
        while (start < s.size() && LEAD.contains(s.word(start))) {
            start++;
        }
        for (int k = start; k < s.size() && tokens.size() < WINDOW; k++) {
            if (CLAUSE_END.contains(s.word(k)) || s.isHardBoundary(k)) {
                break;
            }
            tokens.add(k);
            words += isWord(s.word(k)) ? 1 : 0;
        }
        if (words < 2 || onlyTime(s, tokens)) {
            return null;
        }
        return new Clause(tokens, firstVerb(s, tokens), "after");
    }

    /** "Y must go, X said": the words before the speaker (the actor just before the verb), to at most the window. */
    private static Clause inverted(SentenceView s, int t) {
        int end = t - 1;
        while (end >= 0 && s.unitAt(end) == null && t - end <= 3) {
            end--;
        }
        if (end < 0 || s.unitAt(end) == null) {
            return null;
        }
        end = s.unitAt(end).first() - 1;
        while (end >= 0 && !isWord(s.word(end))) {
            end--;
        }
        List<Integer> tokens = new ArrayList<>();
        for (int k = Math.max(0, end - WINDOW + 1); k <= end; k++) {
            tokens.add(k);
        }
        return tokens.size() < 2 ? null : new Clause(tokens, firstVerb(s, tokens), "before");
    }

    private static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    /** "said on Monday": a window of a date and nothing else is no clause. */
    private static boolean onlyTime(SentenceView s, List<Integer> tokens) {
        for (int k : tokens) {
            String pos = s.posAt(k);
            if (pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("MD") || s.unitAt(k) != null) {
                return false;
            }
        }
        return true;
    }

    /** The first verb of the clause that carries an act (not "be", "do" or a modal), or -1. */
    private static int firstVerb(SentenceView s, List<Integer> tokens) {
        for (int k : tokens) {
            if (s.posAt(k).startsWith("VB") && s.unitAt(k) == null && !NOT_TRIGGERS.contains(s.lemmaAt(k))
                    && !s.lemmaAt(k).equals("have")) {
                return k;
            }
        }
        return -1;
    }

    /** Words that may open a noun phrase before the actor it is about ("the", "Mr Blair's", "new"). */
    private static final int ABOUT_REACH = 4;

    /**
     * The actor a report verb's clause is about: an actor unit among the clause's first words that opens its
     * subject ("the government was wrong", "Brown's forecasts were too optimistic"), reached over at most
     * {@link #ABOUT_REACH} determiners, adjectives and nouns; null when the clause opens otherwise.
     */
    static ActorUnit about(SentenceView s, int t) {
        if (!isReport(s, t)) {
            return null;
        }
        Clause c = of(s, t);
        return c == null ? null : aboutUnit(s, c);
    }

    private static ActorUnit aboutUnit(SentenceView s, Clause c) {
        int seen = 0;
        for (int k : c.tokens()) {
            ActorUnit u = s.unitAt(k);
            if (u != null) {
                return u;
            }
            String pos = s.posAt(k);
            boolean npWord = pos.startsWith("DT") || pos.startsWith("JJ") || pos.startsWith("NN")
                    || pos.equals("PRP$") || pos.equals("POS") || LEAD.contains(s.word(k));
            if (!npWord || ++seen > ABOUT_REACH) {
                return null;
            }
        }
        return null;
    }

    /** Whom the clause is about: ACTOR (possessed: ACTOR's), the speaker's side (we, I), another pronoun, or none. */
    private static String aboutKind(SentenceView s, Clause c) {
        ActorUnit u = aboutUnit(s, c);
        if (u != null) {
            boolean owner = possessive(s, u.last()) || u.last() + 1 < s.size() && possessive(s, u.last() + 1);
            return owner ? "ACTOR's" : "ACTOR";
        }
        for (int k : c.tokens()) {
            if (s.posAt(k).startsWith("PRP")) {
                String w = s.word(k).toLowerCase(java.util.Locale.ROOT);
                return w.equals("i") || w.equals("we") || w.equals("my") || w.equals("our") ? "self" : "pronoun";
            }
            if (isWord(s.word(k))) {
                break;
            }
        }
        return "none";
    }

    private static boolean possessive(SentenceView s, int k) {
        String w = s.word(k);
        return s.posAt(k).equals("POS") || w.endsWith("'s") || w.equals("'");
    }

    /** Who the clause is about: an actor, a pronoun (which one), or another word class. */
    private static String subjectKind(SentenceView s, Clause c) {
        if (c.tokens().isEmpty()) {
            return "none";
        }
        int k = c.tokens().get(0);
        if (s.unitAt(k) != null) {
            return "ACTOR";
        }
        String pos = s.posAt(k);
        if (pos.equals("PRP")) {
            return s.word(k);
        }
        return pos.length() >= 2 ? pos.substring(0, 2) : pos;
    }
}
