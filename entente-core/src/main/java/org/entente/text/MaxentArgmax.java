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
    private final Table table;
    private final double[] sums;

    private MaxentArgmax(MaxentModel model, Table table) {
        this.model = model;
        this.table = table;
        this.sums = new double[model.getNumOutcomes()];
    }

    /**
     * The model's predicates and weights in flat arrays: an open-addressing table of keys whose probes compare stored
     * hash codes first (a feature the model does not know, about one in five, is rejected without touching a key),
     * and each predicate's (outcome, weight) pairs side by side, in the model's order. The model's own map needs a
     * node, a key and two arrays per lookup; on a busy machine those cache misses were most of the tagging time.
     * Built once per tagger (a few MB; the model's 33,518 POS predicates take well under a second).
     */
    private record Table(String[] keys, int[] hashes, int[] bounds, int[] outcomes, double[] weights, int mask) {
        static Table of(Map<String, Context> predicates) {
            int capacity = Integer.highestOneBit(Math.max(2, predicates.size() * 2) - 1) << 1;
            String[] keys = new String[capacity];
            int[] hashes = new int[capacity];
            int pairs = 0;
            for (Context c : predicates.values()) {
                pairs += c.getOutcomes().length;
            }
            int[] outcomes = new int[pairs];
            double[] weights = new double[pairs];
            int[] start = new int[capacity];
            int[] length = new int[capacity];
            int at = 0;
            for (Map.Entry<String, Context> e : predicates.entrySet()) {
                int h = e.getKey().hashCode();
                int slot = spread(h) & (capacity - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = e.getKey();
                hashes[slot] = h;
                int[] o = e.getValue().getOutcomes();
                double[] w = e.getValue().getParameters();
                start[slot] = at;
                length[slot] = o.length;
                System.arraycopy(o, 0, outcomes, at, o.length);
                System.arraycopy(w, 0, weights, at, o.length);
                at += o.length;
            }
            // a slot's pairs are bounds[2 * slot] (inclusive) to bounds[2 * slot + 1]: two adjacent ints per lookup
            int[] bounds = new int[capacity * 2];
            for (int i = 0; i < capacity; i++) {
                bounds[2 * i] = start[i];
                bounds[2 * i + 1] = start[i] + length[i];
            }
            return new Table(keys, hashes, bounds, outcomes, weights, capacity - 1);
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** Slot of {@code key}, or -1 when the model has no such predicate. */
        int slot(String key) {
            int h = key.hashCode();
            int slot = spread(h) & mask;
            String k;
            while ((k = keys[slot]) != null) {
                if (hashes[slot] == h && k.equals(key)) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }
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
        return new MaxentArgmax(model, Table.of((Map<String, Context>) data[1]));
    }

    MaxentModel model() {
        return model;
    }

    /** Index of the most probable outcome for {@code context}, or -1 when the two best are too close to call. */
    int best(String[] context) {
        double[] s = sums;
        Arrays.fill(s, 0.0);
        Table t = table;
        int[] bounds = t.bounds();
        int[] outcomes = t.outcomes();
        double[] weights = t.weights();
        for (String predicate : context) {
            int slot = t.slot(predicate);
            if (slot < 0) {
                continue;
            }
            for (int j = bounds[2 * slot], end = bounds[2 * slot + 1]; j < end; j++) {
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
