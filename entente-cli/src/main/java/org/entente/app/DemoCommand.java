package org.entente.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.store.Store;
import org.entente.web.Demo;
import org.entente.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente demo}: ingest the bundled samples into a fresh store and serve the dashboard over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples/ into a fresh store and serve the dashboard, printing its URL.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--db", description = "Keep the demo store in this folder (default: a temporary folder, removed on exit).")
    Path db;

    @Option(names = "--samples", description = "Folder of articles to ingest (default: the bundled samples/).")
    Path samples;

    @Option(names = "--ingest-only", description = "Ingest, print the figures and exit without serving (for timing).")
    boolean ingestOnly;

    @Override
    public Integer call() throws IOException {
        WebServer.quietLogs();
        Path input = samples != null ? samples : Demo.samples();
        if (!Files.exists(input)) {
            System.err.println("entente demo: no samples at " + input.toAbsolutePath() + " (give --samples DIR)");
            return ExitCode.USAGE;
        }
        Path dir = db;
        if (dir == null) {
            dir = Files.createTempDirectory("entente-demo-");
            Path doomed = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(doomed), "entente-demo-cleanup"));
        }
        System.out.println("entente demo: ingesting " + input + " into " + dir.toAbsolutePath() + " ...");
        Store store = Store.open(dir);
        Demo.Result r;
        try {
            r = Demo.ingest(store, List.of(input), System.err);
        } catch (RuntimeException e) {
            store.close();
            System.err.println("entente demo: ingest failed: " + ServeCommand.rootMessage(e));
            return ExitCode.SOME_INPUTS_FAILED;
        }
        long events = store.stats().events();
        System.out.printf("entente demo: %d articles read, %d stored, %d event mentions, %d events, %d failed,"
                + " in %.1f s (%.1f s of it loading models and dictionaries)%n", r.articles(), r.written(),
                r.eventMentions(), events, r.failures(), r.seconds(), r.setupSeconds());
        if (ingestOnly) {
            store.close();
            return r.failures() > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
        }
        int code = ServeCommand.serve(store, host, port, java.util.List.of(), "demo store " + dir.toAbsolutePath());
        return code == ExitCode.OK && r.failures() > 0 ? ExitCode.SOME_INPUTS_FAILED : code;
    }

    /** Removes the temporary demo store (only ever called on the folder this command created). */
    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
