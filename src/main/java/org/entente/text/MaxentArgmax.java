package org.entente.text;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The best outcome of an OpenNLP GIS maxent model, without computing its probabilities. GISModel.eval sums each
 * outcome's feature weights, then takes exp() of every sum and normalises: both steps are monotonic, so the outcome
 * with the largest sum is the most probable one. Skipping them saves one StrictMath.exp per outcome per decision
 * (about 50 per token for the POS model), which profiling showed to be the largest single cost of tagging.
 *
 * <p>Exactness: the sums here are computed as GISModel computes them, except for the uniform log prior it adds to
 * every outcome (a constant, so it changes no comparison). When the two best sums are closer than {@link #MARGIN}
 * (where rounding in exp() or in the prior could tie or swap them) the answer is "undecided" (-1) and the caller
 * asks OpenNLP itself. One instance per thread (it keeps a scratch array).
 */
final class MaxentArgmax {
    /** Far above the rounding error of the sums (~1e-14) and far below any real difference between outcomes. */
    static final double MARGIN = 1e-6;

    private final MaxentModel model;
    private final Map<String, Context> predicates;
    private final double[] sums;

    private MaxentArgmax(MaxentModel model, Map<String, Context> predicates) {
        this.model = model;
        this.predicates = predicates;
        this.sums = new double[model.getNumOutcomes()];
    }

    /**
     * An argmax evaluator for {@code model}, or null when the shortcut would not be exact: the model is not a GIS
     * model, or its prior is not uniform (checked by evaluating an empty context, which leaves only the prior).
     */
    @SuppressWarnings("unchecked")
    static MaxentArgmax of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return null;
        }
        double[] prior = gis.eval(new String[0]);
        for (double p : prior) {
            if (p != prior[0]) {
                return null;
            }
        }
        Object[] data = gis.getDataStructures();
        return new MaxentArgmax(model, (Map<String, Context>) data[1]);
    }

    MaxentModel model() {
        return model;
    }

    /** Index of the most probable outcome for {@code context}, or -1 when the two best are too close to call. */
    int best(String[] context) {
        double[] s = sums;
        Arrays.fill(s, 0.0);
        for (String predicate : context) {
            Context c = predicates.get(predicate);
            if (c == null) {
                continue;
            }
            int[] outcomes = c.getOutcomes();
            double[] weights = c.getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                s[outcomes[j]] += weights[j];
            }
        }
        int best = 0;
        double second = Double.NEGATIVE_INFINITY;
        for (int o = 1; o < s.length; o++) {
            if (s[o] > s[best]) {
                second = s[best];
                best = o;
            } else if (s[o] > second) {
                second = s[o];
            }
        }
        return s.length == 1 || s[best] - second > MARGIN ? best : -1;
    }
}
