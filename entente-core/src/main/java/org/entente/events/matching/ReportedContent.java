package org.entente.events.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.events.learn.ClauseContent;
import org.entente.events.matching.ReportedContentTable.Coded;
import org.entente.events.model.ActorUnit;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

/**
 * Reported speech coded by what it says: "X said Y's plan was reckless" (111), "X said Y must withdraw" (100), "X
 * said it would not recognise Y" (12x), "X said it would respond if Y ..." (13x). For a report verb no pattern row
 * matched, the clause it governs in the dependency parse (its {@code ccomp}) is read for one of a few shapes
 * ({@link ReportedClause}), and events/reported-content.tsv ({@link ReportedContentTable}) maps the shape and the cue
 * class of its key word (events/statement-cues.tsv) to the statement's CAMEO code. The speaker is the report verb's
 * subject, the target the actor the clause is about ({@link ReportedParties}). This class holds the guards: what
 * must hold of the sentence and of the report before a clause is read. Without a parse, or with no actor where the
 * shape needs one, nothing is coded: forecasts ("growth should slow") and opinions about things ("the weather was
 * bad") stay statements. A named rule of the chain, {@value CandidateFinder#REPORTED_CONTENT} (events/rules.tsv),
 * that {@code --without} switches off.
 */
final class ReportedContent {
    /** Provenance prefix of an event coded here; the table row that chose the code follows. */
    static final String RULE = "rule:reported-content<-";

    private static final boolean DEBUG = Boolean.getBoolean("entente.reported.debug");

    private ReportedContent() {
    }

    /**
     * Could the sentence hold a content the table codes? Every shape needs words the sentence shows without a parse:
     * a judging cue of a "judged" row (criticism, accusation, praise), "must", an owing verb before "to" ("has to",
     * "is obliged to"), or a future auxiliary with a negation or a condition; and a verb other than the report verb
     * ("Norway accused Chile on Monday" has no clause to read). Most report verbs in news have none of them, and
     * their sentences are left unparsed: the parse is made only where something may need it.
     */
    private static boolean mayCode(SentenceView s, int t) {
        boolean verb = false;
        boolean cue = false;
        boolean future = false;
        boolean negOrIf = false;
        for (int k = 0; k < s.size(); k++) {
            if (k == t) {
                continue;
            }
            String w = s.word(k).toLowerCase(Locale.ROOT);
            verb |= s.pos[k].startsWith("VB") || s.pos[k].equals("MD");
            future |= ReportedClause.FUTURE.contains(w);
            negOrIf |= ReportedClause.NEGATION.contains(w) || ReportedClause.CONDITION.contains(w);
            cue |= ReportedClause.MUST.contains(w) || (ReportedClause.OWE.contains(s.lemmaAt(k)) && k + 1 < s.size()
                    && s.word(k + 1).equals("to")) || ReportedContentTable.judgingCue(s, k);
        }
        return verb && (cue || future && negOrIf);
    }

    /**
     * The candidate of the report verb at {@code t}, or null. {@code acts} gives the candidate of a verb of the
     * clause as the patterns read it (null when none matches).
     */
    static CandidateFinder.Candidate candidate(SentenceView s, int t, IntFunction<CandidateFinder.Candidate> acts,
            IntFunction<String> roots) {
        if (!ClauseContent.isReport(s, t) || !actorAround(s, t) || !mayCode(s, t)) {
            return null;
        }
        DependencyParse p = ParseRoles.parse(s);
        if (p == null || p.size() != s.size()) {
            return null;
        }
        for (int c : p.children(t)) {
            String l = p.label(c);
            if (l.equals("neg") || (l.equals("aux") && p.tag(c).equals("MD"))) {
                return null; // "X did not say", "X may say": no statement made
            }
        }
        int h = p.child(t, "ccomp");
        if (h < 0 || ClauseContent.isReport(s, h)) {
            return null; // no clause, or one that reports another's statement
        }
        Roles.Subject speaker = ParseRoles.verbSubject(s, t);
        if (speaker.units().isEmpty() && speaker.pronoun() < 0) {
            return null;
        }
        Coded coded = ReportedClause.code(s, p, t, h, speaker.units(), acts, roots);
        if (DEBUG) {
            System.err.println("RC " + s.sentence.text() + " | h=" + s.text[h] + " speaker=" + speaker.units().size()
                    + " -> " + coded + "\n" + p);
        }
        if (coded == null) {
            return null;
        }
        Pattern.Element word = new Pattern.Element(Pattern.Kind.WORD, Set.of(s.text[t]), false, false);
        Pattern pattern = new Pattern(coded.code(), List.of(word), false, RULE + coded.origin(), s.text[t], 0,
                Integer.MAX_VALUE);
        PatternMatcher.Match m = new PatternMatcher.Match(pattern, t, Math.max(t + 1, coded.end()), coded.targets(),
                speaker.units(), List.of(), List.of(t));
        return new CandidateFinder.Candidate(m, speaker.units(), coded.targets(), speaker.scopeStart(),
                speaker.pronoun());
    }

    /** A sentence with no actor but the speaker's cannot give a target: no parse is asked for. */
    private static boolean actorAround(SentenceView s, int t) {
        List<ActorUnit> units = s.units();
        return units.size() >= 2 || units.size() == 1 && units.get(0).first() > t;
    }
}
