package org.entente.store;

import java.nio.file.Path;

/**
 * A real export in its own JVM, for the kill test: {@code ExportChild DIR FORMAT OUT}. Prints "start" once the store
 * is open (so that a kill can be aimed at the export itself, not the JVM's start) and "finished ROWS" at the end.
 */
public final class ExportChild {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Exporter.Format format = Exporter.Format.valueOf(args[1]);
        Path out = Path.of(args[2]);
        try (Store store = Store.open(dir)) {
            store.stats();
            System.out.println("start");
            System.out.flush();
            long rows = new Exporter(store).export(format, format == Exporter.Format.PARQUET ? "mentions" : null,
                    null, null, out);
            System.out.println("finished " + rows);
        }
        System.exit(0);
    }
}
