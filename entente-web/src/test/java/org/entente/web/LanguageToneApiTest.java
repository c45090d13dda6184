package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.Pipeline;
import org.entente.store.Ingester;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language and tone over HTTP: a real store filled by the real ingest from samples-multilingual/ (three articles in
 * languages the coder does not read, three Spanish and one English, both coded), served on loopback.
 */
class LanguageToneApiTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        WebServer.quietLogs();
        Store store = Store.open(dir.resolve("store"));
        StoreWriter w = StoreWriter.start(store, Resolution.standard(), "t", "a", "c", "multilingual");
        new Ingester(store, w, Pipeline.standard(List.of(), List.of())::process, 2, System.err)
                .run(sink -> Sources.read(List.of("samples-multilingual"), InputFormat.AUTO, null, sink));
        server = WebServer.start(new StoreData(store, true), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void statsCountAndNameWhatWasNotCoded() throws Exception {
        JsonNode s = ok("/api/stats");
        assertEquals(3, s.path("not_coded").asInt(), s.toString());
        assertEquals(3, s.path("not_coded_articles").size());
        java.util.Set<String> langs = new java.util.TreeSet<>();
        s.path("languages").forEach(c -> langs.add(c.path("key").asText()));
        assertEquals(java.util.Set.of("de", "en", "es", "fr", "ru"), langs);
        s.path("not_coded_articles").forEach(a -> {
            assertFalse(a.path("coded").asBoolean());
            assertTrue(a.path("name").asText().endsWith("-" + a.path("language").asText() + ".txt"), a.toString());
        });
    }

    @Test
    void articlesFilterByLanguageAndCodedState() throws Exception {
        JsonNode es = ok("/api/articles?language=es");
        assertEquals(3, es.path("total").asInt());
        for (JsonNode a : es.path("items")) {
            assertTrue(a.path("name").asText().endsWith("-es.txt"), a.toString());
            assertTrue(a.path("events").asInt() > 0, "Spanish is coded: " + a);
        }
        assertEquals(3, ok("/api/articles?coded=false").path("total").asInt());
        JsonNode coded = ok("/api/articles?coded=true");
        assertEquals(4, coded.path("total").asInt());
        coded.path("items").forEach(a -> assertTrue(a.path("events").asInt() > 0, a.toString()));
        assertEquals(400, get("/api/articles?language=Spanish").statusCode());
        assertEquals(400, get("/api/articles?coded=maybe").statusCode());
        JsonNode detail = ok("/api/articles/" + es.path("items").get(0).path("id").asText());
        assertEquals("es", detail.path("language").asText());
        assertTrue(detail.path("coded").asBoolean());
        assertTrue(detail.path("tone").isNumber());
    }

    @Test
    void eventsMentionsAndSeriesCarryTone() throws Exception {
        JsonNode events = ok("/api/events?limit=5");
        assertTrue(events.path("total").asInt() > 0);
        JsonNode e = events.path("items").get(0);
        assertTrue(e.path("tone").isNumber(), e.toString());
        assertTrue(java.util.Set.of("en", "es").contains(e.path("language").asText()), e.toString());
        JsonNode detail = ok("/api/events/" + e.path("id").asText());
        JsonNode m = detail.path("mentions").get(0);
        assertTrue(m.path("tone").isNumber() && m.path("doc_tone").isNumber(), m.toString());
        assertEquals(e.path("tone").asDouble(), m.path("doc_tone").asDouble(), 1e-9, "one article: its tone");
        // the English sample: Turkey's government and Greece agree to resume talks
        JsonNode series = ok("/api/relations?a=TUR&b=GRC&by=month&modality=asserted,future,negated,hypothetical,uncertain");
        boolean toned = false;
        for (JsonNode p : series.path("periods")) {
            if (p.path("events").asInt() > 0) {
                toned |= p.path("tone").isNumber();
            } else {
                assertTrue(p.path("tone").isNull(), p.toString());
            }
        }
        assertTrue(toned, series.toString());
    }
}
