package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.CodedArticle;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;

/**
 * The store stage as the bench drives it: the product's DuckDB store and its writer, fed batches by one thread,
 * as {@code entente ingest} does (whole articles grouped per transaction, event resolution included).
 */
final class BenchStore implements AutoCloseable {
    private final Store store;
    private final StoreWriter writer;

    private BenchStore(Store store, StoreWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    static BenchStore open(Path dir) {
        Store store = Store.open(dir);
        try {
            return new BenchStore(store, StoreWriter.start(store, Resolution.standard(), "entente bench",
                    "standard", "standard", "bench"));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Writes a batch; returns the failures as "article: reason" lines (empty when all went in). */
    List<String> write(List<CodedArticle> batch) {
        List<StoreWriter.Written> out = writer.writeAll(batch);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).outcome() == StoreWriter.Outcome.FAILED) {
                failures.add(batch.get(i).analyzed().article().name() + ": store write failed: " + out.get(i).error());
            }
        }
        return failures;
    }

    @Override
    public void close() {
        store.close();
    }
}
