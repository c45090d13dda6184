package org.entente.events.learn;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.events.learn.TripleScore.Point;

/**
 * Fitting the learned filter and scoring it: the vocabulary (features seen at least {@link FilterTrainer#MIN_COUNT}
 * times among the judged events), the logistic regression over it, each event's probability, and the figures on a
 * labelled set at a threshold or at every threshold 0.00 ... 0.99 (an event the filter does not judge is kept).
 */
final class FilterFit {
    private FilterFit() {
    }

    /** The features of the judged events of {@code train} seen at least {@link FilterTrainer#MIN_COUNT} times, sorted. */
    static List<String> vocabulary(List<LabelledEvents.Instance> train) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledEvents.Instance x : train) {
            if (!x.judged()) {
                continue;
            }
            for (String f : new TreeSet<>(x.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        new TreeMap<>(counts).forEach((f, n) -> {
            if (n >= FilterTrainer.MIN_COUNT) {
                names.add(f);
            }
        });
        return names;
    }

    /** L2-regularised logistic regression of "a real act" on the judged events of {@code train}, cost {@code c}. */
    static FilterModel fit(List<LabelledEvents.Instance> train, List<String> names, double c) {
        List<LabelledEvents.Instance> xs = train.stream().filter(LabelledEvents.Instance::judged).toList();
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

    /** Probability 1 for every event: nothing dropped. */
    static double[] keepAll(LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        java.util.Arrays.fill(p, 1);
        return p;
    }

    /** Each event's probability under {@code m}; 1 for an event the filter does not judge (it is kept). */
    static double[] probabilities(FilterModel m, LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        for (int i = 0; i < p.length; i++) {
            LabelledEvents.Instance x = set.instances().get(i);
            p[i] = x.judged() ? m.probability(x.features()) : 1;
        }
        return p;
    }

    /** The figures on {@code set} at thresholds 0.00, 0.01, ..., 0.99 of the probabilities {@code p}. */
    static List<Point> curve(double[] p, LabelledEvents set) {
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            out.add(at(k / 100.0, p, set));
        }
        return out;
    }

    /** The figures on {@code set} keeping the events whose probability in {@code p} is at least {@code t}. */
    static Point at(double t, double[] p, LabelledEvents set) {
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
}
