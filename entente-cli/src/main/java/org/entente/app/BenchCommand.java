package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.BenchConfig;
import org.entente.bench.BenchReport;
import org.entente.bench.BenchRunner;
import org.entente.bench.RunResult;
import org.entente.bench.ScalingRun;
import org.entente.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente bench}: end-to-end throughput (read, analyse, actors, code, store) over a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end throughput benchmark: read -> extract -> analyse -> actors -> code -> store.",
                "Reports articles/s, sentences/s, MB/s, events found, peak heap and the share of time per stage.",
                "Stages not built yet are reported as such and skipped."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Corpus file or folder (repeatable; default: the bundled samples/).")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--input-format", defaultValue = "auto", description = "auto|text|html|warc|jsonl|feed.")
    String format;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Stop after N articles (0: all).")
    int limit;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "K",
            description = "Read the corpus K times, each pass with fresh article ids.")
    int repeat;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "R",
            description = "Timed runs in this JVM; reports each, the median and the spread.")
    int runs;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "Push N articles through the pipeline untimed first (JIT warm-up).")
    int warmup;

    @Option(names = "--no-store", description = "Leave the store stage out.")
    boolean noStore;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder (default: a temporary folder per run, deleted afterwards).")
    Path db;

    @Option(names = "--scaling", split = ",", paramLabel = "N,N,...",
            description = "Scaling run: one child JVM per size (e.g. 1000,10000,100000), corpus repeated with fresh ids.")
    List<Integer> scaling = new ArrayList<>();

    @Option(names = "--scaling-heap", defaultValue = "1g", description = "-Xmx of each scaling child (default: ${DEFAULT-VALUE}).")
    String scalingHeap;

    @Option(names = "--json", description = "Print one JSON object (with --scaling: an array) instead of text.")
    boolean json;

    @Override
    public Integer call() {
        List<String> inputs = corpus.isEmpty() ? defaultCorpus() : corpus;
        if (inputs == null) {
            System.err.println("entente bench: no --corpus given and no bundled samples/ folder found");
            return ExitCode.USAGE;
        }
        InputFormat inputFormat;
        try {
            inputFormat = InputFormat.valueOf(format.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("entente bench: unknown --input-format " + format);
            return ExitCode.USAGE;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BenchConfig config;
        try {
            config = new BenchConfig(inputs, inputFormat, limit, repeat, t, !noStore, db, runs, warmup);
        } catch (IllegalArgumentException e) {
            System.err.println("entente bench: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!scaling.isEmpty()) {
            return scale(inputs, t);
        }
        BenchRunner runner = new BenchRunner(config, System.err);
        runner.warmup();
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(runner.run());
        }
        BenchReport report = new BenchReport(config, results, runner.unavailable(), runner.startupSeconds());
        var out = Main.stdout();
        out.print(json ? report.toJson().toString() + "\n" : report.toText());
        out.flush();
        return report.failed() == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private Integer scale(List<String> inputs, int t) {
        List<String> args = new ArrayList<>();
        for (String in : inputs) {
            args.add("--corpus=" + in);
        }
        args.add("--input-format=" + format);
        args.add("--threads=" + t);
        args.add("--runs=" + runs);
        args.add("--warmup=" + warmup);
        if (noStore) {
            args.add("--no-store");
        }
        var out = Main.stdout();
        var table = new ScalingRun(args, scalingHeap).run(scaling, json ? System.err : out);
        if (json) {
            out.println(table.toString());
        }
        out.flush();
        return table.size() == scaling.size() ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    /** The bundled samples/ beside the launcher (entente.home) or in the working folder. */
    private static List<String> defaultCorpus() {
        for (String base : new String[] {System.getProperty("entente.home"), "."}) {
            if (base != null && Files.isDirectory(Path.of(base, "samples"))) {
                return List.of(Path.of(base, "samples").toString());
            }
        }
        return null;
    }
}
