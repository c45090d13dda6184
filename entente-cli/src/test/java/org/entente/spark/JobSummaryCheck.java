package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** DESIGN.md §3: the --json object has at least articles, event_mentions and failed, as numbers. */
final class JobSummaryCheck {
    private JobSummaryCheck() {
    }

    static void hasContractFields(String json) {
        try {
            JsonNode o = new ObjectMapper().readTree(json);
            for (String f : new String[] {"articles", "event_mentions", "failed"}) {
                assertTrue(o.path(f).isIntegralNumber(), f + " in " + json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
