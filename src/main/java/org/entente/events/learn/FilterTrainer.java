package org.entente.events.learn;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.entente.events.learn.TripleScore.Point;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.actors.ActorRecognizer;
import org.entente.events.CameoTable;
import org.entente.events.PatternDictionary;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;

/**
 * Trains the learned filter: L2-regularised logistic regression (LIBLINEAR's primal trust-region Newton solver,
 * deterministic: no random order) on the train split's events labelled real acts or not ({@link
 * LabelledEvents.Instance#act}), over the features seen at least
 * {@link #MIN_COUNT} times there. The regularisation strength and the threshold are then chosen on the dev split,
 * in a declared order: for each C of {@link #C_GRID}, the threshold (a multiple of 0.01) with the highest F1 of
 * the dev events on the scorer's triple among those that lose none of the essential gold events the unfiltered coder
 * finds on dev (recall of essential events is the target furthest from reach, so the filter may not lower it); the
 * best pair wins, the smaller C and then the lower threshold on a tie.
 */
public final class FilterTrainer {
    static final int MIN_COUNT = 2;
    static final double[] C_GRID = {0.1, 0.3, 1.0};

    /** A trained model with its choice on dev, and the dev curve of the chosen C. */
    public record Result(FilterModel model, double c, Point before, Point chosen, List<Point> curve) {
    }

    private FilterTrainer() {
    }

    /**
     * Reads the team's label files, codes the train and dev units with the standard coder less the learned filter
     * itself, and trains. Training never reads the public gold sets: they stay measuring instruments.
     */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        Pipeline pipeline = withoutFilter();
        LabelledEvents train = LabelledEvents.of(pipeline, AnnotationSet.read(labelFiles, corpus, units, "train"));
        LabelledEvents dev = LabelledEvents.of(pipeline, AnnotationSet.read(labelFiles, corpus, units, "dev"));
        return train(train, dev);
    }

    /**
     * The standard pipeline whose coder runs every rule but the learned filter and the proposer's two rules (the
     * proposals and the root review, which run after the filter and are not judged by it): the events the filter
     * judges, so the filter is trained before and apart from the proposer.
     */
    public static Pipeline withoutFilter() {
        CameoTable cameo = CameoTable.standard();
        return new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(PatternDictionary.load(List.of(), cameo), cameo, Set.of(EventFilter.RULE, EventProposer.RULE, RootReview.RULE)));
    }

    /** Trains on {@code train}, chooses C and the threshold on {@code dev}. */
    public static Result train(LabelledEvents train, LabelledEvents dev) {
        List<String> names = vocabulary(train);
        Result best = null;
        for (double c : C_GRID) {
            FilterModel m = fit(train, names, c);
            List<Point> curve = curve(m, dev);
            Point top = curve.get(0);
            for (Point p : curve) {
                // recall of essential events is the binding target: the filter may cost none of them
                if (p.rightEssential() == curve.get(0).rightEssential() && p.f1() > top.f1() + 1e-12) {
                    top = p;
                }
            }
            if (best == null || top.f1() > best.chosen().f1() + 1e-12) {
                best = new Result(m, c, curve.get(0), top, curve);
            }
        }
        List<String> comments = List.of(
                "Learned filter of emitted events (org.entente.events.learn): written by ./entente train-filter.",
                String.format(Locale.ROOT, "Logistic regression, LIBLINEAR L2R_LR, C=%s, features seen >= %d times in "
                        + "train: %d features.", best.c(), MIN_COUNT, names.size()),
                String.format(Locale.ROOT, "Train split: %d asserted events (%d real acts: a gold event of the "
                        + "sentence has the root). Dev split: %d asserted events (%d real acts).", judged(train),
                        acts(train), judged(dev), acts(dev)),
                "Threshold chosen on dev (highest F1 on the triple, no essential event lost): " + best.chosen().describe(),
                "Dev without the filter: " + best.before().describe());
        FilterModel chosen = best.model().withThreshold(best.chosen().threshold(), comments);
        return new Result(chosen, best.c(), best.before(), best.chosen(), best.curve());
    }

    /** The filter's figures on {@code set} at thresholds 0.00, 0.01, ..., 0.99 (0.00 keeps every event). */
    public static List<Point> curve(FilterModel m, LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        for (int i = 0; i < p.length; i++) {
            LabelledEvents.Instance x = set.instances().get(i);
            p[i] = x.judged() ? m.probability(x.features()) : 1; // an event the filter does not judge is kept
        }
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            out.add(at(k / 100.0, p, set));
        }
        return out;
    }

    /** The filter's figures on {@code set} at the model's own threshold. */
    public static Point at(FilterModel m, LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        for (int i = 0; i < p.length; i++) {
            LabelledEvents.Instance x = set.instances().get(i);
            p[i] = x.judged() ? m.probability(x.features()) : 1;
        }
        return at(m.threshold(), p, set);
    }

    private static Point at(double t, double[] p, LabelledEvents set) {
        int kept = 0;
        int right = 0;
        int rightEssential = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= t) {
                LabelledEvents.Instance x = set.instances().get(i);
                kept++;
                right += x.real() ? 1 : 0;
                rightEssential += x.essential() ? 1 : 0;
            }
        }
        return new Point(t, kept, right, rightEssential, set.gold(), set.goldEssential());
    }

    private static List<String> vocabulary(LabelledEvents train) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledEvents.Instance x : train.instances()) {
            if (!x.judged()) {
                continue;
            }
            for (String f : new TreeSet<>(x.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        new TreeMap<>(counts).forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                names.add(f);
            }
        });
        return names;
    }

    private static FilterModel fit(LabelledEvents train, List<String> names, double c) {
        List<LabelledEvents.Instance> xs = train.instances().stream().filter(LabelledEvents.Instance::judged).toList();
        Problem problem = LiblinearProblem.of(xs.stream().map(LabelledEvents.Instance::features).toList(), names);
        for (int i = 0; i < xs.size(); i++) {
            problem.y[i] = xs.get(i).act() ? 1 : 0;
        }
        Model model = LiblinearProblem.train(problem, c);
        double[] w = model.getFeatureWeights();
        // the weights score the model's first label; make them score "real"
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), sign * w[i]);
        }
        return new FilterModel(weights, sign * w[names.size()], 0, List.of());
    }

    private static long acts(LabelledEvents set) {
        return set.instances().stream().filter(x -> x.judged() && x.act()).count();
    }

    private static long judged(LabelledEvents set) {
        return set.instances().stream().filter(LabelledEvents.Instance::judged).count();
    }
}
