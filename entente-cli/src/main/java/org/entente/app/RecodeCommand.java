package org.entente.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.store.Reresolver;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente recode [--db DIR]}: groups a store's stored event mentions into events again under the current
 * resolution rule, without reading the articles again (after the rule or its thresholds changed).
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Re-resolve the store's event mentions into events under the current rule (no re-reading).")
public final class RecodeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ./entente-data).")
    Path db;

    @Option(names = "--json", description = "Print a JSON summary on stdout when done.")
    boolean json;

    @Override
    public Integer call() {
        Path dir = db == null ? Store.defaultDir() : db;
        if (!Files.isRegularFile(dir.resolve("entente.duckdb"))) {
            System.err.println("entente recode: " + dir + ": no store there");
            return ExitCode.USAGE;
        }
        long t0 = System.nanoTime();
        Reresolver.Result r;
        try (Store store = Store.open(dir)) {
            r = Reresolver.run(store, Resolution.standard());
        } catch (StoreException e) {
            System.err.println("entente recode: " + dir + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("articles", r.articles());
            o.put("event_mentions", r.mentions());
            o.put("events_before", r.eventsBefore());
            o.put("events_after", r.eventsAfter());
            o.put("seconds", seconds);
            Main.stdout().println(o);
        } else {
            System.err.printf("entente recode: %d articles, %d event mentions: %d events before, %d after (%.1f s)%n",
                    r.articles(), r.mentions(), r.eventsBefore(), r.eventsAfter(), seconds);
        }
        return ExitCode.OK;
    }
}
