package org.entente.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON Lines gold sets of ../shared/eval. Event records go to the event scorer; records with a
 * {@code method} field are actor-resolution tests and are handed over as raw JSON to the actor scorer.
 */
public final class GoldReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** PLOVER 2016 names used by older gold files, and their 2021 names. */
    private static final Map<String, String> PLOVER_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** What one file holds. */
    public record GoldFile(Path path, List<GoldRecord> events, List<JsonNode> actorTests) {
    }

    private GoldReader() {
    }

    public static GoldFile read(Path path) throws IOException {
        List<JsonNode> raw = new ArrayList<>();
        List<JsonNode> actorTests = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new IOException(path + ":" + n + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
                }
                if (node.has("method")) {
                    actorTests.add(node);
                } else if (node.has("text") && node.has("expected")) {
                    raw.add(node);
                } else {
                    throw new IOException(path + ":" + n + ": neither an event record (text, expected) nor an actor test (method)");
                }
            }
        }
        boolean cameo = false;
        for (JsonNode node : raw) {
            for (JsonNode e : node.path("expected")) {
                cameo |= e.path("code").asText("").matches("\\d+");
            }
        }
        List<GoldRecord> events = new ArrayList<>();
        for (JsonNode node : raw) {
            List<GoldRecord.GoldEvent> expected = new ArrayList<>();
            for (JsonNode e : node.path("expected")) {
                String code = cameo ? e.path("code").asText() : e.hasNonNull("code_plover_2021")
                        ? e.get("code_plover_2021").asText() : PLOVER_2021.getOrDefault(e.path("code").asText(),
                        e.path("code").asText());
                expected.add(new GoldRecord.GoldEvent(text(e, "source"), text(e, "target"), code));
            }
            events.add(new GoldRecord(text(node, "id"), text(node, "date"), node.path("text").asText(""), expected,
                    cameo ? GoldRecord.Kind.CAMEO : GoldRecord.Kind.PLOVER));
        }
        return new GoldFile(path, events, actorTests);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
