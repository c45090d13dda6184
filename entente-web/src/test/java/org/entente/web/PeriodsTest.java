package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    @Test
    void bucketsAndLabels() {
        LocalDate d = LocalDate.parse("2024-05-16");
        assertEquals("2024-05", Periods.label(Periods.start(d, "month"), "month"));
        assertEquals("2024-W20", Periods.label(Periods.start(d, "week"), "week"));
        assertEquals(LocalDate.parse("2024-05-13"), Periods.start(d, "week"));
        assertEquals("2024", Periods.label(Periods.start(d, "year"), "year"));
        assertEquals("2024-12-31", Periods.label(Periods.start(LocalDate.parse("2024-12-31"), "day"), "day"));
        assertEquals("2025-W01", Periods.label(Periods.start(LocalDate.parse("2024-12-31"), "week"), "week"));
    }

    @Test
    void quietPeriodsAreFilledInWithNullIndex() {
        TreeMap<LocalDate, WebData.Period> m = new TreeMap<>();
        LocalDate jan = LocalDate.parse("2024-01-01");
        LocalDate apr = LocalDate.parse("2024-04-01");
        m.put(jan, new WebData.Period("2024-01", jan, LocalDate.parse("2024-01-31"), 2, 2, 0, 0, 0, 3.0, 1.0, null, null, false, null));
        m.put(apr, new WebData.Period("2024-04", apr, LocalDate.parse("2024-04-30"), 1, 0, 0, 0, 1, -9.0, -1.0, null, null, true, null));
        List<WebData.Period> s = Periods.fill(m, "month", null, null);
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04"), s.stream().map(WebData.Period::period).toList());
        assertNull(s.get(1).index());
        assertEquals(0, s.get(2).events());
        assertEquals(LocalDate.parse("2024-02-29"), s.get(1).end());
        assertEquals(6, Periods.fill(m, "month", LocalDate.parse("2023-12-15"), LocalDate.parse("2024-05-02")).size());
    }

    @Test
    void indexIsNetCooperation() {
        assertEquals(0.5, Periods.index(2, 1, 1, 0));
        assertNull(Periods.index(0, 0, 0, 0));
    }

    @Test
    void absurdRangesAreRefusedNamingBy() {
        ApiException e = assertThrows(ApiException.class, () -> Periods.fill(new TreeMap<>(), "day",
                LocalDate.parse("1900-01-01"), LocalDate.parse("2024-01-01")));
        assertEquals("by", e.parameter());
        assertEquals(400, e.status());
    }
}
