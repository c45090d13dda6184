package org.entente.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.entente.ingest.Article;
import org.entente.ingest.ReadProgress;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.Ingester;
import org.entente.store.JobOutputImport;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.entente.text.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente ingest PATH...}: read, code in parallel, store with one writer; idempotent and kill-safe. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Add articles to the store.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ./entente-data).")
    Path db;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary files.")
    List<String> actors;

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern files.")
    List<String> patterns;

    @Option(names = "--threads", description = "Coding threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print a JSON summary on stdout when done.")
    boolean json;

    @Override
    public Integer call() {
        // a Spark job's output folder (./entente spark) is already coded: its rows are added as they are
        List<String> jobOutputs = input.inputs.stream().filter(i -> JobOutputImport.isJobOutput(Path.of(i))).toList();
        if (!jobOutputs.isEmpty()) {
            int code = importJobOutputs(jobOutputs);
            input.inputs = input.inputs.stream().filter(i -> !jobOutputs.contains(i)).toList();
            if (input.inputs.isEmpty() || code != ExitCode.OK) {
                return code;
            }
        }
        PrintStream err = System.err;
        Pipeline pipeline;
        try {
            pipeline = Pipeline.standard(InputOptions.paths(actors), InputOptions.paths(patterns));
        } catch (RuntimeException e) {
            err.println("entente ingest: cannot build the pipeline: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Function<Article, CodedArticle> coder = pipeline::process;
        try (Store store = Store.open(db == null ? Store.defaultDir() : db)) {
            StoreWriter writer = StoreWriter.start(store, Resolution.standard(), version(),
                    describe(pipeline.actors(), actors), describe(pipeline.coder(), patterns),
                    String.join(" ", input.inputs));
            Ingester ingester = new Ingester(store, writer, coder, threads, err);
            ReadProgress reading = System.console() != null ? ReadProgress.of(input.inputs) : null;
            Progress progress = reading != null ? new Progress(ingester.counters(), reading, err) : null;
            if (progress != null) {
                progress.start();
            }
            Ingester.Result r;
            try {
                r = ingester.run(sink -> Sources.read(input.inputs, input.inputFormat(), input.date, sink, reading));
            } finally {
                if (progress != null) {
                    progress.stop();
                }
            }
            if (progress != null) {
                err.printf("entente ingest: %d read, %d stored, %d already stored, %d failed, %d event mentions in %.1f s%n",
                        r.read(), r.written(), r.skipped(), r.failed(), r.eventMentions(), r.elapsed().toMillis() / 1000.0);
            }
            if (r.uncodedCount() > 0) {
                err.println(uncodedSummary(r));
            }
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("read", r.read());
                o.put("stored", r.written());
                o.put("already_stored", r.skipped());
                o.put("failed", r.failed());
                o.put("event_mentions", r.eventMentions());
                o.put("seconds", r.elapsed().toMillis() / 1000.0);
                o.put("not_coded", r.uncodedCount());
                var named = o.putArray("not_coded_articles");
                r.uncoded().forEach(u -> named.addObject().put("article", u.article()).put("language", u.language()));
                var stats = store.stats();
                o.put("store_articles", stats.articles());
                o.put("store_event_mentions", stats.eventMentions());
                o.put("store_events", stats.events());
                System.out.println(o);
            }
            return r.failed() > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
        }
    }

    private int importJobOutputs(List<String> outputs) {
        try (Store store = Store.open(db == null ? Store.defaultDir() : db)) {
            for (String out : outputs) {
                JobOutputImport.Result r = JobOutputImport.run(store, Path.of(out), version());
                if (json) {
                    ObjectNode o = Json.MAPPER.createObjectNode();
                    o.put("input", out);
                    o.put("stored", r.articles());
                    o.put("already_stored", r.alreadyStored());
                    o.put("failed", 0);
                    o.put("event_mentions", r.eventMentions());
                    o.put("store_events", r.resolved().eventsAfter());
                    System.out.println(o);
                } else {
                    System.err.printf("entente ingest: %s (Spark job output): %d articles stored, %d already stored,"
                            + " %d event mentions; %d events after resolution%n", out, r.articles(),
                            r.alreadyStored(), r.eventMentions(), r.resolved().eventsAfter());
                }
            }
            return ExitCode.OK;
        } catch (org.entente.store.StoreException | java.io.UncheckedIOException e) {
            System.err.println("entente ingest: cannot import the Spark job's output: " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
    }

    /** The closing account of articles stored but not coded, by language, each named. */
    static String uncodedSummary(Ingester.Result r) {
        java.util.Map<String, Integer> byLanguage = new java.util.TreeMap<>();
        r.uncoded().forEach(u -> byLanguage.merge(u.language(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder("entente ingest: " + r.uncodedCount() + " article"
                + (r.uncodedCount() == 1 ? "" : "s") + " stored but not coded (language not read; the coder reads "
                + String.join(", ", Pipeline.CODED_LANGUAGES) + "):");
        byLanguage.forEach((lang, n) -> sb.append(' ').append(LanguageDetector.name(lang)).append(" (").append(lang)
                .append(") ").append(n).append(';'));
        sb.setLength(sb.length() - 1);
        for (Ingester.Uncoded u : r.uncoded()) {
            sb.append(System.lineSeparator()).append("  ").append(u.article()).append('\t').append(u.language());
        }
        if (r.uncodedCount() > r.uncoded().size()) {
            sb.append(System.lineSeparator()).append("  ... and ").append(r.uncodedCount() - r.uncoded().size())
                    .append(" more");
        }
        return sb.toString();
    }

    static String version() {
        String v = IngestCommand.class.getPackage().getImplementationVersion();
        return "entente " + (v == null ? "0.1.0" : v);
    }

    /** Which component and user files produced the codes, with a hash of each file so a later edit shows. */
    static String describe(Object component, List<String> files) {
        StringBuilder sb = new StringBuilder(component.getClass().getName());
        if (files != null) {
            for (String f : files) {
                try {
                    sb.append(' ').append(f).append('#').append(Sources.contentId(Files.readString(Path.of(f))));
                } catch (IOException | RuntimeException e) {
                    sb.append(' ').append(f);
                }
            }
        }
        return sb.toString();
    }
}
