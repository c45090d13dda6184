package org.entente.bench;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.InputFormat;

/**
 * What to run.
 *
 * @param inputs  corpus files or folders, read by the product's own readers
 * @param format  input format (auto sniffs)
 * @param limit   stop after this many articles (0 = no limit)
 * @param repeat  read the corpus this many times, giving each pass fresh article ids
 * @param threads worker threads for analyse/actors/code (reading and storing have one thread each)
 * @param store   run the store stage
 * @param db      store folder, or null for a temporary one deleted after each run
 * @param runs    timed runs; figures are reported per run and as median with spread
 * @param warmup  articles pushed through the pipeline untimed before the first run (JIT warm-up)
 */
public record BenchConfig(List<String> inputs, InputFormat format, int limit, int repeat, int threads,
                          boolean store, Path db, int runs, int warmup) {
    public BenchConfig {
        inputs = List.copyOf(inputs);
        if (repeat < 1 || threads < 1 || runs < 1 || limit < 0 || warmup < 0) {
            throw new IllegalArgumentException("repeat, threads and runs must be >= 1; limit and warmup >= 0");
        }
    }
}
