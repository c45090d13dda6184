package org.entente.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz harness for the API's parameter parsing (issue 19; {@code scripts/fuzz.sh}, not in the default run): any
 * query values end in a parsed value or a 400 {@link ApiException} naming a parameter — never another exception.
 */
@Tag("fuzz")
class ParamsFuzzTest {
    /** Executions of each harness in this JVM, printed at the end for scripts/fuzz.sh. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> RUNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    static void report() {
        RUNS.forEach((k, v) -> System.out.println("fuzz executions " + k + " " + v.get()));
    }

    private static final Set<String> NAMES = Set.of("a", "b", "from", "to", "by", "modality", "limit", "offset",
            "q", "code", "root", "quad");

    @FuzzTest(maxDuration = "60s")
    void anyQueryIsParsedOrRefusedWith400(FuzzedDataProvider data) {
        RUNS.computeIfAbsent("anyQueryIsParsedOrRefusedWith400", k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        String name = data.pickValue(List.copyOf(NAMES));
        String value = data.consumeString(300);
        String other = data.consumeRemainingAsString();
        try {
            Map<String, List<String>> query = new java.util.HashMap<>();
            query.put("q", List.of(other));
            query.put(name, List.of(value));
            Params p = new Params(query, NAMES);
            p.code("a", false);
            p.date("from");
            p.date("to");
            p.choice("by", List.of("day", "week", "month", "year"), "month");
            p.modalities("modality");
            p.text("q");
            p.integer("limit", 1, 500, 20);
            p.integer("offset", 0, 1_000_000, 0);
            p.cameo("code", false);
            p.cameo("root", true);
            p.quads("quad");
            p.country("b");
        } catch (ApiException e) {
            if (e.status() != 400 || e.parameter() == null) {
                throw new AssertionError("refusal without a parameter: " + e.getMessage());
            }
        }
    }
}
