package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Store;
import org.entente.web.StoreData;
import org.entente.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente serve}: the REST API under /api/ and the dashboard at / over an existing store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/api/, OpenAPI at /api/openapi.json) and the dashboard (/) over a store.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--db", description = "Store folder (default: ./entente-data).")
    Path db;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "Also answer requests addressed to this "
            + "host name (repeatable); loopback names and the --host address are always answered, others get 403 "
            + "(a guard against DNS rebinding).")
    List<String> allowHosts;

    @Override
    public Integer call() {
        Path dir = db != null ? db : Store.defaultDir();
        if (!Files.isRegularFile(dir.resolve(Store.FILE))) {
            System.err.println("entente serve: no store in " + dir + " (fill one with ./entente ingest --db " + dir
                    + " FILES, or try ./entente demo)");
            return ExitCode.USAGE;
        }
        return serve(Store.open(dir), host, port, allowHosts == null ? List.of() : allowHosts,
                "store " + dir.toAbsolutePath());
    }

    /** Serves {@code store} until the process is stopped; shared with {@code demo}. */
    static int serve(Store store, String host, int port, List<String> allowHosts, String what) {
        if (port < 0 || port > 65535) {
            System.err.println("entente: --port must be 0..65535, got " + port);
            store.close();
            return ExitCode.USAGE;
        }
        WebServer.quietLogs();
        StoreData data = new StoreData(store, true);
        WebServer server;
        try {
            server = WebServer.start(data, host, port, allowHosts);
        } catch (RuntimeException e) {
            data.close();
            System.err.println("entente: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCode.SOME_INPUTS_FAILED;
        }
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        System.out.println("Entente dashboard: http://" + shown + ":" + server.port() + "/  (" + what + ")");
        System.out.println("API: http://" + shown + ":" + server.port() + "/api/  ·  OpenAPI: http://" + shown + ":"
                + server.port() + "/api/openapi.json  ·  Ctrl-C stops");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            data.close();
        }, "entente-serve-stop"));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
