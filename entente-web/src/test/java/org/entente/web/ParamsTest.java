package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.model.Modality;
import org.junit.jupiter.api.Test;

class ParamsTest {
    private static Params p(Map<String, List<String>> m, String... allowed) {
        return new Params(m, Set.of(allowed));
    }

    private static ApiException bad(Runnable r) {
        return assertThrows(ApiException.class, r::run);
    }

    @Test
    void parsesTheGoodValues() {
        Params p = p(Map.of("a", List.of("rus"), "from", List.of("2024-01-02"), "modality", List.of("asserted, future"),
                "quad", List.of("3,4"), "limit", List.of("20")), "a", "from", "modality", "quad", "limit");
        assertEquals("RUS", p.code("a", true));
        assertEquals(LocalDate.parse("2024-01-02"), p.date("from"));
        assertEquals(Set.of(Modality.ASSERTED, Modality.FUTURE), p.modalities("modality"));
        assertEquals(Set.of(3, 4), p.quads("quad"));
        assertEquals(20, p.integer("limit", 1, 100, 10));
        assertEquals(10, p.integer("offset", 0, 100, 10));
    }

    @Test
    void everyFailureNamesItsParameter() {
        assertEquals("form", bad(() -> p(Map.of("form", List.of("2024-01-01")), "from")).parameter());
        assertEquals("from", bad(() -> p(Map.of("from", List.of("yesterday")), "from").date("from")).parameter());
        assertEquals("limit", bad(() -> p(Map.of("limit", List.of("x")), "limit").integer("limit", 1, 5, 1)).parameter());
        assertEquals("limit", bad(() -> p(Map.of("limit", List.of("9")), "limit").integer("limit", 1, 5, 1)).parameter());
        assertEquals("modality", bad(() -> p(Map.of("modality", List.of("maybe")), "modality").modalities("modality")).parameter());
        assertEquals("quad", bad(() -> p(Map.of("quad", List.of("5")), "quad").quads("quad")).parameter());
        assertEquals("a", bad(() -> p(Map.of("a", List.of("R-U")), "a").code("a", true)).parameter());
        assertEquals("b", bad(() -> p(Map.of(), "b").code("b", true)).parameter());
        assertEquals("root", bad(() -> p(Map.of("root", List.of("21")), "root").cameo("root", true)).parameter());
        assertEquals("country", bad(() -> p(Map.of("country", List.of("CN")), "country").country("country")).parameter());
        assertEquals("to", bad(() -> Params.order(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01"), "to")).parameter());
        assertEquals("a", bad(() -> p(Map.of("a", List.of("RUS", "CHN")), "a")).parameter());
    }

    @Test
    void hugeValuesAreClippedInMessages() {
        String big = "x".repeat(5000);
        ApiException e = bad(() -> p(Map.of("from", List.of(big)), "from").date("from"));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }
}
