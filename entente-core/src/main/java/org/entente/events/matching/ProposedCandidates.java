package org.entente.events.matching;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.events.learn.EventProposer;

/**
 * A learned proposal as a candidate the rule chain can take: a one-word match at the trigger whose pattern is the
 * root's general code ("04" -> 040), with the roles the proposer chose. Its origin names the proposer, so an
 * event's {@code pattern} says it came from the model and not from the dictionary.
 */
public final class ProposedCandidates {
    /** The pattern origin of a proposed event. */
    static final String ORIGIN = EventProposer.RULE;

    private ProposedCandidates() {
    }

    public static CandidateFinder.Candidate candidate(SentenceView s, EventProposer.Proposal p) {
        int t = p.trigger();
        boolean nominal = s.isNoun(t);
        Pattern.Element word = new Pattern.Element(Pattern.Kind.WORD, Set.of(s.text[t]), false, false);
        Pattern pattern = new Pattern(p.root() + "0", List.of(word), nominal, ORIGIN, s.text[t], 0,
                Integer.MAX_VALUE);
        List<ActorUnit> sources = p.source() == null ? List.of() : List.of(p.source());
        List<ActorUnit> targets = p.target() == null ? List.of() : List.of(p.target());
        PatternMatcher.Match m = new PatternMatcher.Match(pattern, t, t + 1, targets, sources, List.of(), List.of(t));
        int scopeStart = p.source() == null ? t : Math.min(t, p.source().first());
        return new CandidateFinder.Candidate(m, sources, targets, scopeStart, -1);
    }
}
