package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scaling run: the same corpus repeated with fresh ids up to 1k, 10k, 100k... articles, each size in its own
 * JVM with a fixed heap ceiling, so that heap figures are not polluted by the previous size and an out-of-memory
 * shows up as a failed size rather than a dead report.
 */
public final class ScalingRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> benchArgs;
    private final String heap;

    /**
     * @param benchArgs arguments for each child {@code bench} (corpus, threads, store...), without --limit/--repeat
     * @param heap      the child's -Xmx value, e.g. "1g"
     */
    public ScalingRun(List<String> benchArgs, String heap) {
        this.benchArgs = List.copyOf(benchArgs);
        this.heap = heap;
    }

    /** Runs every size, prints one line per size to {@code log}, returns the JSON array of child reports. */
    public ArrayNode run(List<Integer> sizes, PrintStream log) {
        ArrayNode all = MAPPER.createArrayNode();
        log.printf(Locale.ROOT, "%10s %10s %12s %14s %12s %14s%n", "articles", "seconds", "articles/s",
                "s per 1k art.", "peak heap MB", "live heap MB");
        for (int n : sizes) {
            JsonNode r = child(n);
            if (r == null) {
                log.printf(Locale.ROOT, "%10d  failed (see above)%n", n);
                continue;
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("requested", n);
            all.add(r);
            double secs = r.get("seconds").asDouble();
            log.printf(Locale.ROOT, "%10d %10.1f %12.1f %14.2f %12.1f %14.1f%n", r.get("articles").asLong(), secs,
                    r.get("articles_per_second").asDouble(), 1000 * secs / Math.max(1, r.get("articles").asLong()),
                    r.get("peak_heap_mb").asDouble(), r.get("peak_live_heap_mb").asDouble());
            log.flush();
        }
        return all;
    }

    private JsonNode child(int n) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseParallelGC");
        // the launcher grants DuckDB native access on JDK 22+ (the child needs the same, or it warns on stderr) and
        // may ask for transparent huge pages: the child gets the parent's setting, so it runs as the launcher runs it
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--enable-native-access") || arg.endsWith("UseTransparentHugePages")) {
                cmd.add(arg);
            }
        }
        String home = System.getProperty("entente.home");
        if (home != null) {
            cmd.add("-Dentente.home=" + home);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.entente.app.Main");
        cmd.add("bench");
        cmd.addAll(benchArgs);
        cmd.add("--limit=" + n);
        cmd.add("--repeat=" + n); // enough passes for any corpus size; reading stops at the limit
        cmd.add("--json");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = p.getInputStream().readAllBytes();
            int code = p.waitFor();
            if (code != 0 && code != 1) {
                System.err.println("entente bench: scaling size " + n + " exited with " + code);
                return null;
            }
            return MAPPER.readTree(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("entente bench: scaling size " + n + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
