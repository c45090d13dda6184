package org.entente.events.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one way both learned models (the filter and the proposer) hand binary features to LIBLINEAR: features are
 * numbered from 1 in the order of {@code names} (LIBLINEAR counts from 1), unknown ones are skipped, every row ends
 * with the bias feature, and the fit is L2-regularised logistic regression with LIBLINEAR's random generator reset,
 * so the same examples always give the same weights.
 */
final class LiblinearProblem {
    private static final double EPS = 0.001;

    private LiblinearProblem() {
    }

    /** A problem over {@code rows} (each the feature names of one example); the caller fills {@code y}. */
    static Problem of(List<? extends Collection<String>> rows, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = names.size() + 1; // the last one is the bias
        problem.bias = 1;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (String f : rows.get(i)) {
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
        }
        return problem;
    }

    /** Logistic regression with cost {@code c}, deterministic. */
    static Model train(Problem problem, double c) {
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, c, EPS));
    }
}
