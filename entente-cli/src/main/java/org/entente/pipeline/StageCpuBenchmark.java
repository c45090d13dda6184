package org.entente.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/**
 * CPU cost of the analyse, actors and code stages, per article, in thread CPU time: on a machine shared with other
 * work, wall-clock stage times mostly measure waiting for a core, CPU time much less so. One thread; the articles
 * are read into memory first (not timed). Each run starts a fresh thread, so per-thread memos (the tokenizer's)
 * start empty every run, as they do for a new worker. Prints each run and the median, min and max per stage.
 *
 * <p>Usage: {@code scripts/bench-cpu.sh --corpus FILE [--limit N] [--runs R] [--warmup N]}
 */
public final class StageCpuBenchmark {
    private static final String[] STAGES = {Pipeline.ANALYSE, Pipeline.ACTORS, Pipeline.CODE};

    private StageCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = null;
        int limit = 1000;
        int runs = 5;
        int warmup = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (corpus == null) {
            throw new IllegalArgumentException("--corpus FILE is required");
        }
        List<Article> articles = read(corpus, limit);
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        runOnFreshThread(pipeline, articles.subList(0, Math.min(warmup, articles.size())));
        Map<String, double[]> perRun = new LinkedHashMap<>();
        for (String s : STAGES) {
            perRun.put(s, new double[runs]);
        }
        double[] total = new double[runs];
        System.out.printf("stage CPU per article, %d articles, 1 thread, %d runs after %d warm-up articles%n",
                articles.size(), runs, warmup);
        for (int r = 0; r < runs; r++) {
            Map<String, Long> nanos = runOnFreshThread(pipeline, articles);
            StringBuilder line = new StringBuilder("  run " + (r + 1) + ":");
            for (String s : STAGES) {
                double ms = nanos.getOrDefault(s, 0L) / 1e6 / articles.size();
                perRun.get(s)[r] = ms;
                total[r] += ms;
                line.append(String.format("  %s %.3f", s, ms));
            }
            System.out.println(line.append(String.format("  total %.3f ms", total[r])));
        }
        for (String s : STAGES) {
            System.out.println(summary(s, perRun.get(s)));
        }
        System.out.println(summary("total", total));
    }

    private static String summary(String name, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format("  %-8s median %.3f ms/article (min %.3f, max %.3f)", name, v[v.length / 2], v[0],
                v[v.length - 1]);
    }

    private static List<Article> read(String corpus, int limit) {
        List<Article> out = new ArrayList<>();
        Sources.read(List.of(corpus), InputFormat.AUTO, LocalDate.now(), new ArticleSink() {
            @Override
            public void article(Article a) {
                if (limit <= 0 || out.size() < limit) {
                    out.add(a);
                }
            }

            @Override
            public void failure(InputFailure f) {
                System.err.println("skipped " + f);
            }
        });
        return out;
    }

    /** Processes {@code articles} on a new thread; thread CPU nanoseconds per stage. */
    private static Map<String, Long> runOnFreshThread(Pipeline pipeline, List<Article> articles)
            throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        Pipeline.StageTimer timer = new Pipeline.StageTimer() {
            @Override
            public void record(String stage, long elapsed) {
                nanos.merge(stage, elapsed, Long::sum);
            }

            @Override
            public long now() {
                return mx.getCurrentThreadCpuTime();
            }
        };
        Thread t = new Thread(() -> {
            for (Article a : articles) {
                pipeline.process(a, timer);
            }
        }, "stage-cpu");
        t.start();
        t.join();
        return nanos;
    }
}
