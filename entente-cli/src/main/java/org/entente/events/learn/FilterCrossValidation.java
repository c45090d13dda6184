package org.entente.events.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.events.learn.TripleScore.Point;

/**
 * The filter's cross-validation on the train split: the units dealt into {@link FilterTrainer#FOLDS} folds, each
 * event scored by a model fitted (vocabulary and weights) on the other folds, and each unit's counts at every
 * threshold kept apart ({@link UnitCurves}) so that repetitions add up and resamples of units can be drawn.
 */
final class FilterCrossValidation {
    private FilterCrossValidation() {
    }

    /**
     * The fold of each instance: the train units shuffled with {@code seed} and dealt round-robin, so that the
     * events of one unit (often the same actors and words) never sit on both sides of a fold.
     */
    static int[] folds(LabelledEvents set, long seed) {
        Map<String, Integer> foldOf = UnitFolds.deal(set.instances().stream().map(LabelledEvents.Instance::unit)
                .toList(), seed, FilterTrainer.FOLDS);
        int[] fold = new int[set.instances().size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = foldOf.get(set.instances().get(i).unit());
        }
        return fold;
    }

    /** Each instance's probability from a model fitted (vocabulary and weights) on the other folds; 1 if unjudged. */
    static double[] outOfFold(LabelledEvents set, int[] fold, double c) {
        double[] p = FilterFit.keepAll(set);
        for (int k = 0; k < FilterTrainer.FOLDS; k++) {
            List<LabelledEvents.Instance> rest = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    rest.add(set.instances().get(i));
                }
            }
            FilterModel m = FilterFit.fit(rest, FilterFit.vocabulary(rest), c);
            for (int i = 0; i < fold.length; i++) {
                LabelledEvents.Instance x = set.instances().get(i);
                if (fold[i] == k && x.judged()) {
                    p[i] = m.probability(x.features());
                }
            }
        }
        return p;
    }

    /**
     * Each unit's counts at the thresholds 0.00 ... 0.99 (events kept, right, right and essential), added up over
     * the repetitions of the cross-validation, and its gold events times the repetitions: what a resample of units
     * adds up.
     */
    static final class UnitCurves {
        private final LabelledEvents set;
        private final Map<String, Integer> index = new HashMap<>();
        private final int[][] gold;      // unit -> {all, essential}, times the repetitions
        private final int[][][] counts;  // unit -> threshold -> {kept, right, right essential}

        UnitCurves(LabelledEvents set) {
            this.set = set;
            for (String u : set.goldByUnit().keySet()) {
                index.put(u, index.size());
            }
            for (LabelledEvents.Instance x : set.instances()) {
                index.putIfAbsent(x.unit(), index.size());
            }
            gold = new int[index.size()][2];
            counts = new int[index.size()][100][3];
        }

        /** Adds one repetition's probabilities ({@code p[i]} of instance i). */
        void add(double[] p) {
            set.goldByUnit().forEach((u, g) -> {
                gold[index.get(u)][0] += g[0];
                gold[index.get(u)][1] += g[1];
            });
            for (int i = 0; i < p.length; i++) {
                LabelledEvents.Instance x = set.instances().get(i);
                int[][] c = counts[index.get(x.unit())];
                for (int k = 0; k < 100 && p[i] >= k / 100.0; k++) {
                    c[k][0]++;
                    c[k][1] += x.real() ? 1 : 0;
                    c[k][2] += x.essential() ? 1 : 0;
                }
            }
        }

        int units() {
            return counts.length;
        }

        List<Point> total() {
            int[] all = new int[units()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return sum(all);
        }

        /** The curve of the units {@code pick} (a unit picked twice counts twice). */
        List<Point> sum(int[] pick) {
            int[][] c = new int[100][3];
            int g = 0;
            int ge = 0;
            for (int u : pick) {
                g += gold[u][0];
                ge += gold[u][1];
                for (int k = 0; k < 100; k++) {
                    c[k][0] += counts[u][k][0];
                    c[k][1] += counts[u][k][1];
                    c[k][2] += counts[u][k][2];
                }
            }
            List<Point> out = new ArrayList<>(100);
            for (int k = 0; k < 100; k++) {
                out.add(new Point(k / 100.0, c[k][0], c[k][1], c[k][2], g, ge));
            }
            return out;
        }
    }
}
