package org.entente.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;

/**
 * Recognition throughput on one thread: analyses real articles once (sentences and tokens are the input of
 * recognition, not part of it), then times {@link ActorRecognizer#recognize} over all of them several times and
 * prints the median MB/s of analysed text with the spread. A benchmark to rerun, never a timed test.
 *
 * <p>Usage: {@code scripts/bench-actors.sh [--corpus FILE] [--limit N] [--runs R]} (default corpus
 * ../shared/corpus/articles.jsonl, 1000 articles, 7 runs).
 */
public final class ActorBenchmark {
    private ActorBenchmark() {
    }

    /** Command-line options shared with {@link ActorComparison}. */
    record Options(Path corpus, int limit, int runs) {
        static Options parse(String[] args) {
            Path corpus = Path.of("../shared/corpus/articles.jsonl");
            int limit = 1000;
            int runs = 7;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(corpus, limit, runs);
        }
    }

    /** The first {@code limit} articles of a JSONL corpus, analysed, and the UTF-8 size of their clean text. */
    record Corpus(List<Document> docs, long bytes) {
        static Corpus load(Path corpus, int limit) throws java.io.IOException {
            ObjectMapper json = new ObjectMapper();
            TextAnalyzer analyzer = TextAnalyzer.shared();
            List<Document> docs = new ArrayList<>();
            long bytes = 0;
            try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null && docs.size() < limit) {
                    JsonNode r = json.readTree(line);
                    String text = r.path("text").asText("");
                    LocalDate date = null;
                    String d = r.path("date").asText("");
                    if (d.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                        date = LocalDate.parse(d.substring(0, 10));
                    }
                    docs.add(analyzer.analyze(new Article(r.path("id").asText(), r.path("id").asText(), null, null,
                            null, date, null, "en", text, Map.of())));
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            return new Corpus(docs, bytes);
        }
    }

    /**
     * Dictionary startup (the bundled files read, parsed and compiled into the trie: the first, cold load, then the
     * median of three warm ones) and the heap the loaded knowledge base keeps (used heap after a full GC, with and
     * without it). Printed before the corpus is read, so nothing else holds the heap.
     */
    private static void startupAndHeap() {
        long base = usedAfterGc();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadBundledFresh();
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9; // the load's own work, whatever else runs
        long held = usedAfterGc() - base;
        int rows = kb.entries().size();
        double[] warm = new double[3];
        for (int i = 0; i < warm.length; i++) {
            kb = null; // let the previous one go: one knowledge base at a time
            long t = System.nanoTime();
            kb = KnowledgeBase.loadBundledFresh();
            warm[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "knowledge base: %d rows (derived files: %s); startup cold %.2f s (thread CPU %.2f s),"
                        + " warm median %.2f s (min %.2f, max %.2f); heap held %.0f MB%n", rows, KnowledgeBase.derivedFiles(),
                cold, coldCpu, warm[1], warm[0], warm[2], held / 1e6);
        java.lang.ref.Reference.reachabilityFence(kb);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // a few rounds: finalizable and soft objects go on the second pass
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        int runs = o.runs();
        startupAndHeap();
        Corpus corpus = Corpus.load(o.corpus(), o.limit());
        List<Document> docs = corpus.docs();
        long bytes = corpus.bytes();
        ActorRecognizer recognizer = ActorRecognizer.standard(List.of());
        long mentions = 0;
        for (Document a : docs) { // warm-up
            mentions += recognizer.recognize(a).size();
        }
        double[] mbps = new double[runs];
        double[] cpuMbps = new double[runs];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long n = 0;
            for (Document a : docs) {
                n += recognizer.recognize(a).size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            mbps[r] = bytes / 1e6 / s;
            cpuMbps[r] = bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
            if (n != mentions) {
                throw new IllegalStateException("non-deterministic mention count");
            }
        }
        // Where the time goes: scanning + vocabulary lookup alone, then matching + resolution without coreference.
        PatternTrie trie = KnowledgeBase.bundled().trie();
        long c0 = mx.getCurrentThreadCpuTime();
        long words = 0;
        for (int r = 0; r < runs; r++) {
            for (Document a : docs) {
                for (org.entente.text.Sentence s : a.sentences()) {
                    WordScanner.Words w = new WordScanner.Words();
                    WordScanner.scan(a.article().text(), s.start(), s.end(), w, trie.vocabulary());
                    words += w.size;
                }
            }
        }
        double scanMbps = bytes * (double) runs / 1e6 / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        c0 = mx.getCurrentThreadCpuTime();
        long groups = 0;
        for (int r = 0; r < runs; r++) {
            for (Document a : docs) {
                for (org.entente.text.Sentence s : a.sentences()) {
                    WordScanner.Words w = new WordScanner.Words();
                    WordScanner.scan(a.article().text(), s.start(), s.end(), w, trie.vocabulary());
                    groups += Composer.compose(Composer.items(trie, w, a.article().date()), w).size();
                }
            }
        }
        double matchMbps = bytes * (double) runs / 1e6 / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        System.out.printf(Locale.ROOT, "phases (thread CPU): scan %.1f MB/s (%d words); scan+match+compose %.1f MB/s (%d groups)%n",
                scanMbps, words / runs, matchMbps, groups / runs);
        double[] sorted = mbps.clone();
        Arrays.sort(sorted);
        double[] cpu = cpuMbps.clone();
        Arrays.sort(cpu);
        // Wall time suffers when other processes share the cores; thread CPU time shows the code's own speed.
        System.out.printf(Locale.ROOT, "actor recognition, 1 thread: %d articles, %.2f MB, %d mentions; "
                        + "wall: median %.1f MB/s (min %.1f, max %.1f); thread CPU: median %.1f MB/s (min %.1f, max %.1f);"
                        + " %d runs%n", docs.size(), bytes / 1e6, mentions, sorted[runs / 2], sorted[0], sorted[runs - 1],
                cpu[runs / 2], cpu[0], cpu[runs - 1], runs);
    }
}
