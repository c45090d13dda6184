package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.ingest.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functional checks of the harness (what it counts and reports); no timing is asserted. */
class BenchRunnerTest {
    @TempDir
    Path dir;

    private List<String> corpus() throws IOException {
        String[] texts = {
            "Officials from two neighbouring states met on Monday in a border town.\nThey agreed to talk again.",
            "A trade delegation arrived in the capital. Talks on tariffs will resume next week.",
            "Protesters gathered outside the embassy. Police said the crowd was peaceful.",
        };
        List<String> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, texts[i], StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        return files;
    }

    private static JsonNode bench(BenchConfig config, ByteArrayOutputStream errors) {
        BenchRunner runner = new BenchRunner(config, new PrintStream(errors, true, StandardCharsets.UTF_8));
        runner.warmup();
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < config.runs(); i++) {
            runs.add(runner.run());
        }
        return new BenchReport(config, runs, runner.unavailable(), runner.startupSeconds()).toJson();
    }

    @Test
    void reportsTheContractFieldsAndCountsEveryArticle() throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        JsonNode json = bench(new BenchConfig(corpus(), InputFormat.TEXT, 0, 1, 2, false, null, 2, 1), errors);
        assertEquals(3, json.get("articles").asLong(), errors.toString(StandardCharsets.UTF_8));
        assertEquals(0, json.get("failed").asLong());
        for (String field : List.of("seconds", "articles_per_second", "peak_heap_mb", "sentences_per_second",
                "mb_per_second", "events", "stages", "machine", "runs")) {
            assertTrue(json.has(field), field);
        }
        assertEquals(2, json.get("runs").size());
        assertTrue(json.get("sentences").asLong() >= 6, json.toString());
        assertTrue(json.get("peak_heap_mb").asDouble() > 0);
        assertTrue(json.at("/stages/analyse/available").asBoolean());
        assertTrue(json.at("/stages/analyse/share").asDouble() > 0);
        assertEquals("skipped (--no-store)", json.at("/stages/store/reason").asText());
    }

    @Test
    void storesEveryArticleOfEveryPassInATemporaryStore() throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        JsonNode json = bench(new BenchConfig(corpus(), InputFormat.TEXT, 0, 2, 2, true, null, 1, 0), errors);
        assertEquals(6, json.get("articles").asLong());
        assertEquals(0, json.get("failed").asLong(), errors.toString(StandardCharsets.UTF_8));
        assertTrue(json.at("/stages/store/available").asBoolean());
        assertTrue(json.at("/stages/store/share").asDouble() > 0);
    }

    @Test
    void repeatGivesFreshPassesAndLimitStopsReading() throws IOException {
        JsonNode json = bench(new BenchConfig(corpus(), InputFormat.TEXT, 5, 3, 1, false, null, 1, 0),
                new ByteArrayOutputStream());
        assertEquals(5, json.get("articles").asLong());
    }

    @Test
    void aMissingInputIsNamedAndTheRestIsStillMeasured() throws IOException {
        List<String> inputs = new ArrayList<>(corpus());
        inputs.add(1, dir.resolve("missing.txt").toString());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        JsonNode json = bench(new BenchConfig(inputs, InputFormat.TEXT, 0, 1, 2, false, null, 1, 0), errors);
        assertEquals(3, json.get("articles").asLong());
        assertEquals(1, json.get("failed").asLong());
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("missing.txt"));
    }

    @Test
    void freshIdsDifferPerPass() {
        Article a = new Article("abc", "x.txt", null, null, null, null, null, "en", "text", null);
        assertEquals("abc-r2", BenchRunner.fresh(a, 2).id());
        assertEquals("x.txt#r2", BenchRunner.fresh(a, 2).name());
    }
}
