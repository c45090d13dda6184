package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Lines that `code`, `actors` and `extract --jsonl` print carry every field DESIGN.md §3 promises. */
class OutputContractTest {
    private static final String SAMPLE = "samples/2023-03-21-moscow-xi-putin-summit.txt";

    /** Runs the command in its own JVM: these commands write to the process's stdout, as a user sees it. */
    private static List<JsonNode> lines(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "exit code of " + String.join(" ", args));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(Json.MAPPER.readTree(line));
            }
        }
        assertFalse(rows.isEmpty(), "output for " + String.join(" ", args));
        return rows;
    }

    private static void hasFields(JsonNode row, String... fields) {
        for (String f : fields) {
            assertTrue(row.has(f), "field " + f + " in " + row);
        }
    }

    @Test
    void codeEventMentions() throws Exception {
        for (JsonNode e : lines("code", SAMPLE)) {
            hasFields(e, "article", "date", "source", "target", "source_country", "target_country", "code", "root",
                    "quad", "goldstein", "plover", "modality", "sentence", "text", "span", "evidence");
            assertTrue(e.get("code").isTextual() && e.get("code").asText().startsWith(e.get("root").asText()), e.toString());
            assertTrue(List.of("asserted", "negated", "future", "hypothetical", "uncertain")
                    .contains(e.get("modality").asText()), e.toString());
            hasFields(e.get("evidence"), "source", "verb", "target");
            assertEquals(2, e.get("span").size());
            assertTrue(e.get("rules").isArray(), "rules (provenance of the coder's rule chain): " + e);
        }
    }

    @Test
    void actorMentions() throws Exception {
        for (JsonNode m : lines("actors", SAMPLE)) {
            hasFields(m, "article", "text", "span", "code", "country", "role");
        }
    }

    @Test
    void extractJsonl() throws Exception {
        List<JsonNode> rows = lines("extract", "--jsonl", SAMPLE);
        assertEquals(1, rows.size());
        hasFields(rows.get(0), "file", "id", "title", "date", "outlet", "url", "text");
    }
}
