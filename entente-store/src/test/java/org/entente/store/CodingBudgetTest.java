package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article that never finishes coding must not hold the ingest: the writer names it with the reason once it
 * has used its CPU budget, cancels it, and stores the articles after it.
 */
class CodingBudgetTest {
    @TempDir
    Path tmp;

    @Test
    void anArticleOverItsBudgetIsNamedAndTheRestStored() {
        List<Article> articles = SyntheticNews.articles(3, 12);
        Article endless = articles.get(2);
        SyntheticNews plain = new SyntheticNews();
        Function<Article, CodedArticle> coder = a -> {
            if (a.id().equals(endless.id())) {
                spinUntilInterrupted();
            }
            return plain.apply(a);
        };
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Ingester.Result r;
        try (Store store = Store.open(tmp.resolve("db"))) {
            StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "test", "a", "c", "generated");
            CodingBudget budget = new CodingBudget(Duration.ofMillis(300), Duration.ofMinutes(5));
            r = new Ingester(store, writer, coder, 2, err, budget).run(sink -> articles.forEach(sink::article));
            assertEquals(11, store.stats().articles());
        }
        String said = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(11, r.written());
        assertEquals(1, r.failed());
        assertTrue(said.contains(endless.name()) && said.contains("CPU budget; skipped"), said);
    }

    /** A coder stuck in a loop that only the ingest's cancellation ends (burning CPU, as a runaway rule would). */
    private static void spinUntilInterrupted() {
        long x = 0;
        while (!Thread.currentThread().isInterrupted()) {
            x += System.nanoTime() % 7;
        }
        throw new CancellationException("stopped after " + x);
    }
}
