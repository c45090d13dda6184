package org.entente.events.context;

import org.entente.events.model.Modality;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.Set;

/**
 * Decides what the text commits to about an event from cues in scope of its trigger: the stretch from the
 * clause start (subject, relative pronoun, subordinator) to the trigger, plus the clause-opening subordinator,
 * plus — for a temporal clause ("when he visits") — the modal of the clause it depends on.
 */
public final class ModalityDetector {
    static final Set<String> NEGATION = Lexicon.words("modality-detector.negation");
    static final Set<String> FUTURE = Lexicon.words("modality-detector.future");
    static final Set<String> HYPOTHETICAL = Lexicon.words("modality-detector.hypothetical");
    static final Set<String> UNCERTAIN = Lexicon.words("modality-detector.uncertain");
    /** Verbs whose complement clause is an act the speaker says did not happen. */
    static final Set<String> DENIALS = Lexicon.words("modality-detector.denials");
    /** Subordinators whose clause takes the modality of the clause it depends on ("will brief ... when he visits"). */
    static final Set<String> TEMPORAL = Lexicon.words("modality-detector.temporal");
    /** Words that open a complement and so end a governing scan ("said that", "question of whether"). */

    private ModalityDetector() {
    }

    public static Modality detect(SentenceView s, int scopeStart, int trigger) {
        Modality opener = null;
        // the clause opener: "if/unless/whether" make the clause hypothetical whatever its verb says
        // ("whether Y will visit"); "when/after" take the modality of the clause they depend on
        if (conditionOverFrontedClause(s, scopeStart)) {
            return Modality.HYPOTHETICAL;
        }
        // the clause start may itself be the opener ("a day before X heads to ...": the clause starts at "before")
        int from = scopeStart < s.size() && s.covering[scopeStart] == null && OPENERS.contains(s.text[scopeStart])
                ? scopeStart : scopeStart - 1;
        for (int k = from; k >= 0 && k >= scopeStart - 3; k--) {
            String w = s.text[k];
            if (s.covering[k] != null) {
                break;
            }
            if (w.equals("if") || w.equals("unless") || w.equals("whether")) {
                return Modality.HYPOTHETICAL;
            }
            if ((w.equals("before") || w.equals("until")) && presentTense(s, trigger)) {
                opener = Modality.FUTURE; // "a day before X heads to Beijing": it has not happened yet
                break;
            }
            if (TEMPORAL.contains(w) && s.pos[k].equals("IN") || w.equals("when") || w.equals("once")) {
                opener = governing(s, k);
                break;
            }
            if (!(s.pos[k].startsWith("RB") || w.equals(",") || w.equals("that") || w.equals("even"))) {
                break;
            }
        }
        Modality found = scan(s, scopeStart, trigger);
        if (found == null) {
            found = opener;
        }
        if (found == null) {
            found = matrixHedge(s, scopeStart);
        }
        if (found == null && s.size() > 0 && s.text[s.size() - 1].equals("?")) {
            found = Modality.HYPOTHETICAL;
        }
        return found == null ? Modality.ASSERTED : found;
    }

    /** Cues between the clause start and the trigger; negation beats the rest, then the nearest cue wins. */
    private static Modality scan(SentenceView s, int from, int trigger) {
        Modality nearest = null;
        for (int k = trigger - 1; k >= from && k >= 0; k--) {
            if (s.covering[k] != null) {
                continue;
            }
            String w = s.text[k];
            if (w.equals(",")) {
                int open = enclosedRelative(s, from, k);
                if (open >= 0) {
                    k = open; // "the three, who denied the charges, were arrested": the relative's cues are its own
                    continue;
                }
            }
            if ((w.equals("and") || w.equals("or") || w.equals("then") || w.equals("but") || w.equals("yet"))
                    && k + 1 <= trigger
                    && (s.isVerb(k + 1) || (s.pos[k + 1].startsWith("RB") && k + 2 <= trigger && s.isVerb(k + 2)))
                    && !bareInfinitive(s, s.isVerb(k + 1) ? k + 1 : k + 2)) {
                break; // "refused to deploy troops and has urged ...": a coordinated verb phrase has its own cues
            }
            if (NEGATION.contains(w) || (w.endsWith("n't") && w.length() > 3)) {
                // (the tokenizer leaves "didn't", "hasn't", "won't" whole: the contraction negates as "not" does)
                if (w.equals("without") && k < trigger - 1) {
                    continue; // "without" negates only what it governs directly
                }
                return Modality.NEGATED;
            }
            if (w.equals("if") || w.equals("unless") || w.equals("whether")) {
                return Modality.HYPOTHETICAL; // the condition scopes over any modal inside it
            }
            if (nearest != null) {
                continue;
            }
            Modality m = cue(s, k);
            if (m != null) {
                nearest = m;
            }
        }
        return nearest;
    }

    /** The comma opening ", who/which ... ," that closes at {@code close}, else -1. */
    private static int enclosedRelative(SentenceView s, int from, int close) {
        for (int j = close - 1; j >= from - 1 && j >= 0; j--) { // the scope may start at "who"
            if (s.text[j].equals(",")) {
                return j + 1 < close && (s.is(j + 1, "who") || s.is(j + 1, "which")) ? j : -1;
            }
        }
        return -1;
    }

    /**
     * "will attend a fair and visit a university": a bare base form after the conjunction has no tense of its own,
     * so the modal before the first verb governs it too. A finite or auxiliary verb ("and has urged", "and
     * visited") starts a verb phrase with its own cues.
     */
    private static boolean bareInfinitive(SentenceView s, int v) {
        return s.pos[v].equals("VB") && !Auxiliaries.BEFORE_VERB.contains(s.text[v]);
    }

    private static Modality cue(SentenceView s, int k) {
        String w = s.text[k];
        if ((w.equals("is") || w.equals("are")) && s.is(k + 1, "to") && k + 2 < s.size() && s.isVerb(k + 2)) {
            return Modality.FUTURE; // "Britain is to give a grant": a plan announced, not an act done
        }
        if (w.equals("set") || w.equals("due") || w.equals("going")) {
            return s.is(k + 1, "to") ? Modality.FUTURE : null; // "is set to", "is due to", "going to"
        }
        if (w.equals("sought") && (s.is(k + 1, "in") || s.is(k + 1, "for") || s.is(k + 1, "over")
                || s.is(k + 1, "by") || s.is(k + 1, "after"))) {
            return null; // "two men sought in the slaying of X": wanted by the police, a past act
        }
        if (w.equals("next")) {
            return Modality.FUTURE;
        }
        if (w.equals("certainly") && s.is(k - 1, "almost")) {
            return Modality.UNCERTAIN;
        }
        if (w.equals("expected") && s.is(k - 1, "than")) {
            return null;
        }
        if (w.equals("must") || w.equals("ought")) {
            // "X must sign": an obligation, so nothing has happened yet; "X must have signed": an inference
            return s.is(k + 1, "have") || (s.is(k + 1, "to") && s.is(k + 2, "have")) ? Modality.UNCERTAIN
                    : Modality.HYPOTHETICAL;
        }
        if (FUTURE.contains(w)) {
            return Modality.FUTURE;
        }
        if (HYPOTHETICAL.contains(w)) {
            return Modality.HYPOTHETICAL;
        }
        if (UNCERTAIN.contains(w)) {
            return Modality.UNCERTAIN;
        }
        return null;
    }

    private static final Set<String> OPENERS = Lexicon.words("modality-detector.openers");

    /**
     * "whether, as it mends its fences with X, the US will distance itself": a condition whose clause opens with a
     * temporal clause still scopes over the clause after the comma. True when "whether/if/unless" + a temporal
     * subordinator stand before the clause, with a comma between.
     */
    private static boolean conditionOverFrontedClause(SentenceView s, int scopeStart) {
        boolean comma = false;
        for (int k = scopeStart - 1; k >= 1 && k >= scopeStart - 16; k--) {
            if (s.isHardBoundary(k) && !s.is(k, "while")) {
                return false;
            }
            if (s.text[k].equals(",")) {
                comma = true;
                continue;
            }
            if (comma && (s.is(k, "as") || s.is(k, "when") || s.is(k, "once") || s.is(k, "while")
                    || s.is(k, "after") || s.is(k, "before"))) {
                int c = s.is(k - 1, ",") ? k - 2 : k - 1;
                return s.is(c, "whether") || s.is(c, "if") || s.is(c, "unless");
            }
        }
        return false;
    }

    private static boolean presentTense(SentenceView s, int trigger) {
        String w = s.text[trigger];
        return s.isVerb(trigger) && w.endsWith("s") && !w.endsWith("ss") && !w.equals("was") && !w.equals("has");
    }

    /** Future or hypothetical marker of the clause a temporal clause depends on. */
    private static Modality governing(SentenceView s, int subordinator) {
        for (int k = subordinator - 1; k >= 0; k--) {
            if (s.isHardBoundary(k) || s.text[k].equals(",")) {
                return null;
            }
            String w = s.text[k];
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return Modality.FUTURE;
            }
            if (w.equals("would") || w.equals("could")) {
                return Modality.HYPOTHETICAL;
            }
        }
        return null;
    }

    /**
     * A hedge or a denial governing the whole clause from outside it: "it seems that", "almost certainly",
     * "reportedly", "denied that".
     */
    private static Modality matrixHedge(SentenceView s, int scopeStart) {
        for (int k = scopeStart - 1; k >= 0 && k >= scopeStart - 4; k--) {
            String w = s.text[k];
            if (s.isHardBoundary(k) || s.covering[k] != null) {
                return null;
            }
            if (w.equals("seems") || w.equals("seem") || w.equals("appears") || w.equals("reportedly")
                    || w.equals("apparently") || w.equals("allegedly") || w.equals("likely")) {
                return Modality.UNCERTAIN;
            }
            if (DENIALS.contains(w) && s.isVerb(k)) {
                // "Russia denied (reports) that its forces attacked": the act is what the speaker says did not happen
                return Modality.NEGATED;
            }
        }
        return null;
    }

    /**
     * Start of the clause a noun event sits in: "a process that was supposed to result in an improvement in
     * relations" — the noun is the object of "result", so the cues of that clause ("supposed to") are its cues
     * too. Walks left to a clause boundary (comma, relative word, "that", a reporting verb); a comma before a
     * verbless phrase is no boundary ("wants to take a line, with the emphasis on restricting trade with X").
     */
    public static int nominalClause(SentenceView s, int noun) {
        int k = noun - 1;
        for (; k >= 0; k--) {
            if (s.covering[k] != null) {
                continue;
            }
            if (s.text[k].equals(",") && !hasVerb(s, k + 1, noun)) {
                continue; // ", with the emphasis on X": a verbless phrase belongs to the clause before it
            }
            if (s.isHardBoundary(k) || s.text[k].equals(",") || s.is(k, "that") || s.isReporting(k)) {
                break;
            }
        }
        return k + 1;
    }

    private static boolean hasVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.covering[k] == null && s.isVerb(k)) {
                return true;
            }
        }
        return false;
    }
}
