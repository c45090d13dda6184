package org.entente.events.learn;

import java.util.Set;

/**
 * The rules of events/rules.tsv whose decisions are learned from the team's annotations rather than written: the
 * proposer's proposals, the learned filter and the proposer's review of the rules' events. Tests of the hand rules
 * switch these off, so that a retrained model never changes what a hand-rule test sees.
 */
public final class LearnedRules {
    public static final Set<String> ALL = Set.of(EventProposer.RULE, EventFilter.RULE, RootReview.RULE);

    private LearnedRules() {
    }
}
