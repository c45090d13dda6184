package org.entente.spark;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.CodingBudget;

/**
 * Codes a task's articles one at a time on a thread of the task's own, within the {@link CodingBudget} the ingest
 * uses (thread CPU time, with a clock ceiling), so that one pathological article cannot stall its partition: the
 * task waits for the article, checks the budget every {@link #CHECK}, and past it cancels the coding (the pipeline
 * stops at its next check of the thread's interrupt) and goes on with the next article. A coding thread that was
 * cancelled is left to finish alone; the next article gets a fresh thread, so it never waits behind the last one.
 */
final class TimedCoding implements AutoCloseable {
    /** Why an article was not coded in time, with the budget's own wording. */
    static final class OverBudget extends Exception {
        OverBudget(String reason) {
            super(reason);
        }
    }

    private static final Duration CHECK = Duration.ofMillis(100);

    private final CodingBudget budget;
    private ExecutorService thread;

    TimedCoding(CodingBudget budget) {
        this.budget = budget;
    }

    /** The coded article; {@link OverBudget} past the budget, {@link ExecutionException} if coding failed. */
    CodedArticle code(Pipeline pipeline, Article article) throws OverBudget, ExecutionException {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "entente-spark-code");
                t.setDaemon(true);
                return t;
            });
        }
        CodingBudget.Meter meter = new CodingBudget.Meter();
        Future<CodedArticle> coded = thread.submit(() -> {
            meter.start();
            return pipeline.process(article);
        });
        while (true) {
            try {
                return coded.get(CHECK.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                String overrun = meter.overrun(budget);
                if (overrun != null) {
                    coded.cancel(true);
                    close();
                    throw new OverBudget(overrun);
                }
            } catch (InterruptedException e) {
                // the task itself was killed: stop the coding with it
                coded.cancel(true);
                close();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while coding " + article.name(), e);
            }
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
