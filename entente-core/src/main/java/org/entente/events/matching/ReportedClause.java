package org.entente.events.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.events.learn.ClauseContent;
import org.entente.events.matching.ReportedContentTable.Coded;
import org.entente.events.matching.ReportedContentTable.Row;
import org.entente.events.matching.ReportedContentTable.Shape;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

/**
 * The shapes of a reported clause ({@link ReportedContent}): the clause a report verb governs in the parse is read
 * for a judgement of an actor ("Y's plan was reckless"), an obligation laid on one ("Y must withdraw"), or the
 * speaker's own act refused or made conditional ("it would not recognise Y", "it would respond if Y ..."), and
 * coded through {@link ReportedContentTable}. The word sets here are also the guard's ({@link ReportedContent}
 * asks for a parse only when the sentence shows a word some shape needs).
 */
final class ReportedClause {
    /** Obligation: the act is another's duty ("must withdraw"). "should" stays with the pattern rows of 02.tsv. */
    static final Set<String> MUST = Lexicon.words("reported-content.obligation");
    /** "has to", "needs to", "is obliged to": a verb whose xcomp is the act owed. */
    static final Set<String> OWE = Lexicon.words("reported-content.owing-verbs");
    static final Set<String> FUTURE = ClauseContent.FUTURE;
    static final Set<String> NEGATION = ClauseContent.NEGATION;
    static final Set<String> CONDITION = Lexicon.words("reported-content.condition");
    /** Modals that make the clause a guess ("could be illegal"): no judgement is stated. */
    private static final Set<String> SPECULATIVE = Lexicon.words("reported-content.speculative");
    /** Copulas and verbs that judge their subject by an adjective or noun ("seemed reckless", "remains a threat"). */
    private static final Set<String> COPULA = Lexicon.words("reported-content.copulas");
    /** "had yet to find", "still had to": what is not done, not what is owed. */
    private static final Set<String> UNFINISHED = Lexicon.words("reported-content.unfinished");
    /** The forms of "be" (the coder's view keeps an auxiliary's form as its lemma). */
    private static final Set<String> BE = Auxiliaries.BE_FORMS;
    /** Words of a predicate read for cues: the predicate, its modifiers and the preposition before its object. */
    private static final Set<String> PREDICATE = Lexicon.words("reported-content.predicate-labels");
    /** The modifiers of a predicate word read with it ("was a grave mistake", "was brave and right"). */
    private static final Set<String> PREDICATE_MODIFIERS = Lexicon.words("reported-content.predicate-modifier-labels");

    private ReportedClause() {
    }

    /**
     * The content of the clause headed by {@code h} under the report verb at {@code t}, or null: its shape's code,
     * the actor it is about and the clause's end. {@code acts} gives the candidate of a verb of the clause as the
     * patterns read it, {@code roots} the root its patterns share.
     */
    static Coded code(SentenceView s, DependencyParse p, int t, int h, List<ActorUnit> speaker,
            IntFunction<CandidateFinder.Candidate> acts, IntFunction<String> roots) {
        int subj = p.subject(h);
        if (subj < 0) {
            subj = p.passiveSubject(h);
        }
        if (subj < 0) {
            return null;
        }
        boolean negated = false;
        boolean future = false;
        boolean must = false;
        boolean condition = false;
        boolean guess = false;
        boolean perfect = false;
        boolean yet = false;
        for (int c : p.children(h)) {
            String w = s.word(c).toLowerCase(Locale.ROOT);
            String l = p.label(c);
            if (l.equals("neg") || (l.equals("advmod") && NEGATION.contains(w))) {
                negated = true;
            } else if (l.startsWith("aux")) {
                future |= FUTURE.contains(w);
                must |= MUST.contains(w);
                guess |= SPECULATIVE.contains(w);
                perfect |= w.equals("have");
            } else if (UNFINISHED.contains(w)) {
                yet = true; // "had yet to find", "still had to": what is not done, not what is owed
            } else if (l.equals("advcl")) {
                for (int m : p.children(c)) {
                    condition |= p.label(m).equals("mark") && CONDITION.contains(s.word(m).toLowerCase(Locale.ROOT));
                }
            }
        }
        int end = p.phrase(h)[1] + 1;
        String lemma = BE.contains(s.word(h).toLowerCase(Locale.ROOT)) ? "be" : s.lemmaAt(h);
        // a pronoun subject may stand for anyone: neither judged nor obliged by the statement
        ActorUnit about = s.posAt(subj).equals("PRP") || p.tag(subj).startsWith("PRP") ? null
                : ReportedParties.owner(s, p, subj);
        boolean self = ReportedParties.isSelf(s, p, subj, about, speaker);
        if (COPULA.contains(lemma) && !self && about != null && !guess) {
            Row r = ReportedContentTable.judged(negated ? Shape.JUDGED_NOT : Shape.JUDGED, s, predicateWords(s, p, h));
            return r == null ? null : new Coded(r.code(), r.origin(), ReportedParties.targets(s, about), end);
        }
        if (!p.tag(h).startsWith("VB") || COPULA.contains(lemma)) {
            return null;
        }
        int act = h;
        if (!must && OWE.contains(lemma) && !negated && !future && !guess && !yet) {
            // "Y has to go", not "Y does not have to go", "Y would need to go" (a forecast) or "Y had yet to go"
            int x = p.child(h, "xcomp");
            must = x > h && p.tag(x).startsWith("VB");
            act = x;
        }
        if (must && !self && about != null && act >= 0 && !perfect) { // "Y must have known" is a guess
            return ReportedContentTable.first(Shape.OBLIGED, null, act, s, ReportedParties.targets(s, about), end);
        }
        if (!self || !future || must) {
            return null;
        }
        Shape shape = negated ? Shape.OWN_NOT : condition ? Shape.OWN_IF : null;
        if (shape == null) {
            return null;
        }
        CandidateFinder.Candidate own = acts.apply(act);
        if (own != null && !own.targets().isEmpty()) {
            return null; // the act codes itself, and stated-intent / stated-refusal make it the statement
        }
        if (shape == Shape.OWN_NOT && ReportedContentTable.anyCue(s, List.of(act), "refusal")) {
            return null; // "it would not oppose the deal": a refusal denied is no refusal
        }
        ActorUnit target = ReportedParties.objectActor(s, p, act, speaker);
        if (target == null) {
            return null;
        }
        // an act whose patterns did not match here (its object is no actor) still has the root its patterns share
        String actCode = own != null ? own.match().pattern().code() : roots.apply(act);
        return ReportedContentTable.first(shape, actCode, act, s, ReportedParties.targets(s, target), end);
    }

    /** The predicate's words: its adjective or noun, their modifiers, a bare preposition ("was behind it"). */
    private static List<Integer> predicateWords(SentenceView s, DependencyParse p, int h) {
        List<Integer> out = new ArrayList<>();
        for (int c : p.children(h)) {
            if (!PREDICATE.contains(p.label(c))) {
                continue;
            }
            out.add(c);
            if (p.label(c).equals("prep")) {
                continue;
            }
            for (int m : p.children(c)) {
                if (PREDICATE_MODIFIERS.contains(p.label(m))) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
