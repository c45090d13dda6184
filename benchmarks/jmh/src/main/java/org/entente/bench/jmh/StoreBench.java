package org.entente.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.entente.text.AnalyzedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Store writes per article: batches of 64 coded articles (as ingest and bench write them) into a real DuckDB
 * store, each batch under fresh article ids so nothing is skipped as already stored. A new store per iteration
 * keeps the table sizes (and so event resolution's scans) comparable between iterations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class StoreBench {
    private static final int BATCH = 64;

    private List<CodedArticle> coded;
    private Path dir;
    private Store store;
    private StoreWriter writer;
    private long pass;

    @Setup(Level.Trial)
    public void code() {
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        coded = new ArrayList<>();
        for (Article a : Corpus.load().subList(0, BATCH)) {
            coded.add(pipeline.process(a));
        }
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("entente-jmh-store");
        store = Store.open(dir);
        writer = StoreWriter.start(store, Resolution.standard(), "jmh", "standard", "standard", "jmh");
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object writeBatch() {
        pass++;
        List<CodedArticle> batch = new ArrayList<>(BATCH);
        for (CodedArticle c : coded) {
            Article a = c.analyzed().article();
            Article fresh = new Article(a.id() + "-j" + pass, a.name(), a.url(), a.outlet(), a.title(), a.date(),
                    a.author(), a.language(), a.text(), a.meta());
            batch.add(new CodedArticle(new AnalyzedArticle(fresh, c.analyzed().sentences()), c.actors(), c.events()));
        }
        return writer.writeAll(batch);
    }
}
