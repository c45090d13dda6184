package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.entente.store.Exporter;
import org.entente.store.JobOutputImport;
import org.entente.store.Store;
import org.entente.store.gdelt.GdeltExport;

/**
 * The job's GDELT 2.0 files ({@code --gdelt}): {@code OUT/gdelt/events.export.CSV} (the 61 Event columns) and
 * {@code OUT/gdelt/events.mentions.CSV} (the 16 Mentions columns), written by the very exporter of
 * {@code ./entente export --format gdelt|mentions}. A GDELT event is a resolved event (its NumMentions,
 * NumArticles and AvgTone count every report of it, across articles), and resolution is the store's work: so the
 * driver imports the job's output into a scratch store as {@code ./entente ingest OUT} does, exports it, and
 * deletes the scratch store. That needs OUT on the driver's file system (DuckDB reads the Parquet there).
 */
final class GdeltOutput {
    static final String FOLDER = "gdelt";
    static final String EVENTS = "events.export.CSV";
    static final String MENTIONS = "events.mentions.CSV";

    /** Rows written to each file, and events left out because they have no date (GDELT rows need one). */
    record Written(long events, long mentions, long undated) {
    }

    private GdeltOutput() {
    }

    /** Writes the two files under {@code out/gdelt/} from the job's Parquet in {@code out}. */
    static Written write(Path out, String entente) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("entente-spark-gdelt");
            Files.createDirectories(out.resolve(FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make room for the GDELT files: " + e.getMessage(), e);
        }
        try (Store store = Store.open(scratch.resolve("store"))) {
            JobOutputImport.run(store, out, entente);
            Exporter exporter = new Exporter(store);
            GdeltExport.Options asserted = GdeltExport.Options.defaults();
            long events = exporter.export(Exporter.Format.GDELT, null, null, null,
                    out.resolve(FOLDER).resolve(EVENTS), asserted);
            long mentions = exporter.export(Exporter.Format.MENTIONS, null, null, null,
                    out.resolve(FOLDER).resolve(MENTIONS), asserted);
            return new Written(events, mentions, exporter.undatedEvents(null, null));
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("entente spark: cannot delete the scratch store " + dir + ": " + e.getMessage());
        }
    }
}
