package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.events.learn.TripleScore.Point;
import org.junit.jupiter.api.Test;

/**
 * How the trainer picks its operating point on the cross-validated curve (figures made up for the test); the tests of
 * {@code operatingPoint} are of the session-9 rule, still printed beside the choice.
 */
class FilterTrainerTest {
    private static Point point(double t, int emitted, int right, int rightEssential) {
        return new Point(t, emitted, right, rightEssential, 100, 20);
    }

    @Test
    void theBestF1ThatKeeps95PercentOfTheEssentialEventsWins() {
        List<Point> curve = List.of(
                point(0.00, 200, 40, 10),
                point(0.10, 150, 39, 10),   // higher F1, no essential event lost
                point(0.20, 100, 38, 10),   // higher still: the choice
                point(0.30, 60, 37, 9));    // highest F1 of all, but it loses one essential event in ten (more than 5 %)
        assertEquals(0.20, FilterOperatingPoint.operatingPoint(curve).threshold(), 1e-9);
    }

    @Test
    void withNothingBetterEveryEventIsKept() {
        List<Point> curve = List.of(point(0.00, 100, 40, 10), point(0.10, 99, 30, 10), point(0.20, 90, 20, 5));
        assertEquals(0.00, FilterOperatingPoint.operatingPoint(curve).threshold(), 1e-9);
    }

    @Test
    void repeatedCrossValidationsAddTheirCountsAndAThresholdMustHoldInEach() {
        // the first dealing into folds keeps every essential event at 0.20; the second loses two there, so the
        // pooled counts keep 18 of 20 (under 95 %)
        List<Point> first = List.of(point(0.00, 200, 40, 10), point(0.10, 150, 39, 10), point(0.20, 100, 38, 10));
        List<Point> second = List.of(point(0.00, 200, 40, 10), point(0.10, 150, 39, 10), point(0.20, 100, 38, 8));
        assertEquals(0.20, FilterOperatingPoint.operatingPoint(first).threshold(), 1e-9);
        List<Point> both = FilterOperatingPoint.pooled(first, second);
        assertEquals(new Point(0.10, 300, 78, 20, 200, 40), both.get(1));
        assertEquals(0.10, FilterOperatingPoint.operatingPoint(both).threshold(), 1e-9);
    }

    @Test
    void losingUnderFivePercentOfTheEssentialEventsIsAllowed() {
        // 19 of 20 essential events kept at 0.20 (95 %): its higher F1 wins over 0.10
        List<Point> curve = List.of(
                new Point(0.00, 200, 40, 20, 100, 20),
                new Point(0.10, 150, 39, 20, 100, 20),
                new Point(0.20, 100, 38, 19, 100, 20));
        assertEquals(0.20, FilterOperatingPoint.operatingPoint(curve).threshold(), 1e-9);
    }

    @Test
    void theThresholdIsTheLowestThatReachesThePrecisionTarget() {
        // precision 0.20, 0.25, 0.30, 0.40 at the four thresholds: 0.20 is the first at or above 0.30
        List<Point> curve = List.of(point(0.00, 200, 40, 10), point(0.10, 120, 30, 10), point(0.20, 90, 27, 9),
                point(0.30, 50, 20, 6));
        assertEquals(0.20, FilterOperatingPoint.precisionPoint(curve, FilterTrainer.PRECISION_TARGET).threshold(), 1e-9);
        // never reached: the last point
        assertEquals(0.10, FilterOperatingPoint.precisionPoint(List.of(point(0.00, 200, 40, 10), point(0.10, 100, 25, 9)),
                FilterTrainer.PRECISION_TARGET).threshold(), 1e-9);
    }

    @Test
    void unitCurvesAddUpEachUnitsCountsAndResamplesBracketTheChoice() {
        // 20 alike units, each with a real essential event scored 0.6 and two wrong ones scored 0.3 and 0.1
        List<LabelledEvents.Instance> xs = new java.util.ArrayList<>();
        java.util.Map<String, int[]> gold = new java.util.LinkedHashMap<>();
        java.util.List<Double> p = new java.util.ArrayList<>();
        for (int u = 0; u < 20; u++) {
            String id = "u" + u;
            gold.put(id, new int[] {2, 1});
            xs.add(event(id, true));
            p.add(0.6);
            xs.add(event(id, false));
            p.add(0.3);
            xs.add(event(id, false));
            p.add(0.1);
        }
        LabelledEvents set = LabelledEvents.of(xs, gold);
        FilterCrossValidation.UnitCurves curves = new FilterCrossValidation.UnitCurves(set);
        curves.add(p.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(new Point(0.00, 60, 20, 20, 40, 20), curves.total().get(0));
        assertEquals(new Point(0.11, 40, 20, 20, 40, 20), curves.total().get(11));
        // precision 1/3 at 0.00 already reaches 0.30; every resample has the same shape
        assertEquals(0.00, FilterOperatingPoint.precisionPoint(curves.total(), FilterTrainer.PRECISION_TARGET).threshold(), 1e-9);
        double[] b = FilterOperatingPoint.bootstrap(curves, FilterTrainer.PRECISION_TARGET);
        assertEquals(0.00, b[0], 1e-9);
        assertEquals(0.00, b[1], 1e-9);
        // the session-9 rule: the lowest threshold dropping both wrong events
        assertEquals(0.31, FilterOperatingPoint.operatingPoint(curves.total()).threshold(), 1e-9);
        // leaving units out keeps their events and gold out
        LabelledEvents fewer = set.without(java.util.Set.of("u0", "u1"));
        assertEquals(54, fewer.instances().size());
        assertEquals(36, fewer.gold());
        assertEquals(18, fewer.goldEssential());
    }

    private static LabelledEvents.Instance event(String unit, boolean real) {
        return new LabelledEvents.Instance(unit, "article", List.of(), real, real, real, true);
    }
}
