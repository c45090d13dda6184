package org.entente.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.entente.actors.ActorRecognizer;
import org.entente.events.EventCoder;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.GroupCommit;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;

/**
 * Runs the whole product path over a corpus the way ingest does: one reader thread (the product's readers),
 * T worker threads (analyse, actors, code through {@link Pipeline}), one store writer thread taking batches.
 * Bounded queues between them keep memory flat whatever the corpus size. A stage that is not built yet is
 * reported as unavailable and skipped, so the rest can still be timed.
 */
public final class BenchRunner {
    private static final Article END = new Article("", "", null, null, null, null, null, null, "", null);
    private static final CodedArticle END_CODED = new CodedArticle(null, List.of(), List.of());

    private final BenchConfig config;
    private final PrintStream err;
    private final Pipeline pipeline;
    private final Map<Stage, String> unavailable = new EnumMap<>(Stage.class);
    private final double startupSeconds;

    public BenchRunner(BenchConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
        long t0 = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.shared();
        ActorRecognizer actors;
        try {
            actors = ActorRecognizer.standard(List.of());
        } catch (UnsupportedOperationException e) {
            unavailable.put(Stage.ACTORS, e.getMessage());
            actors = a -> List.of();
        }
        EventCoder coder;
        try {
            coder = EventCoder.standard(List.of());
        } catch (UnsupportedOperationException e) {
            unavailable.put(Stage.CODE, e.getMessage());
            coder = (a, m) -> List.of();
        }
        if (!config.store()) {
            unavailable.put(Stage.STORE, "skipped (--no-store)");
        }
        pipeline = new Pipeline(analyzer, actors, coder);
        startupSeconds = (System.nanoTime() - t0) / 1e9;
    }

    /** Stages that were not timed, with the reason. */
    public Map<Stage, String> unavailable() {
        return Map.copyOf(unavailable);
    }

    /** Seconds spent loading models and dictionaries before the first article. */
    public double startupSeconds() {
        return startupSeconds;
    }

    /** Pushes the first {@code warmup} articles through the pipeline untimed, without the store. */
    public void warmup() {
        if (config.warmup() > 0) {
            execute(config.warmup(), false);
        }
    }

    /** One timed run. */
    public RunResult run() {
        return execute(config.limit(), config.store() && !unavailable.containsKey(Stage.STORE));
    }

    private RunResult execute(int limit, boolean withStore) {
        System.gc(); // start each run from the same clean heap so runs compare
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Counters counters = new Counters();
        StageClock clock = new StageClock();
        BlockingQueue<Article> articles = new ArrayBlockingQueue<>(config.threads() * 8);
        BlockingQueue<CodedArticle> coded = new ArrayBlockingQueue<>(GroupCommit.BATCH * 4);
        Path db = null;
        BenchStore store = null;
        try (HeapMonitor heap = new HeapMonitor()) {
            if (withStore) {
                db = config.db() != null ? config.db() : Files.createTempDirectory("entente-bench-db");
                store = BenchStore.open(db);
            }
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            threads.add(start("bench-reader", () -> read(articles, limit, counters, clock)));
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < config.threads(); i++) {
                workers.add(start("bench-worker-" + i, () -> work(articles, coded, counters, clock)));
            }
            BenchStore writer = store;
            Thread storeThread = start("bench-store", () -> write(coded, writer, counters, clock));
            for (Thread w : workers) {
                w.join();
            }
            coded.put(END_CODED);
            storeThread.join();
            threads.get(0).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new RunResult(counters.articles.get(), counters.failed.get(), seconds, counters.sentences.get(),
                    counters.tagged.get(), counters.tokens.get(), counters.bytes.get(), counters.actors.get(), counters.events.get(),
                    clock.snapshot(), heap.peakUsed(), heap.peakAfterGc(), heap.collections(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store folder", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } finally {
            if (store != null) {
                store.close();
            }
            if (db != null && config.db() == null) {
                deleteTree(db);
            }
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }

    /** Thrown from the sink to stop a reader once the limit is reached (an Error so readers don't swallow it). */
    private static final class StopReading extends Error {
        StopReading() {
            super("limit reached", null, false, false);
        }
    }

    private void read(BlockingQueue<Article> out, int limit, Counters counters, StageClock clock) {
        AtomicLong inSink = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long t0 = System.nanoTime();
        try {
            for (int pass = 0; pass < config.repeat() && (limit == 0 || sent.get() < limit); pass++) {
                int p = pass;
                try {
                    Sources.read(config.inputs(), config.format(), null, new ArticleSink() {
                        @Override
                        public void article(Article a) {
                            long s = System.nanoTime();
                            if (limit > 0 && sent.get() >= limit) {
                                throw new StopReading();
                            }
                            try {
                                out.put(p == 0 ? a : fresh(a, p));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new StopReading();
                            }
                            sent.incrementAndGet();
                            inSink.addAndGet(System.nanoTime() - s);
                        }

                        @Override
                        public void failure(InputFailure f) {
                            if (p == 0 && (limit == 0 || sent.get() < limit)) {
                                counters.failed.incrementAndGet();
                                err.println("entente bench: " + f);
                            }
                        }
                    });
                } catch (StopReading stop) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            counters.failed.incrementAndGet();
            err.println("entente bench: reading failed: " + e);
        } finally {
            clock.add(Stage.READ, System.nanoTime() - t0 - inSink.get());
            for (int i = 0; i < config.threads(); i++) {
                putQuietly(out, END);
            }
        }
    }

    /** The same article under a new id, so a repeated pass is new to the store rather than a re-ingest. */
    static Article fresh(Article a, int pass) {
        return new Article(a.id() + "-r" + pass, a.name() + "#r" + pass, a.url(), a.outlet(), a.title(), a.date(),
                a.author(), a.language(), a.text(), a.meta());
    }

    private void work(BlockingQueue<Article> in, BlockingQueue<CodedArticle> out, Counters counters,
                      StageClock clock) {
        try {
            while (true) {
                Article a = in.take();
                if (a == END) {
                    return;
                }
                CodedArticle c;
                try {
                    c = pipeline.process(a, clock);
                } catch (RuntimeException | StackOverflowError e) {
                    counters.failed.incrementAndGet();
                    err.println("entente bench: " + new InputFailure(a.name(), "processing failed: " + e));
                    continue;
                }
                counters.count(c);
                out.put(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stores as {@code entente ingest} does: the same {@link GroupCommit} batches, one transaction each. */
    private void write(BlockingQueue<CodedArticle> in, BenchStore store, Counters counters, StageClock clock) {
        try {
            GroupCommit.run(in, END_CODED, c -> c, batch -> {
                if (store != null) {
                    commit(store, batch, counters, clock);
                }
            }, () -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(BenchStore store, List<CodedArticle> batch, Counters counters, StageClock clock) {
        long t0 = System.nanoTime();
        try {
            for (String failure : store.write(batch)) {
                counters.failed.incrementAndGet();
                err.println("entente bench: " + failure);
            }
        } catch (RuntimeException e) {
            counters.failed.addAndGet(batch.size());
            err.println("entente bench: store write failed for " + batch.size() + " articles from "
                    + batch.get(0).analyzed().article().name() + ": " + e);
        }
        clock.add(Stage.STORE, System.nanoTime() - t0);
    }

    private static <T> void putQuietly(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the bench for
        }
    }

    /** Totals over all threads of one run. */
    private static final class Counters {
        final AtomicLong articles = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong sentences = new AtomicLong();
        final AtomicLong tagged = new AtomicLong();
        final AtomicLong tokens = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong actors = new AtomicLong();
        final AtomicLong events = new AtomicLong();

        void count(CodedArticle c) {
            articles.incrementAndGet();
            List<Sentence> ss = c.analyzed().sentences();
            sentences.addAndGet(ss.size());
            long t = 0;
            long tg = 0;
            for (Sentence s : ss) {
                t += s.tokens().size();
                if (!s.tokens().isEmpty() && s.tokens().get(0).pos() != null) {
                    tg++;
                }
            }
            tagged.addAndGet(tg);
            tokens.addAndGet(t);
            bytes.addAndGet(utf8Length(c.analyzed().article().text()));
            actors.addAndGet(c.actors().size());
            events.addAndGet(c.events().size());
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n += 1;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
