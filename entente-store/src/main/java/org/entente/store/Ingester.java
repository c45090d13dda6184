package org.entente.store;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.pipeline.CodedArticle;

/**
 * Parallel ingest: the calling thread reads, {@code threads} workers code, ONE writer thread stores. The writer
 * takes articles in input order (a queue of futures), so the store grows the same way on every run — event
 * ids and groupings included — and a killed ingest that is rerun ends exactly as one clean run would.
 * Memory stays bounded: reading waits while {@code 4 × threads} articles are in flight.
 */
public final class Ingester {
    /** How often the writer looks for a waiting process (a file check; it only lets go when one waits). */
    private static final Duration YIELD_EVERY = Duration.ofMillis(250);
    /** Longer than a waiting process's retry interval (at most 100 ms), so that it always gets its turn. */
    private static final Duration YIELD_PAUSE = Duration.ofMillis(150);

    /** Counters, readable while the ingest runs (for a progress bar). */
    public static final class Counters {
        public final AtomicLong read = new AtomicLong();
        public final AtomicLong written = new AtomicLong();
        public final AtomicLong skipped = new AtomicLong();
        public final AtomicLong failed = new AtomicLong();
        public final AtomicLong eventMentions = new AtomicLong();
        /** Stored without coding: written in a language the coder does not read. */
        public final AtomicLong uncoded = new AtomicLong();

        public long done() {
            return written.get() + skipped.get() + failed.get();
        }
    }

    /** The outcome of a run; {@code uncoded} names the first {@link #MAX_NAMED} articles stored uncoded. */
    public record Result(long read, long written, long skipped, long failed, long eventMentions, Duration elapsed,
                         long uncodedCount, List<Uncoded> uncoded) {
    }

    /** An article stored without coding because of its language. */
    public record Uncoded(String article, String language) {
    }

    /** How many uncoded articles a result names (the count covers all of them; memory stays bounded). */
    public static final int MAX_NAMED = 1000;

    private record Job(Article article, Future<CodedArticle> coded, CodingBudget.Meter meter) {
    }

    private static final Job END = new Job(null, null, null);
    /** How often the writer, waiting for an article, checks the article's coding budget. */
    private static final Duration BUDGET_CHECK = Duration.ofMillis(200);

    private final StoreWriter writer;
    private final Store store;
    private final Function<Article, CodedArticle> coder;
    private final int threads;
    private final PrintStream err;
    private final CodingBudget budget;
    private final Counters counters = new Counters();
    private final List<Uncoded> uncoded = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public Ingester(Store store, StoreWriter writer, Function<Article, CodedArticle> coder, int threads,
                    PrintStream err) {
        this(store, writer, coder, threads, err, CodingBudget.standard());
    }

    public Ingester(Store store, StoreWriter writer, Function<Article, CodedArticle> coder, int threads,
                    PrintStream err, CodingBudget budget) {
        this.store = store;
        this.writer = writer;
        this.coder = coder;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.budget = budget;
    }

    public Counters counters() {
        return counters;
    }

    /** Runs the ingest over what {@code source} pushes into the sink it is given. */
    public Result run(Consumer<ArticleSink> source) {
        long t0 = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-code");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(threads * 4);
        Thread writerThread = new Thread(() -> {
            try {
                writeLoop(queue);
            } catch (Throwable t) {
                // the writer cannot go on (store gone, VM error): say so, and keep draining so reading never blocks
                err.println("entente: store writer stopped: " + t);
                drain(queue);
            }
        }, "entente-writer");
        writerThread.start();
        try {
            source.accept(new ArticleSink() {
                @Override
                public void article(Article a) {
                    counters.read.incrementAndGet();
                    if (store.hasArticle(a)) {
                        // already stored by an earlier (possibly killed) run: no need to code it again
                        counters.skipped.incrementAndGet();
                        return;
                    }
                    CodingBudget.Meter meter = new CodingBudget.Meter();
                    put(queue, new Job(a, workers.submit(() -> {
                        meter.start();
                        return coder.apply(a);
                    }), meter));
                }

                @Override
                public void failure(InputFailure f) {
                    counters.failed.incrementAndGet();
                    err.println("entente: " + f);
                }

                @Override
                public void warning(InputFailure w) {
                    err.println("entente: " + w.input() + ": warning: " + w.reason());
                }
            });
        } finally {
            put(queue, END);
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.shutdownNow();
        }
        return new Result(counters.read.get(), counters.written.get(), counters.skipped.get(), counters.failed.get(),
                counters.eventMentions.get(), Duration.ofNanos(System.nanoTime() - t0), counters.uncoded.get(),
                List.copyOf(uncoded));
    }

    /** Stores in input order, one transaction per {@link GroupCommit} batch. */
    private void writeLoop(BlockingQueue<Job> queue) {
        long[] lastYield = {System.nanoTime()};
        try {
            GroupCommit.run(queue, END, this::await, this::flush, () -> {
                if (System.nanoTime() - lastYield[0] > YIELD_EVERY.toNanos()) {
                    // let a process that waits for the file (a reader) take it for a moment
                    store.yieldLock(YIELD_PAUSE);
                    lastYield[0] = System.nanoTime();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(BlockingQueue<Job> queue) {
        while (true) {
            try {
                Job j = queue.take();
                if (j == END) {
                    return;
                }
                fail(j.article(), "not stored: the store writer stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The job's coded article, or null if it failed or overran its {@link CodingBudget}: then its coding is
     * cancelled (the pipeline stops at its next check of the thread's interrupt), the article is named with the
     * reason, and the writer goes on with the next one.
     */
    private CodedArticle await(Job job) {
        try {
            while (true) {
                try {
                    return job.coded().get(BUDGET_CHECK.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    String overrun = job.meter().overrun(budget);
                    if (overrun != null) {
                        job.coded().cancel(true);
                        fail(job.article(), overrun);
                        return null;
                    }
                }
            }
        } catch (CancellationException e) {
            fail(job.article(), "coding cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            fail(job.article(), "coding failed: " + Store.describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void flush(List<CodedArticle> batch) {
        try {
            List<StoreWriter.Written> out = writer.writeAll(batch);
            for (int i = 0; i < out.size(); i++) {
                StoreWriter.Written w = out.get(i);
                if (w.outcome() == StoreWriter.Outcome.FAILED) {
                    fail(batch.get(i).analyzed().article(), "store failed: " + w.error());
                } else {
                    if (w.note() != null) {
                        err.println("entente: " + batch.get(i).analyzed().article().name() + ": warning: " + w.note());
                    }
                    count(w.outcome(), batch.get(i));
                }
            }
        } catch (RuntimeException e) {
            // the store itself is unusable (cannot open, disk full): every article of the batch failed
            for (CodedArticle c : batch) {
                fail(c.analyzed().article(), "store failed: " + Store.firstLine(String.valueOf(e.getMessage())));
            }
        }
    }

    private void count(StoreWriter.Outcome o, CodedArticle c) {
        if (o == StoreWriter.Outcome.WRITTEN) {
            counters.written.incrementAndGet();
            counters.eventMentions.addAndGet(c.events().size());
            if (c.uncodedLanguage()) {
                Article a = c.analyzed().article();
                String name = a.name() != null ? a.name() : a.id();
                counters.uncoded.incrementAndGet();
                if (uncoded.size() < MAX_NAMED) {
                    uncoded.add(new Uncoded(name, a.language()));
                }
                err.println("entente: " + name + ": stored, not coded: written in "
                        + org.entente.text.LanguageDetector.name(a.language()) + " (" + a.language()
                        + "); the coder reads " + String.join(", ", org.entente.pipeline.Pipeline.CODED_LANGUAGES));
            }
        } else {
            counters.skipped.incrementAndGet();
        }
    }

    private void fail(Article a, String reason) {
        counters.failed.incrementAndGet();
        err.println("entente: " + new InputFailure(a.name() != null ? a.name() : a.id(), reason));
    }

    private static void put(BlockingQueue<Job> q, Job j) {
        try {
            q.put(j);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
