package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which side of a relationship an event's actor stands for. */
class DyadSideTest {
    @Test
    void countryElseInternationalBodyElseNoOne() {
        assertEquals("RUS", EventResolver.dyadSide("RUS", "RUSGOV"));
        assertEquals("IGOUNO", EventResolver.dyadSide(null, "IGOUNO"));
        assertNull(EventResolver.dyadSide(null, "---REB"), "unnamed insurgents join no pair");
        assertNull(EventResolver.dyadSide(null, null));
    }
}
