package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first cause of a missed short report, with the standard coder on one-sentence reports written for this test,
 * each labelled with an essential gold event chosen so that one cause holds.
 */
class ShortReportMissesTest {
    private static ShortReportMisses misses;

    @BeforeAll
    static void load() {
        misses = new ShortReportMisses(Pipeline.standard(List.of(), List.of()));
    }

    private static AnnotationSet.Unit report(String unit, String split, String text, String source, String target,
                                             String code) {
        AnnotationSet.GoldEvent g = new AnnotationSet.GoldEvent(0, text.length(), source, target, code, "asserted",
                true);
        return new AnnotationSet.Unit(unit, 1, "t-" + unit, "short", split, 0, text.length(), text,
                LocalDate.of(2020, 1, 1), "test", List.of(g));
    }

    @Test
    void eachMissedReportGetsItsFirstCause() {
        List<AnnotationSet.Unit> units = List.of(
                // found: the arrest is coded (173), so the report is not a miss
                report("u1", "dev", "Police in Nairobi arrested twelve students on Monday.", "KENCOP", "KENEDU",
                        "173"),
                // no actor mention at all
                report("u2", "dev", "The storm flooded the valley near the river.", "---CVL", null, "190"),
                // France is there, Germany and Italy are not
                report("u3", "train", "France held talks on Monday.", "DEU", "ITA", "111"),
                // both actors, the coder reads criticism where the label says arrest
                report("u4", "train", "France sharply criticised Germany over the budget.", "FRA", "DEU", "173"),
                // both actors, no word that can tell a fight
                report("u5", "dev", "France and Germany ate lunch together in the garden.", "FRA", "DEU", "190"),
                // the target is there and "attacked" can tell an assault, but no event is coded without a doer
                report("u6", "dev", "Italy was attacked at dawn.", null, "ITA", "190"),
                // the same act told by a noun
                report("u9", "train", "The attack on Italy came at dawn.", null, "ITA", "190"),
                // a match report labelled, for this test, as an assault: the sport rule drops the coder's 182
                report("u8", "train", "England beat France 2-1 in the World Cup final on Sunday.", "GBR", "FRA",
                        "182"),
                // not political: never a miss
                new AnnotationSet.Unit("u7", 1, "t-u7", "short", "dev", 0, 10, "Rain fell.", LocalDate.of(2020, 1, 1),
                        "test", List.of()));
        Map<String, String> cause = misses.misses(units, Set.of("train", "dev")).stream()
                .collect(Collectors.toMap(ShortReportMisses.Miss::unit, ShortReportMisses.Miss::cause));
        assertEquals(Map.of("u2", "no actor", "u3", "no actor of the gold countries", "u4", "other class",
                "u5", "no trigger for the class", "u6", "verb trigger, no event", "u8", "dropped by a rule",
                "u9", "noun trigger only, no event"), cause);

        List<ShortReportMisses.Miss> devOnly = misses.misses(units, Set.of("dev"));
        assertEquals(List.of("u2", "u5", "u6"), devOnly.stream().map(ShortReportMisses.Miss::unit).toList());
        String tables = ShortReportMisses.tables(devOnly, List.of("dev"));
        // u2's doer is "---CVL" (no country) and u6's is not named: only u5 names one
        assertTrue(tables.contains("| no actor | 1 | 1 | 0.33 | 0 | 1 |"), tables);
        assertTrue(tables.contains("| verb trigger, no event | 1 | 1 | 0.33 | 0 | 1 |"), tables);
        assertTrue(tables.contains("| missed reports | 3 | 3 | | 1 | 2 |"), tables);
    }

    @Test
    void theTestSplitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> misses.misses(List.of(), Set.of("dev", "test")));
    }
}
