package org.entente.web;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.Pipeline;
import org.entente.store.Ingester;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;

/**
 * Fills a store from the bundled samples for {@code entente demo} (and the demo browser test), through the same
 * {@link Ingester} as {@code entente ingest}: the standard pipeline on every core, one writer.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * What an ingest did.
     *
     * @param setupSeconds loading the pipeline (models, actor knowledge base, patterns): paid once per process
     * @param seconds      the whole ingest, setup included
     */
    public record Result(long articles, long written, long failures, long eventMentions, double setupSeconds,
                         double seconds) {
    }

    /** The samples folder: {@code samples/} next to the launcher ({@code entente.home}), else under the cwd. */
    public static Path samples() {
        String home = System.getProperty("entente.home");
        Path p = home != null ? Path.of(home, "samples") : Path.of("samples");
        return Files.isDirectory(p) ? p : Path.of("samples");
    }

    public static Result ingest(Store store, List<Path> inputs, PrintStream err) {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        double setup = (System.nanoTime() - t0) / 1e9;
        List<String> names = inputs.stream().map(Path::toString).toList();
        StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "entente demo",
                pipeline.actors().getClass().getName(), pipeline.coder().getClass().getName(), String.join(" ", names));
        Ingester ingester = new Ingester(store, writer, pipeline::process, Runtime.getRuntime().availableProcessors(),
                err);
        Ingester.Result r = ingester.run(sink -> Sources.read(names, InputFormat.AUTO, null, sink));
        return new Result(r.read(), r.written(), r.failed(), r.eventMentions(), setup,
                (System.nanoTime() - t0) / 1e9);
    }
}
