package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.events.learn.TripleScore.Point;
import org.junit.jupiter.api.Test;

/** How the trainer picks its operating point on the cross-validated curve (figures made up for the test). */
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
        assertEquals(0.20, FilterTrainer.operatingPoint(curve).threshold(), 1e-9);
    }

    @Test
    void withNothingBetterEveryEventIsKept() {
        List<Point> curve = List.of(point(0.00, 100, 40, 10), point(0.10, 99, 30, 10), point(0.20, 90, 20, 5));
        assertEquals(0.00, FilterTrainer.operatingPoint(curve).threshold(), 1e-9);
    }

    @Test
    void repeatedCrossValidationsAddTheirCountsAndAThresholdMustHoldInEach() {
        // the first dealing into folds keeps every essential event at 0.20; the second loses two there, so the
        // pooled counts keep 18 of 20 (under 95 %)
        List<Point> first = List.of(point(0.00, 200, 40, 10), point(0.10, 150, 39, 10), point(0.20, 100, 38, 10));
        List<Point> second = List.of(point(0.00, 200, 40, 10), point(0.10, 150, 39, 10), point(0.20, 100, 38, 8));
        assertEquals(0.20, FilterTrainer.operatingPoint(first).threshold(), 1e-9);
        List<Point> both = FilterTrainer.pooled(first, second);
        assertEquals(new Point(0.10, 300, 78, 20, 200, 40), both.get(1));
        assertEquals(0.10, FilterTrainer.operatingPoint(both).threshold(), 1e-9);
    }

    @Test
    void losingUnderFivePercentOfTheEssentialEventsIsAllowed() {
        // 19 of 20 essential events kept at 0.20 (95 %): its higher F1 wins over 0.10
        List<Point> curve = List.of(
                new Point(0.00, 200, 40, 20, 100, 20),
                new Point(0.10, 150, 39, 20, 100, 20),
                new Point(0.20, 100, 38, 19, 100, 20));
        assertEquals(0.20, FilterTrainer.operatingPoint(curve).threshold(), 1e-9);
    }
}
