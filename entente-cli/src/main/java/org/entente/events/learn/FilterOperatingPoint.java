package org.entente.events.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.events.learn.TripleScore.Point;

/**
 * Where the filter's threshold goes on the pooled cross-validated curve: the lowest multiple of 0.01 at which the
 * precision on the triple reaches the target ({@link #precisionPoint}), its spread on bootstrap resamples of the train
 * units, the C of {@link FilterTrainer#C_GRID} it is read at ({@link #bestChoice}), and the session-9 rule ({@link
 * #operatingPoint}), printed beside it for comparison.
 */
public final class FilterOperatingPoint {
    private FilterOperatingPoint() {
    }

    /** The threshold chosen at one C, the resamples' 10th and 90th percentiles, and the session-9 rule's choice. */
    public record Choice(double c, Point chosen, List<Point> curve, Map<Long, Point> seedChoices, double low,
                         double high, double edge) {
    }

    /**
     * The C of {@link FilterTrainer#C_GRID} (ascending) whose threshold gives the highest cross-validated F1, a larger
     * C only when it beats the one before by more than {@link FilterTrainer#C_MARGIN} of its F1: the F1 of the three
     * differ by a thousandth, and C moves the scale of the probabilities, so a C that won by noise would move the
     * threshold with it.
     */
    static Choice bestChoice(LabelledEvents train, List<Long> seeds, double target) {
        Choice best = null;
        for (double c : FilterTrainer.C_GRID) {
            Choice one = choose(train, seeds, c, target);
            if (best == null || one.chosen().f1() > best.chosen().f1() * (1 + FilterTrainer.C_MARGIN)) {
                best = one;
            }
        }
        return best;
    }

    /**
     * The threshold chosen at one C: the cross-validation repeated for each seed, each unit's counts at every
     * threshold added up over the repetitions, and {@link #precisionPoint} on the pooled curve; the 10th and 90th
     * percentiles of that rule's choices on bootstrap resamples of the units and the session-9 rule's choice ({@link
     * #operatingPoint}) are kept to show how settled it is.
     */
    static Choice choose(LabelledEvents train, List<Long> seeds, double c, double target) {
        FilterCrossValidation.UnitCurves all = new FilterCrossValidation.UnitCurves(train);
        Map<Long, Point> seedChoices = new LinkedHashMap<>();
        for (long seed : seeds) {
            double[] p = FilterCrossValidation.outOfFold(train, FilterCrossValidation.folds(train, seed), c);
            all.add(p);
            FilterCrossValidation.UnitCurves one = new FilterCrossValidation.UnitCurves(train);
            one.add(p);
            seedChoices.put(seed, precisionPoint(one.total(), target));
        }
        double[] b = bootstrap(all, target);
        List<Point> curve = all.total();
        return new Choice(c, precisionPoint(curve, target), curve, seedChoices, b[0], b[1],
                operatingPoint(curve).threshold());
    }

    /** The first point of {@code curve} whose precision reaches {@code target}; the last if none does. */
    static Point precisionPoint(List<Point> curve, double target) {
        for (Point p : curve) {
            if (p.emitted() > 0 && p.precision() >= target - 1e-12) {
                return p;
            }
        }
        return curve.get(curve.size() - 1);
    }

    /**
     * {10th, 90th percentile} of the thresholds {@link #precisionPoint} chooses on {@link FilterTrainer#BOOTSTRAPS}
     * resamples (with replacement, seed {@link FilterTrainer#BOOTSTRAP_SEED}) of the units of {@code curves}: how far
     * the choice could move with another sample of train units like these.
     */
    static double[] bootstrap(FilterCrossValidation.UnitCurves curves, double target) {
        int draws = FilterTrainer.BOOTSTRAPS;
        Random r = new Random(FilterTrainer.BOOTSTRAP_SEED);
        int n = curves.units();
        double[] choices = new double[draws];
        int[] pick = new int[n];
        for (int b = 0; b < draws; b++) {
            for (int i = 0; i < n; i++) {
                pick[i] = r.nextInt(n);
            }
            choices[b] = precisionPoint(curves.sum(pick), target).threshold();
        }
        java.util.Arrays.sort(choices);
        return new double[] {choices[draws / 10], choices[draws * 9 / 10]};
    }

    /**
     * The session-9 rule, kept for comparison: the highest F1 on {@code curve} among thresholds keeping {@link
     * FilterTrainer#ESSENTIAL_KEPT} of the essential events.
     */
    static Point operatingPoint(List<Point> curve) {
        Point top = curve.get(0);
        double floor = FilterTrainer.ESSENTIAL_KEPT * curve.get(0).rightEssential();
        for (Point p : curve) {
            if (p.rightEssential() >= floor - 1e-9 && p.f1() > top.f1() + 1e-12) {
                top = p;
            }
        }
        return top;
    }

    /** Two curves over the same thresholds added up: the counts of two repetitions of the cross-validation. */
    static List<Point> pooled(List<Point> a, List<Point> b) {
        List<Point> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            Point x = a.get(i);
            Point y = b.get(i);
            out.add(new Point(x.threshold(), x.emitted() + y.emitted(), x.right() + y.right(),
                    x.rightEssential() + y.rightEssential(), x.gold() + y.gold(), x.goldEssential() + y.goldEssential()));
        }
        return out;
    }
}
