package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint over HTTP against a real DuckDB store holding {@link Fixture}'s known events. */
class ApiTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static HttpClient http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        WebServer.quietLogs();
        server = WebServer.start(new StoreData(Fixture.build(dir.resolve("store")), true), "127.0.0.1", 0);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Reply(int status, JsonNode body, String raw, String contentType) {
    }

    static Reply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            body = JSON.readTree(r.body());
        }
        return new Reply(r.statusCode(), body, r.body(), type);
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        Reply r = get(pathAndQuery);
        assertEquals(200, r.status(), pathAndQuery + " -> " + r.raw());
        return r.body();
    }

    /** A 400 naming {@code parameter}, in JSON, without a trace of Java internals. */
    static void bad(String pathAndQuery, String parameter) throws Exception {
        Reply r = get(pathAndQuery);
        assertEquals(400, r.status(), pathAndQuery + " -> " + r.raw());
        assertEquals(parameter, r.body().path("parameter").asText(), pathAndQuery + " -> " + r.raw());
        assertTrue(r.body().path("error").asText().contains(parameter), r.raw());
        noTrace(r);
    }

    static void noTrace(Reply r) {
        assertFalse(r.raw().contains("Exception") || r.raw().contains("\tat ") || r.raw().contains("org.entente."),
                r.raw());
    }

    @Test
    void relationsCountAssertedEventsPerMonthBothDirections() throws Exception {
        JsonNode s = ok("/api/relations?a=RUS&b=CHN");
        assertEquals(5, s.get("events").asInt());
        assertEquals(0.2, s.get("index").asDouble(), 1e-9);
        assertEquals("Russia", s.get("a_name").asText());
        JsonNode p = s.get("periods");
        assertEquals(3, p.size());
        assertEquals("2024-01", p.get(0).get("period").asText());
        assertEquals(2, p.get(0).get("q1").asInt());
        assertEquals(1.0, p.get(0).get("index").asDouble());
        assertEquals(1, p.get(1).get("q3").asInt());
        assertEquals(1, p.get(1).get("q4").asInt());
        assertEquals(-1.0, p.get(1).get("index").asDouble());
        assertEquals("2024-02-29", p.get(1).get("end").asText());
        // the same pair named the other way round, and with the future and negated events counted
        assertEquals(5, ok("/api/relations?a=chn&b=rus").get("events").asInt());
        assertEquals(7, ok("/api/relations?a=RUS&b=CHN&modality=asserted,future,negated").get("events").asInt());
        // a range wider than the data: every month is there, quiet ones with a null index
        JsonNode wide = ok("/api/relations?a=RUS&b=CHN&from=2023-11-01&to=2024-06-30&by=month").get("periods");
        assertEquals(8, wide.size());
        assertTrue(wide.get(0).get("index").isNull());
        assertEquals(1, ok("/api/relations?a=RUS&b=CHN&by=year").get("periods").size());
        assertEquals(0, ok("/api/relations?a=RUS&b=USA").get("events").asInt());
    }

    @Test
    void aTurnFromCooperationToConflictIsAShiftWithItsEvidence() throws Exception {
        JsonNode s = ok("/api/relations?a=FRA&b=DEU");
        JsonNode p = s.get("periods");
        assertEquals(4, p.size());
        assertFalse(p.get(2).get("shift").asBoolean());
        assertTrue(p.get(3).get("shift").asBoolean());
        assertEquals(1, s.get("shifts").size());
        JsonNode shift = s.get("shifts").get(0);
        assertEquals("2024-04", shift.get("period").asText());
        assertEquals("conflict", shift.get("direction").asText());
        assertEquals(-1.0, shift.get("index").asDouble());
        assertEquals(1.0, shift.get("baseline").asDouble());
        assertTrue(shift.get("z").asDouble() <= -2, shift.toString());
        assertFalse(shift.get("evidence").isEmpty());
        assertTrue(shift.get("evidence").get(0).get("quad").asInt() >= 3);
        assertNotNull(shift.get("evidence").get(0).get("evidence").get("verb"));
        assertTrue(ok("/api/relations?a=RUS&b=CHN").get("shifts").isEmpty());
    }

    @Test
    void relationsRejectBadParameters() throws Exception {
        bad("/api/relations?b=CHN", "a");
        bad("/api/relations?a=RUS", "b");
        bad("/api/relations?a=RUS&b=rus", "b");
        bad("/api/relations?a=R%3CU&b=CHN", "a");
        bad("/api/relations?a=RUS&b=CHN&from=2024-13-01", "from");
        bad("/api/relations?a=RUS&b=CHN&from=2024-03-01&to=2024-01-01", "to");
        bad("/api/relations?a=RUS&b=CHN&by=fortnight", "by");
        bad("/api/relations?a=RUS&b=CHN&modality=maybe", "modality");
        bad("/api/relations?a=RUS&b=CHN&form=2024-01-01", "form");
        bad("/api/relations?a=RUS&b=CHN&by=day&from=1900-01-01&to=2024-01-01", "by");
    }

    @Test
    void pairsRankCountriesByEvents() throws Exception {
        JsonNode page = ok("/api/pairs");
        assertEquals(3, page.get("total").asInt());
        JsonNode top = page.get("items").get(0);
        assertEquals(Set.of("FRA", "DEU"), Set.of(top.get("a").asText(), top.get("b").asText()));
        assertEquals(12, top.get("events").asInt());
        JsonNode second = page.get("items").get(1);
        assertEquals(Set.of("RUS", "CHN"), Set.of(second.get("a").asText(), second.get("b").asText()));
        assertEquals(5, second.get("events").asInt());
        assertEquals(0.2, second.get("index").asDouble(), 1e-9);
        assertEquals(2, page.get("items").get(2).get("events").asInt());
        JsonNode paged = ok("/api/pairs?limit=1&offset=1");
        assertEquals(1, paged.get("items").size());
        assertEquals(3, paged.get("total").asInt());
        assertEquals(5, paged.get("items").get(0).get("events").asInt());
        assertEquals(1, ok("/api/pairs?actor=USA").get("total").asInt());
        assertEquals(2, ok("/api/pairs?from=2024-03-10").get("total").asInt());
        assertTrue(ok("/api/pairs?level=actor").get("total").asInt() >= 4);
        bad("/api/pairs?level=planet", "level");
        bad("/api/pairs?limit=0", "limit");
        bad("/api/pairs?limit=501", "limit");
        bad("/api/pairs?offset=-1", "offset");
        bad("/api/pairs?to=2024-02-30", "to");
    }

    @Test
    void eventsFilterAndPage() throws Exception {
        JsonNode all = ok("/api/events?a=RUS&b=CHN");
        assertEquals(5, all.get("total").asInt());
        JsonNode first = all.get("items").get(0);
        assertEquals("2024-03-05", first.get("date").asText());   // newest first
        assertEquals("057", first.get("code").asText());
        // evidence offsets point into the article's clean text; the sentence span contains them
        JsonNode span = first.get("span");
        JsonNode verb = first.get("evidence").get("verb");
        assertTrue(span.get(0).asInt() <= verb.get(0).asInt() && verb.get(1).asInt() <= span.get(1).asInt());
        String sentence = first.get("text").asText();
        assertEquals("signed", sentence.substring(verb.get(0).asInt() - span.get(0).asInt(),
                verb.get(1).asInt() - span.get(0).asInt()));
        assertEquals(Fixture.XSS_TITLE, first.get("title").asText());

        assertEquals(2, ok("/api/events?a=RUS&b=CHN&limit=2&offset=2").get("items").size());
        assertEquals(1, ok("/api/events?a=RUS&b=CHN&limit=2&offset=4").get("items").size());
        assertEquals(2, ok("/api/events?actor=USA").get("total").asInt());
        assertEquals(2, ok("/api/events?country=USA").get("total").asInt());
        assertEquals(1, ok("/api/events?actor=RUSMIL").get("total").asInt());
        assertEquals(3, ok("/api/events?quad=4").get("total").asInt());
        assertEquals(2, ok("/api/events?root=19").get("total").asInt());
        assertEquals(2, ok("/api/events?code=112").get("total").asInt());
        assertEquals(5, ok("/api/events?root=05").get("total").asInt());
        assertEquals(12, ok("/api/events?actor=FRA").get("total").asInt());
        assertEquals(1, ok("/api/events?root=05&code=057").get("total").asInt());
        assertEquals(1, ok("/api/events?q=trade").get("total").asInt());
        assertEquals(1, ok("/api/events?modality=negated").get("total").asInt());
        assertEquals(21, ok("/api/events?modality=asserted,future,negated,uncertain,hypothetical").get("total").asInt());
        assertEquals(5, ok("/api/events?from=2024-02-01&to=2024-02-29").get("total").asInt());
        assertEquals(0, ok("/api/events?actor=BRA").get("total").asInt());
    }

    @Test
    void eventsRejectBadParameters() throws Exception {
        bad("/api/events?limit=abc", "limit");
        bad("/api/events?quad=5", "quad");
        bad("/api/events?quad=3,4", "quad");
        bad("/api/events?root=21", "root");
        bad("/api/events?root=1", "root");
        bad("/api/events?code=04x", "code");
        bad("/api/events?root=04&code=057", "code");
        bad("/api/events?country=CN", "country");
        bad("/api/events?b=CHN", "a");
        bad("/api/events?a=RUS", "b");
        bad("/api/events?actor=USA&a=RUS&b=CHN", "actor");
        bad("/api/events?from=20240101", "from");
        bad("/api/events?historical=perhaps", "historical");
        bad("/api/events?q=" + "x".repeat(201), "q");
        bad("/api/events?modality=asserted,sure", "modality");
        bad("/api/events?limit=1&limit=2", "limit");
    }

    @Test
    void oneEventWithItsMentions() throws Exception {
        String id = ok("/api/events?actor=RUSMIL").get("items").get(0).get("id").asText();
        JsonNode d = ok("/api/events/" + id);
        assertEquals("190", d.get("event").get("code").asText());
        assertEquals(1, d.get("mentions").size());
        JsonNode m = d.get("mentions").get(0);
        assertEquals("Border incident strains ties", m.get("title").asText());
        assertEquals("asserted", m.get("modality").asText());
        assertTrue(m.get("text").asText().contains("fired"));
        assertNotNull(m.get("evidence").get("source"));
        assertEquals("fixture:190", m.get("pattern").asText());
        // the report's own code and actors, and no grouping reason: it started the event
        assertEquals("190", m.get("code").asText());
        assertEquals("RUSMIL", m.get("source").asText());
        assertEquals("CHNCVL", m.get("target").asText());
        assertTrue(m.get("resolution").isNull(), m.toString());
        assertTrue(m.get("resolution_score").isNull(), m.toString());

        Reply missing = get("/api/events/999999999");
        assertEquals(404, missing.status());
        assertTrue(missing.body().get("error").asText().contains("999999999"));
        assertEquals(404, get("/api/events/not-a-number").status());
        bad("/api/events/" + id + "?verbose=1", "verbose");
    }

    @Test
    void oneArticleWithEverySpan() throws Exception {
        String articleId = ok("/api/events?q=trade").get("items").get(0).get("article_id").asText();
        JsonNode a = ok("/api/articles/" + articleId);
        String text = a.get("text").asText();
        assertTrue(text.contains(Fixture.XSS_SCRIPT), "markup is kept as text in the JSON");
        assertEquals(Fixture.XSS_TITLE, a.get("title").asText());
        assertEquals(3, a.get("actors").size());
        for (JsonNode m : a.get("actors")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("span").get(0).asInt(), m.get("span").get(1).asInt()));
            assertEquals("fixture:" + m.get("code").asText(), m.get("dictionary").asText());
        }
        JsonNode e = a.get("events").get(0);
        assertEquals("signed", text.substring(e.get("evidence").get("verb").get(0).asInt(),
                e.get("evidence").get("verb").get(1).asInt()));
        // articles are found by name too, and unknown ones are 404 in JSON
        assertEquals(articleId, ok("/api/articles/markup-article").get("id").asText());
        Reply missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/json"));
        noTrace(missing);
    }

    @Test
    void actorSearchOffersCountriesFirst() throws Exception {
        JsonNode hits = ok("/api/actors?q=russia");
        assertEquals("RUS", hits.get(0).get("code").asText());
        assertTrue(hits.get(0).get("rollup").asBoolean());
        assertEquals("Russia", hits.get(0).get("name").asText());
        assertEquals(7, hits.get(0).get("events").asInt(), "every Russian actor's events, any modality");
        assertEquals("CHN", ok("/api/actors?q=China").get(0).get("code").asText());
        List<String> codes = new ArrayList<>();
        ok("/api/actors?q=rus&limit=20").forEach(h -> codes.add(h.get("code").asText()));
        assertTrue(codes.containsAll(List.of("RUS", "RUSGOV", "RUSMIL")), codes.toString());
        assertTrue(ok("/api/actors?q=zzzz").isEmpty());
        assertEquals(3, ok("/api/actors?limit=3").size());
        bad("/api/actors?limit=101", "limit");
        bad("/api/actors?q=" + "y".repeat(300), "q");
    }

    @Test
    void statsDescribeTheStore() throws Exception {
        JsonNode s = ok("/api/stats");
        assertEquals(8, s.get("articles").asInt());
        assertEquals(21, s.get("events").asInt());
        assertEquals(21, s.get("event_mentions").asInt());
        assertEquals("2024-01-10", s.get("first_date").asText());
        assertEquals("2024-04-10", s.get("last_date").asText());
        assertEquals("fixture.java", s.get("runs").get(0).get("inputs").asText().toLowerCase());
        assertEquals("DEU", s.get("countries").get(0).get("key").asText());
        assertEquals("Germany", s.get("countries").get(0).get("name").asText());
        assertEquals(12, s.get("countries").get(0).get("count").asInt());
        bad("/api/stats?x=1", "x");
    }

    @Test
    void unknownPathsAreJson404sAndTheDashboardIsServed() throws Exception {
        Reply r = get("/api/nothing-here");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        Reply index = get("/");
        assertEquals(200, index.status());
        assertTrue(index.raw().contains("<title>Entente"));
        HttpResponse<String> js = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/js/main.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    /** The OpenAPI document lists exactly the endpoints and parameters the server accepts. */
    @Test
    void openApiDescribesEveryEndpointAndParameter() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> paths = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(ApiRoutes.PARAMS.keySet()), paths);
        for (String path : paths) {
            Set<String> documented = new TreeSet<>();
            for (JsonNode p : doc.get("paths").get(path).get("get").path("parameters")) {
                if ("query".equals(p.get("in").asText())) {
                    documented.add(p.get("name").asText());
                }
            }
            assertEquals(new TreeSet<>(ApiRoutes.PARAMS.get(path)), documented, path);
        }
        // every $ref resolves
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertTrue(doc.get("components").get("schemas").has(ref.substring(ref.lastIndexOf('/') + 1)), ref);
        }
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("$ref")) {
                    out.add(n.get(k).asText());
                } else {
                    collectRefs(n.get(k), out);
                }
            }
        } else if (n.isArray()) {
            n.forEach(x -> collectRefs(x, out));
        }
    }
}
