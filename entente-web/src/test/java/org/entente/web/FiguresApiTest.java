package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures every view shows agree: one counting definition across the pair ranking, the pair's series, the
 * event list and the map; undated events in totals but in no period; the index's interval; names for codes; the
 * change ranking. Over HTTP, against {@link Fixture}'s store plus an Italy–Spain pair with an undated report.
 */
class FiguresApiTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        WebServer.quietLogs();
        Store store = Fixture.build(dir.resolve("store"));
        Fixture.addUndated(store);
        ApiTest.server = WebServer.start(new StoreData(store, true), "127.0.0.1", 0);
        ApiTest.http = java.net.http.HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        ApiTest.server.close();
        ApiTest.server = null;
    }

    static JsonNode ok(String q) throws Exception {
        return ApiTest.ok(q);
    }

    static JsonNode pair(JsonNode page, String a, String b) {
        for (JsonNode p : page.get("items")) {
            if (p.get("a").asText().equals(a) && p.get("b").asText().equals(b)
                    || p.get("a").asText().equals(b) && p.get("b").asText().equals(a)) {
                return p;
            }
        }
        throw new AssertionError(a + "-" + b + " not in " + page);
    }

    @Test
    void undatedEventsCountInTotalsEverywhereAndInNoPeriod() throws Exception {
        JsonNode ranking = ok("/api/pairs?limit=50");
        assertEquals(3, pair(ranking, "ESP", "ITA").get("events").asInt());
        assertTrue(ranking.get("counting").get("undated_included").asBoolean());

        JsonNode series = ok("/api/relations?a=ITA&b=ESP&by=month");
        assertEquals(3, series.get("events").asInt(), "the pair view's total is the ranking's");
        assertEquals(1, series.get("undated").asInt());
        long inPeriods = 0;
        for (JsonNode p : series.get("periods")) {
            inPeriods += p.get("events").asLong();
        }
        assertEquals(2, inPeriods, "the undated event has no period");
        // the index over all three: two co-operative, one conflictual
        assertEquals(0.333, series.get("index").asDouble(), 0.001);
        assertTrue(series.get("counting").get("text").asText().contains("undated events included"));

        JsonNode events = ok("/api/events?a=ITA&b=ESP");
        assertEquals(3, events.get("total").asInt(), "the event list counts the same three");
    }

    @Test
    void aDateRangeKeepsDatedEventsOnlyAndSaysSo() throws Exception {
        JsonNode series = ok("/api/relations?a=ITA&b=ESP&from=2024-01-01&to=2024-12-31");
        assertEquals(2, series.get("events").asInt());
        assertEquals(0, series.get("undated").asInt());
        assertFalse(series.get("counting").get("undated_included").asBoolean());
        JsonNode ranking = ok("/api/pairs?from=2024-01-01&to=2024-12-31&limit=50");
        assertEquals(2, pair(ranking, "ESP", "ITA").get("events").asInt());
    }

    @Test
    void modalitiesChangeEveryFigureTogether() throws Exception {
        // RUS-CHN: five asserted events, plus one future and one negated
        String mods = "&modality=asserted,future";
        int ranked = pair(ok("/api/pairs?limit=50" + mods), "CHN", "RUS").get("events").asInt();
        int series = ok("/api/relations?a=RUS&b=CHN" + mods).get("events").asInt();
        int listed = ok("/api/events?a=RUS&b=CHN" + mods).get("total").asInt();
        assertEquals(6, ranked);
        assertEquals(ranked, series);
        assertEquals(ranked, listed);
        assertEquals(5, ok("/api/relations?a=RUS&b=CHN").get("events").asInt());
    }

    @Test
    void eachPeriodCarriesTheIndexIntervalWiderOnFewerEvents() throws Exception {
        JsonNode series = ok("/api/relations?a=FRA&b=DEU&by=month");
        JsonNode jan = series.get("periods").get(0);
        assertEquals(3, jan.get("events").asInt());
        assertEquals(1.0, jan.get("index").asDouble(), 1e-9);
        assertTrue(jan.get("index_low").asDouble() < 0 && jan.get("index_high").asDouble() == 1.0, jan.toString());
        JsonNode one = ok("/api/relations?a=USA&b=CHN&by=month").get("periods").get(0);
        // two events against three: the interval of the smaller period is the wider one
        double wTwo = one.get("index_high").asDouble() - one.get("index_low").asDouble();
        double wThree = jan.get("index_high").asDouble() - jan.get("index_low").asDouble();
        assertTrue(wTwo > wThree, wTwo + " vs " + wThree);
    }

    @Test
    void codesComeWithNames() throws Exception {
        JsonNode ev = ok("/api/events?a=USA&b=CHN&code=13").get("items").get(0);
        assertEquals("USAGOV", ev.get("source").asText());
        assertEquals("American government", ev.get("source_name").asText());
        assertEquals("Chinese government", ev.get("target_name").asText());
    }

    @Test
    void mapCountryTotalsAreTheEventListsCounts() throws Exception {
        JsonNode map = ok("/api/map");
        assertTrue(map.get("events").asInt() > 0);
        for (JsonNode c : map.get("countries")) {
            String k = c.get("country").asText();
            assertEquals(ok("/api/events?country=" + k + "&limit=1").get("total").asInt(), c.get("events").asInt(), k);
        }
        JsonNode dyad = ok("/api/map?a=FRA&b=DEU");
        assertEquals(12, dyad.get("events").asInt());
        assertEquals(2, dyad.get("countries").size());
        ApiTest.bad("/api/map?a=FRA", "b");
    }

    @Test
    void changesRankTheTurnWithItsEvidence() throws Exception {
        JsonNode changes = ok("/api/changes?to=2024-04-30&months=1");
        JsonNode first = changes.get("items").get(0);
        assertEquals("DEU", first.get("a").asText().equals("FRA") ? first.get("b").asText() : first.get("a").asText());
        assertEquals("conflict", first.get("direction").asText());
        assertEquals(3, first.get("recent_events").asInt());
        assertEquals(9, first.get("before_events").asInt());
        assertTrue(first.get("evidence").size() > 0);
        assertTrue(first.get("z").asDouble() < -2, first.toString());
        ApiTest.bad("/api/changes?months=0", "months");
    }
}
