package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → relations → export through the real command line, the real pipeline and a real store. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        return Cli.run(args);
    }

    @Test
    void ingestTwiceRelationsAndExport() throws Exception {
        Path db = tmp.resolve("db");
        Path bad = tmp.resolve("missing.txt");
        String first = run("ingest", "--db", db.toString(), "--json", "samples/articles.jsonl",
                "samples/2024-04-26-beijing-blinken-talks.txt", bad.toString());
        assertTrue(first.startsWith("1\n"), "a missing input makes exit code 1: " + first);
        JsonNode s1 = Json.MAPPER.readTree(first.substring(2));
        assertTrue(s1.get("stored").asLong() > 0);
        assertTrue(s1.get("store_event_mentions").asLong() > 0, first);
        String second = run("ingest", "--db", db.toString(), "--json", "samples/articles.jsonl",
                "samples/2024-04-26-beijing-blinken-talks.txt");
        JsonNode s2 = Json.MAPPER.readTree(second.substring(2));
        assertEquals(0, s2.get("stored").asLong(), "re-ingesting changes nothing");
        for (String k : List.of("store_articles", "store_event_mentions", "store_events")) {
            assertEquals(s1.get(k), s2.get(k), k);
        }

        String rel = run("relations", "--db", db.toString(), "--json");
        assertTrue(rel.startsWith("0\n"), rel);
        JsonNode arr = Json.MAPPER.readTree(rel.substring(2));
        assertTrue(arr.isArray() && arr.size() > 0, rel);
        for (JsonNode o : arr) {
            assertTrue(o.has("a") && o.has("b") && o.has("events") && o.has("index"));
            assertTrue(o.get("index").asDouble() >= -1 && o.get("index").asDouble() <= 1);
        }
        for (int i = 1; i < arr.size(); i++) {
            assertTrue(arr.get(i - 1).get("events").asLong() >= arr.get(i).get("events").asLong(), "ranked");
        }
        JsonNode top = arr.get(0);
        String series = run("relations", "--db", db.toString(), "--json", "--by", "year", top.get("a").asText(),
                top.get("b").asText());
        JsonNode points = Json.MAPPER.readTree(series.substring(2));
        assertEquals(top.get("events").asLong(),
                java.util.stream.StreamSupport.stream(points.spliterator(), false).mapToLong(p -> p.get("events").asLong()).sum());

        Path out = tmp.resolve("gdelt.tsv");
        assertTrue(run("export", "--db", db.toString(), "--format", "gdelt", out.toString()).startsWith("0\n"));
        List<String> asserted = Files.readAllLines(out);
        // GDELT has no modality column: asserted events only, unless --modality names others
        assertTrue(run("export", "--db", db.toString(), "--format", "gdelt", "--modality", "all", out.toString())
                .startsWith("0\n"));
        List<String> rows = Files.readAllLines(out);
        assertEquals(s1.get("store_events").asLong(), rows.size());
        assertTrue(asserted.size() < rows.size(), "the samples' negated and future events are left out by default");
        rows.forEach(r -> assertEquals(61, r.split("\t", -1).length));
        assertTrue(run("export", "--db", db.toString(), "--format", "nope", out.toString()).startsWith("2\n"));
        assertTrue(run("relations", "--db", tmp.resolve("none").toString()).startsWith("2\n"));
    }
}
