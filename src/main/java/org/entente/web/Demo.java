package org.entente.web;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;

/**
 * Fills a store from the bundled samples for {@code entente demo} (and the browser test): the standard pipeline
 * on every core, one writer. The samples are a few dozen articles, so they are read into memory first.
 */
public final class Demo {
    private Demo() {
    }

    /** What an ingest did. */
    /**
     * What an ingest did.
     *
     * @param setupSeconds loading the pipeline (models, actor knowledge base, patterns): paid once per process
     * @param seconds      the whole ingest, reading and setup included
     */
    public record Result(int articles, int written, int failures, long eventMentions, double setupSeconds,
                         double seconds) {
    }

    /** The samples folder: {@code samples/} next to the launcher ({@code entente.home}), else under the cwd. */
    public static Path samples() {
        String home = System.getProperty("entente.home");
        Path p = home != null ? Path.of(home, "samples") : Path.of("samples");
        return Files.isDirectory(p) ? p : Path.of("samples");
    }

    public static Result ingest(Store store, List<Path> inputs, PrintStream err) {
        long t0 = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        Sources.read(inputs.stream().map(Path::toString).toList(), InputFormat.AUTO, null, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void failure(InputFailure failure) {
                failures.add(failure);
            }
        });
        long t1 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        double setup = (System.nanoTime() - t1) / 1e9;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), articles.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "entente demo", "standard", "standard",
                String.join(" ", inputs.stream().map(Path::toString).toList()));
        int written = 0;
        long events = 0;
        try {
            List<Future<CodedArticle>> coded = new ArrayList<>();
            for (Article a : articles) {
                coded.add(pool.submit(() -> pipeline.process(a)));
            }
            for (int i = 0; i < coded.size(); i++) {
                try {
                    CodedArticle c = coded.get(i).get();
                    if (writer.write(c) == StoreWriter.Outcome.WRITTEN) {
                        written++;
                        events += c.events().size();
                    }
                } catch (Exception e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    failures.add(new InputFailure(articles.get(i).name(), "processing failed: " + cause));
                }
            }
        } catch (RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
        pool.shutdown();
        for (InputFailure f : failures) {
            err.println("entente demo: " + f);
        }
        return new Result(articles.size(), written, failures.size(), events, setup, (System.nanoTime() - t0) / 1e9);
    }
}
