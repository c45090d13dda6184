package org.entente.events.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final double EPS = 0.001;

    private LinearFit() {
    }

    /** A model over {@code labels} (in that order) fitted to {@code examples} with cost {@code c}. */
    static LinearModel fit(List<ProposalExamples.Example> examples, List<String> labels, double c,
                           List<String> comments) {
        List<String> names = vocabulary(examples);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1); // LIBLINEAR counts features from 1
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = names.size() + 1; // the last one is the bias
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (String f : examples.get(i).features()) {
                Integer id = index.get(f);
                if (id != null) {
                    ids.add(id);
                }
            }
            Feature[] row = new Feature[ids.size() + 1];
            int k = 0;
            for (int id : ids) {
                row[k++] = new FeatureNode(id, 1);
            }
            row[k] = new FeatureNode(problem.n, 1);
            problem.x[i] = row;
            int y = labels.indexOf(examples.get(i).label());
            if (y < 0) {
                throw new IllegalArgumentException("example label " + examples.get(i).label() + " not in " + labels);
            }
            problem.y[i] = y;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, EPS));
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
