package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;

/**
 * The train split coded for choosing the proposer's thresholds without the dev split: the units dealt into {@link
 * #FOLDS} folds (shuffled with {@link #SEED}, round-robin, so one unit's sentences never sit on both sides), and each
 * unit coded by the standard coder with a proposer whose two models were fitted on the other folds' examples, at the
 * lowest threshold of the grid. The units come back in the split's order, each with the proposer that coded it (the
 * review asks it again). One dealing: the proposer's choice is a median over bootstrap resamples already, and each
 * dealing costs a coding of the whole train split.
 */
final class ProposerCrossValidation {
    static final int FOLDS = 5;
    static final long SEED = 14;

    private final List<AnnotatedUnits.Coded> coded;
    private final List<EventProposer> proposers;

    private ProposerCrossValidation(List<AnnotatedUnits.Coded> coded, List<EventProposer> proposers) {
        this.coded = coded;
        this.proposers = proposers;
    }

    /** Each unit as its fold's proposer codes it, in the order of {@code set}'s units. */
    List<AnnotatedUnits.Coded> coded() {
        return coded;
    }

    /** The proposer that coded each unit of {@link #coded()}. */
    List<EventProposer> proposers() {
        return proposers;
    }

    /**
     * Codes every unit of {@code set} ({@code withoutProposals}: the same units coded without proposals, whose
     * examples the models are fitted on) with the pipeline {@code proposing} gives for its fold's proposer.
     */
    static ProposerCrossValidation of(List<AnnotatedUnits.Coded> withoutProposals, AnnotationSet set,
                                      Triggers triggers, Function<EventProposer, Pipeline> proposing) {
        Map<String, Integer> fold = folds(withoutProposals);
        List<AnnotationSet.Unit> units = set.units();
        AnnotatedUnits.Coded[] coded = new AnnotatedUnits.Coded[units.size()];
        EventProposer[] proposers = new EventProposer[units.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<AnnotatedUnits.Coded> rest = new ArrayList<>();
            for (AnnotatedUnits.Coded u : withoutProposals) {
                if (fold.get(u.unit().unit()) != k) {
                    rest.add(u);
                }
            }
            ProposalExamples x = ProposalExamples.of(rest, triggers);
            LinearModel roots = LinearFit.fit(x.roots(), ProposerTrainer.rootLabels(x), ProposerTrainer.ROOTS_C,
                    List.of());
            LinearModel roles = LinearFit.fit(x.roles(), List.of(EventProposer.NONE, EventProposer.SOURCE,
                    EventProposer.TARGET), ProposerTrainer.ROLES_C, List.of());
            EventProposer loose = new EventProposer(roots, roles, triggers, ProposerTrainer.GRID[0]);
            Pipeline pipeline = proposing.apply(loose);
            for (int i = 0; i < units.size(); i++) {
                if (fold.get(units.get(i).unit()) == k) {
                    coded[i] = AnnotatedUnits.code(pipeline, units.get(i));
                    proposers[i] = loose;
                }
            }
        }
        return new ProposerCrossValidation(List.of(coded), List.of(proposers));
    }

    /** Each unit's fold ({@link UnitFolds}, seed {@link #SEED}). */
    private static Map<String, Integer> folds(List<AnnotatedUnits.Coded> units) {
        return UnitFolds.deal(units.stream().map(u -> u.unit().unit()).toList(), SEED, FOLDS);
    }
}
