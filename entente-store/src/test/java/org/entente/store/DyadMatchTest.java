package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a report's sides meet an event's: each tolerance, and what stays apart. */
class DyadMatchTest {
    @Test
    void theSameSidesMeetWhateverTheRoot() {
        assertEquals(DyadMatch.SAME, DyadMatch.of("RUS", "UKR", "RUS", "UKR", false, true));
        assertEquals(DyadMatch.SAME, DyadMatch.of("RUS", null, "RUS", null, false, false));
    }

    @Test
    void swappedSidesMeetOnlyForSymmetricActs() {
        assertEquals(DyadMatch.REVERSED, DyadMatch.of("CHN", "RUS", "RUS", "CHN", true, true));
        assertNull(DyadMatch.of("UKR", "RUS", "RUS", "UKR", false, true), "an attack's direction matters");
    }

    @Test
    void aSideLeftOutByOneReportMeetsTheSideTheOtherNames() {
        assertEquals(DyadMatch.ONE_SIDE, DyadMatch.of("ISR", null, "ISR", "LBN", false, true));
        assertEquals(DyadMatch.ONE_SIDE, DyadMatch.of("ISR", "LBN", "ISR", null, false, true));
        assertEquals(DyadMatch.ONE_SIDE, DyadMatch.of(null, "LBN", "ISR", "LBN", false, true));
        assertEquals(DyadMatch.ONE_SIDE_REVERSED, DyadMatch.of("CHN", null, "RUS", "CHN", true, true));
        assertNull(DyadMatch.of("CHN", null, "RUS", "CHN", false, true), "reversed only for symmetric acts");
        assertNull(DyadMatch.of("ISR", null, "ISR", "LBN", false, false), "the tolerance can be turned off");
    }

    @Test
    void twoNamedButDifferentSidesNeverMeet() {
        assertNull(DyadMatch.of("ISR", "SYR", "ISR", "LBN", true, true));
        assertNull(DyadMatch.of("ISR", null, "USA", null, true, true));
        assertNull(DyadMatch.of("ISR", null, "LBN", "USA", true, true));
    }
}
