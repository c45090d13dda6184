package org.entente.bench;

import java.nio.file.Path;
import java.util.List;
import org.entente.pipeline.CodedArticle;

/** The store stage as the bench drives it: one writer thread hands it batches of coded articles. */
interface BenchStore extends AutoCloseable {
    void write(List<CodedArticle> batch);

    @Override
    void close();

    /** Opens the product's store in {@code dir}; throws UnsupportedOperationException while there is none. */
    static BenchStore open(Path dir) {
        throw new UnsupportedOperationException("store: issue 5 not merged yet");
    }
}
