package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    private static void add(TreeMap<LocalDate, Periods.Bucket> m, String by, String date, int quad, int times) {
        LocalDate start = Periods.start(LocalDate.parse(date), by);
        for (int i = 0; i < times; i++) {
            m.computeIfAbsent(start, k -> new Periods.Bucket()).add(quad, quad <= 2 ? 4.0 : -6.0);
        }
    }

    @Test
    void bucketsAndLabels() {
        LocalDate d = LocalDate.parse("2024-05-16");
        assertEquals("2024-05", Periods.label(Periods.start(d, "month"), "month"));
        assertEquals("2024-Q2", Periods.label(Periods.start(d, "quarter"), "quarter"));
        assertEquals("2024-W20", Periods.label(Periods.start(d, "week"), "week"));
        assertEquals(LocalDate.parse("2024-05-13"), Periods.start(d, "week"));
        assertEquals("2024", Periods.label(Periods.start(d, "year"), "year"));
    }

    @Test
    void emptyPeriodsAreKeptWithNullIndex() {
        TreeMap<LocalDate, Periods.Bucket> m = new TreeMap<>();
        add(m, "month", "2024-01-10", 1, 2);
        add(m, "month", "2024-04-02", 4, 1);
        List<WebData.Period> s = Periods.series(m, "month", null, null);
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04"), s.stream().map(WebData.Period::period).toList());
        assertEquals(1.0, s.get(0).index());
        assertNull(s.get(1).index());
        assertEquals(-1.0, s.get(3).index());
        assertEquals(LocalDate.parse("2024-01-31"), s.get(0).end());
    }

    @Test
    void aTurnFromCooperationToConflictIsAShiftButNoiseIsNot() {
        TreeMap<LocalDate, Periods.Bucket> m = new TreeMap<>();
        add(m, "month", "2024-01-05", 1, 4);
        add(m, "month", "2024-02-05", 2, 3);
        add(m, "month", "2024-03-05", 1, 3);
        add(m, "month", "2024-03-06", 3, 1);          // some noise, not a shift
        add(m, "month", "2024-04-05", 4, 5);          // the turn
        List<WebData.Period> s = Periods.series(m, "month", null, null);
        assertFalse(s.get(0).shift());
        assertFalse(s.get(2).shift());
        assertTrue(s.get(3).shift());
    }

    @Test
    void absurdRangesAreRefusedNamingBy() {
        TreeMap<LocalDate, Periods.Bucket> m = new TreeMap<>();
        ApiException e = assertThrows(ApiException.class, () ->
                Periods.series(m, "day", LocalDate.parse("1900-01-01"), LocalDate.parse("2024-01-01")));
        assertEquals("by", e.parameter());
        assertEquals(400, e.status());
    }
}
