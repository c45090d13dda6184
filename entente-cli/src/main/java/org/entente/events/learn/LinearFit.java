package org.entente.events.learn;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a {@link LinearModel} to labelled examples with LIBLINEAR's L2-regularised logistic regression (one-vs-rest
 * for more than two labels). Deterministic: features are numbered in name order, LIBLINEAR's random generator is
 * reset before each fit, and only features seen in at least {@link #MIN_COUNT} examples are kept.
 */
final class LinearFit {
    static final int MIN_COUNT = 2;

    private LinearFit() {
    }

    /** A model over {@code labels} (in that order) fitted to {@code examples} with cost {@code c}. */
    static LinearModel fit(List<ProposalExamples.Example> examples, List<String> labels, double c,
                           List<String> comments) {
        List<String> names = vocabulary(examples);
        Problem problem = LiblinearProblem.of(examples.stream().map(ProposalExamples.Example::features).toList(),
                names);
        for (int i = 0; i < examples.size(); i++) {
            int y = labels.indexOf(examples.get(i).label());
            if (y < 0) {
                throw new IllegalArgumentException("example label " + examples.get(i).label() + " not in " + labels);
            }
            problem.y[i] = y;
        }
        Model model = LiblinearProblem.train(problem, c);
        return toModel(model, names, labels, comments);
    }

    /**
     * LIBLINEAR's weights as one row per feature and label: with more than two classes it keeps one vector per
     * class (feature-major), with two one vector scoring its first label; a label no example had gets a large
     * negative bias.
     */
    private static LinearModel toModel(Model model, List<String> names, List<String> labels, List<String> comments) {
        double[] w = model.getFeatureWeights();
        int[] modelLabels = model.getLabels();
        int nr = model.getNrClass();
        int cols = nr == 2 ? 1 : nr;
        Map<String, double[]> weights = new TreeMap<>();
        double[] bias = new double[labels.size()];
        java.util.Arrays.fill(bias, -20);
        for (int f = 0; f <= names.size(); f++) {
            double[] row = new double[labels.size()];
            for (int k = 0; k < nr; k++) {
                double v = nr == 2 ? (k == 0 ? w[f] : -w[f]) : w[f * cols + k];
                row[modelLabels[k]] = v;
            }
            if (f < names.size()) {
                weights.put(names.get(f), row);
            } else {
                for (int k = 0; k < nr; k++) {
                    bias[modelLabels[k]] = row[modelLabels[k]];
                }
            }
        }
        return new LinearModel(labels, weights, bias, Map.of(), comments);
    }

    private static List<String> vocabulary(List<ProposalExamples.Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ProposalExamples.Example x : examples) {
            for (String f : new TreeSet<>(x.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                names.add(f);
            }
        });
        return names;
    }
}
