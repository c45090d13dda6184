package org.entente.events.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.actors.ActorRecognizer;
import org.entente.events.CameoTable;
import org.entente.events.EventMention;
import org.entente.events.PatternDictionary;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;

/**
 * Trains the learned proposer ({@code ./entente train-proposer}): the root model and the role model on the train
 * split's examples ({@link ProposalExamples}), with fixed costs, then the threshold on the dev split: the dev units
 * are coded once by the standard coder with the new models at the lowest threshold of the grid, and each threshold
 * of {@link #GRID} keeps the proposals at or above it; the one with the highest F1 on the scorer's triple wins (the
 * higher threshold on a tie). Training never reads the public gold sets: they stay measuring instruments. The
 * learned filter is trained apart (it does not judge proposals), so train it first: train-filter, then this.
 */
public final class ProposerTrainer {
    static final double ROOTS_C = 0.3;
    static final double ROLES_C = 0.3;
    /** Thresholds tried on dev: 0.30, 0.35, ..., 0.95, and 1.01 (no proposal). */
    static final double[] GRID = grid();

    /** The trained models, the dev figures without proposals and at the chosen threshold, and the dev curve. */
    public record Result(LinearModel roots, LinearModel roles, TripleScore.Point before, TripleScore.Point chosen,
                         List<TripleScore.Point> curve, String examples) {
    }

    private ProposerTrainer() {
    }

    /** Reads the team's label files, trains on the train split, chooses the threshold on dev. */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        CameoTable cameo = CameoTable.standard();
        PatternDictionary patterns = PatternDictionary.load(List.of(), cameo);
        Triggers triggers = new Triggers(patterns);
        Pipeline withoutProposer = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(EventProposer.RULE), null));
        AnnotationSet train = AnnotationSet.read(labelFiles, corpus, units, "train");
        AnnotationSet dev = AnnotationSet.read(labelFiles, corpus, units, "dev");
        ProposalExamples x = ProposalExamples.of(AnnotatedUnits.code(withoutProposer, train), triggers);
        LinearModel roots = LinearFit.fit(x.roots(), rootLabels(x), ROOTS_C, List.of());
        LinearModel roles = LinearFit.fit(x.roles(), List.of(EventProposer.NONE, EventProposer.SOURCE,
                EventProposer.TARGET), ROLES_C, List.of());
        EventProposer loose = new EventProposer(roots, roles, triggers, GRID[0]);
        Pipeline proposing = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(), loose));
        List<AnnotatedUnits.Coded> devCoded = AnnotatedUnits.code(proposing, dev);
        List<TripleScore.Point> curve = new ArrayList<>();
        TripleScore.Point best = null;
        for (double t : GRID) {
            TripleScore.Point p = TripleScore.score(devCoded, e -> !EventProposer.proposed(e) || score(e) >= t, t);
            curve.add(p);
            if (best == null || p.f1() >= best.f1() - 1e-12) {
                best = p;
            }
        }
        TripleScore.Point before = curve.get(curve.size() - 1);
        List<String> rootComments = List.of(
                "Learned proposer, root model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train.",
                        ROOTS_C, LinearFit.MIN_COUNT),
                "Train split: " + x.describe() + ".",
                "Threshold chosen on dev (highest F1 on the triple): " + best.describe(),
                "Dev without proposals: " + before.describe());
        List<String> roleComments = List.of(
                "Learned proposer, role model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train; "
                        + "one example per actor unit of a sentence for each trigger anchored to a gold event.",
                        ROLES_C, LinearFit.MIN_COUNT));
        return new Result(roots.with(Map.of(EventProposer.THRESHOLD, best.threshold()), rootComments),
                roles.with(Map.of(), roleComments), before, best, curve, x.describe());
    }

    /** "none" first, then every root an example has, in order. */
    private static List<String> rootLabels(ProposalExamples x) {
        Set<String> roots = new TreeSet<>();
        x.roots().forEach(e -> roots.add(e.label()));
        roots.remove(EventProposer.NONE);
        List<String> out = new ArrayList<>();
        out.add(EventProposer.NONE);
        out.addAll(roots);
        return out;
    }

    /** The proposal probability an event's provenance records ("learned-proposal:0.734"). */
    static double score(EventMention e) {
        for (String r : e.rules()) {
            if (r.startsWith(EventProposer.RULE + ":")) {
                return Double.parseDouble(r.substring(EventProposer.RULE.length() + 1));
            }
        }
        return 1;
    }

    private static double[] grid() {
        List<Double> g = new ArrayList<>();
        for (int k = 30; k <= 95; k += 5) {
            g.add(k / 100.0);
        }
        g.add(1.01);
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
