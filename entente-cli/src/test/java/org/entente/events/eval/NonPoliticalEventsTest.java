package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The doer kinds and the table of events on non-political short reports ({@link NonPoliticalEvents}). */
class NonPoliticalEventsTest {
    @Test
    void doersAreSortedByWhatTheyAre() {
        assertEquals("no doer", NonPoliticalEvents.doer(null));
        assertEquals("no doer", NonPoliticalEvents.doer("---"));
        assertEquals("doer without a political role", NonPoliticalEvents.doer("PHL")); // a country alone
        assertEquals("doer without a political role", NonPoliticalEvents.doer("GBRBUS"));
        assertEquals("police or court", NonPoliticalEvents.doer("IRQCOP"));
        assertEquals("police or court", NonPoliticalEvents.doer("USAJUD"));
        assertEquals("political doer", NonPoliticalEvents.doer("SENGOV"));
        assertEquals("political doer", NonPoliticalEvents.doer("IGOUNO"));
    }

    @Test
    void theTableCountsEventsAndReports() {
        List<NonPoliticalEvents.Alarm> alarms = List.of(
                new NonPoliticalEvents.Alarm("s1", "dev", "01", "PHL", "USA", "pattern", "doer without a political role",
                        "p", "t"),
                new NonPoliticalEvents.Alarm("s1", "dev", "19", "SENGOV", null, "learned proposal", "political doer",
                        "p", "t"),
                new NonPoliticalEvents.Alarm("s2", "dev", "17", "IRQCOP", null, "pattern", "police or court", "p", "t"));
        String table = NonPoliticalEvents.table(alarms, 10);
        assertTrue(table.contains("| doer without a political role | 1 | 0 | 1 |"), table);
        assertTrue(table.contains("| political doer | 0 | 1 | 1 |"), table);
        assertTrue(table.contains("| events | 2 | 1 | 3 |"), table);
        assertTrue(table.contains("| non-political reports with an event | | | 2 of 10 |"), table);
    }
}
