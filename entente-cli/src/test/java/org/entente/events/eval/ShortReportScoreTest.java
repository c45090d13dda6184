package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short-report measures on labels and coder outputs written for this test (no coder run): five short reports,
 * three political and two not, scored with the project's class table.
 */
class ShortReportScoreTest {
    private static AnnotationSet.GoldEvent gold(String code, boolean essential) {
        return new AnnotationSet.GoldEvent(0, 40, "KENCOP", "KENCVL", code, "asserted", essential);
    }

    @Test
    void theClassTableGroupsTheViolenceRootsAndKeepsTheOthersApart() {
        ShortReportScore s = ShortReportScore.standard();
        assertEquals("18-20", s.classOf("1823"));
        assertEquals("18-20", s.classOf("193"));
        assertEquals("18-20", s.classOf("20"));
        assertEquals("17", s.classOf("173"));
        assertEquals("14", s.classOf("141"));
        assertEquals("01", s.classOf("010"));
        assertEquals(ShortReportScore.UNKNOWN, s.classOf("99"));
        assertEquals(ShortReportScore.UNKNOWN, s.classOf(null));
    }

    @Test
    void scoresRecallOfTheRightClassClassPrecisionAndEventsOnNonPoliticalReports() {
        ShortReportScore s = ShortReportScore.standard();
        // 1. a shooting labelled 193 plus a borderline arrest; the coder says 180 (same class) and 141 (no such class)
        s.add(List.of(gold("193", true), gold("173", false)), List.of("180", "141"));
        // 2. an arrest the coder reads as criticism: wrong class, not recalled
        s.add(List.of(gold("173", true)), List.of("111"));
        // 3. only a borderline protest: not in recall; the coder's 145 is of its class, its 173 is not
        s.add(List.of(gold("141", false)), List.of("145", "173"));
        // 4. and 5. non-political: one silent, one with two events
        s.add(List.of(), List.of());
        s.add(List.of(), List.of("190", "111"));

        ShortReportScore.Result r = s.result();
        assertEquals(3, r.political());
        assertEquals(2, r.toRecall());
        assertEquals(1, r.borderlineOnly());
        assertEquals(1, r.recalled());
        assertEquals(0.5, r.recall(), 1e-9);
        // right: 180 (report 1), 145 (report 3); wrong: 141 (report 1), 111 (report 2), 173 (report 3)
        assertEquals(5, r.emitted());
        assertEquals(2, r.classRight());
        assertEquals(0.4, r.classPrecision(), 1e-9);
        assertEquals(2, r.nonPolitical());
        assertEquals(1, r.nonPoliticalWithEvent());
        assertEquals(0.5, r.nonPoliticalWithEventShare(), 1e-9);
        assertEquals(2, r.nonPoliticalEvents());
        assertEquals(1.0, r.eventsPerNonPolitical(), 1e-9);

        assertEquals(List.of("11", "14", "17", "18-20"), List.copyOf(r.perClass().keySet()));
        // 18-20: one report to recall, recalled; one emitted on political (right), one on non-political
        assertEquals(new ShortReportScore.ClassRow(1, 1, 1, 1, 1), r.perClass().get("18-20"));
        // 17: report 2 to recall, missed; the 173 on report 3 is wrong (its gold is a protest only)
        assertEquals(new ShortReportScore.ClassRow(1, 0, 1, 0, 0), r.perClass().get("17"));
        // 14: 141 on report 1 wrong, 145 on report 3 right; no report to recall (report 3 is borderline only)
        assertEquals(new ShortReportScore.ClassRow(0, 0, 2, 1, 0), r.perClass().get("14"));
        assertEquals(new ShortReportScore.ClassRow(0, 0, 1, 0, 1), r.perClass().get("11"));
    }

    @Test
    void noReportsGiveZeroesNotErrors() {
        ShortReportScore.Result r = ShortReportScore.standard().result();
        assertEquals(0, r.political());
        assertEquals(0.0, r.recall());
        assertEquals(0.0, r.classPrecision());
        assertEquals(0.0, r.nonPoliticalWithEventShare());
    }
}
