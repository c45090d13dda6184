package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./entente eval --ablate} on a gold file of our own sentences (entente-cli/src/test/resources/events/ablation-gold.jsonl):
 * talks between two governments (both directions, by the mutual-codes rule) and a march in Lima with no named
 * doer (its civilians, by the crowd-source rule). Switching either rule off loses gold events; the sport rule
 * changes nothing on these sentences and is reported so.
 */
class AblationCommandTest {
    /** The exit code, a newline, then stdout: in its own JVM, as eval writes to the process's stdout. */
    private static String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() + "\n" + out;
    }

    @Test
    void eachRuleOffInTurnWithItsChange() throws Exception {
        String out = run("eval", "--ablate", "--json", "--rules", "mutual-codes,crowd-source,sport-teams",
                "entente-cli/src/test/resources/events/ablation-gold.jsonl");
        assertEquals("0", out.substring(0, out.indexOf('\n')), out);
        JsonNode o = Json.MAPPER.readTree(out.substring(out.indexOf('\n') + 1));
        assertEquals(1.0, o.get("all_rules").get("ablation-gold.triple").asDouble(), 0.2);
        JsonNode rows = o.get("without");
        assertEquals(3, rows.size());
        assertEquals("mutual-codes", rows.get(0).get("rule").asText());
        assertTrue(rows.get(0).get("change").get("ablation-gold.triple").asDouble() < 0, rows.toString());
        assertEquals("crowd-source", rows.get(1).get("rule").asText());
        assertTrue(rows.get(1).get("change").get("ablation-gold.triple").asDouble() < 0, rows.toString());
        assertEquals("sport-teams", rows.get(2).get("rule").asText());
        assertTrue(rows.get(2).get("changes_nothing").asBoolean(), rows.toString());
    }

    @Test
    void anUnknownRuleIsAUsageError() throws Exception {
        String out = run("eval", "--ablate", "--rules", "no-such-rule",
                "entente-cli/src/test/resources/events/ablation-gold.jsonl");
        assertEquals("2", out.substring(0, out.indexOf('\n')), out);
    }
}
