package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-root table of miss causes (issue 14 §3): one row per gold root, in root order, per split. */
class MissBreakdownTest {
    @Test
    void eachRootGetsItsGoldFoundAndMissesByCause() {
        MissBreakdown b = new MissBreakdown(List.of("train", "dev"));
        b.countByRoot("train", "11", "found");
        b.countByRoot("train", "11", "no trigger for the root");
        b.countByRoot("train", "11", "no trigger for the root");
        b.countByRoot("train", "02", "right root, wrong roles");
        b.countByRoot("dev", "05", "trigger, no event");
        String[] train = b.rootTable("train").split("\n");
        assertEquals("| root (train) | gold | found | no actor mention | right root, wrong roles "
                + "| rule event with another root | no trigger for the root | trigger, no event |", train[0]);
        assertEquals("| 02 | 1 | 0 | 0 | 1 | 0 | 0 | 0 |", train[2]);
        assertEquals("| 11 | 3 | 1 | 0 | 0 | 0 | 2 | 0 |", train[3]);
        assertEquals(4, train.length);
        assertEquals("| 05 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", b.rootTable("dev").split("\n")[2]);
    }

    @Test
    void anUnknownCauseIsRefused() {
        MissBreakdown b = new MissBreakdown(List.of("train"));
        assertThrows(IllegalArgumentException.class, () -> b.countByRoot("train", "11", "bad luck"));
    }
}
