package org.entente.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.events.model.Modality;
import org.entente.store.Exporter;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.gdelt.GdeltExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente export --format F OUT}: the store in GDELT 2.0 layouts, JSON Lines, Parquet or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store out (gdelt, mentions, jsonl, parquet, csv).")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true,
            description = "gdelt (GDELT 2.0 Event, 61 tab-separated columns), mentions (GDELT 2.0 Mentions),"
                    + " jsonl (event mentions, code output shape), parquet, csv.")
    String format;

    @Option(names = "--table", defaultValue = "events",
            description = "For parquet/csv: events, mentions, articles or actors (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--from", description = "First event date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Last event date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--id-base", paramLabel = "N", defaultValue = "0",
            description = "For gdelt/mentions: add N to every GlobalEventID, so the rows can sit beside real GDELT"
                    + " ids without collision (ids must stay below 2^31; default: ${DEFAULT-VALUE}).")
    long idBase;

    @Parameters(index = "0", paramLabel = "OUT", description = "Output file (- for standard output).")
    Path out;

    @Override
    public Integer call() {
        Exporter.Format f;
        try {
            f = Exporter.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("entente export: unknown format '" + format + "' (gdelt, mentions, jsonl, parquet, csv)");
            return ExitCode.USAGE;
        }
        if (!store.exists()) {
            System.err.println("entente export: no store in " + store.dir() + " (run entente ingest first)");
            return ExitCode.USAGE;
        }
        boolean gdelt = f == Exporter.Format.GDELT || f == Exporter.Format.MENTIONS;
        GdeltExport.Options options;
        try {
            options = new GdeltExport.Options(store.modalities().stream().map(Modality::label)
                    .collect(Collectors.toSet()), idBase);
        } catch (IllegalArgumentException e) {
            System.err.println("entente export: --modality: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (Store s = Store.open(store.dir())) {
            Exporter exporter = new Exporter(s);
            long rows = exporter.export(f, table, from, to, out, options);
            if (!out.toString().equals("-")) {
                System.err.println("entente export: " + rows + " rows to " + out);
            }
            if (gdelt) {
                // GDELT has no modality column: say what the chosen modalities left out
                long[] left = exporter.leftOutByModality(from, to, options);
                if (left[0] > 0) {
                    System.err.println("entente export: " + left[0] + " events (" + left[1] + " reports) not written:"
                            + " modality other than " + String.join(",", new java.util.TreeSet<>(options.modalities()))
                            + " (GDELT has no modality column; choose others with --modality, e.g. --modality all)");
                }
            }
            long undated = gdelt ? exporter.undatedEvents(from, to) : 0;
            if (undated > 0) {
                System.err.println("entente export: " + undated + " undated events not written (a GDELT row needs a"
                        + " date: give undated inputs one with ingest --date, or export --format jsonl)");
            }
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("entente export: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (StoreException e) {
            System.err.println("entente export: " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
    }
}
