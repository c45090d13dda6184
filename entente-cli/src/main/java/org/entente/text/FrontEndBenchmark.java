package org.entente.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/**
 * Throughput of the front end, single thread, median of several runs after a warm-up run:
 * reading + cleaning a JSONL corpus, HTML main-content extraction over a folder of pages, split + tokenize +
 * POS over the clean texts, and the lemmatizer alone. Run by {@code scripts/bench-frontend.sh}.
 * Usage: {@code FrontEndBenchmark ARTICLES.jsonl [HTML_FOLDER] [RUNS] [ARTICLES_TO_ANALYZE]} (default: all).
 */
public final class FrontEndBenchmark {
    private FrontEndBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path jsonl = Path.of(args[0]);
        Path htmlDir = args.length > 1 ? Path.of(args[1]) : null;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        long jsonlBytes = Files.size(jsonl);

        List<Article> articles = new ArrayList<>();
        report("read+clean JSONL", runs, jsonlBytes, () -> {
            articles.clear();
            read(List.of(jsonl.toString()), InputFormat.JSONL, articles);
            return articles.size();
        }, "articles");

        if (htmlDir != null && Files.isDirectory(htmlDir)) {
            List<String> pages;
            try (Stream<Path> s = Files.list(htmlDir)) {
                pages = s.filter(p -> p.toString().endsWith(".html")).sorted().map(Path::toString).toList();
            }
            long htmlBytes = 0;
            for (String p : pages) {
                htmlBytes += Files.size(Path.of(p));
            }
            List<Article> sink = new ArrayList<>();
            report("HTML extraction", runs, htmlBytes, () -> {
                sink.clear();
                read(pages, InputFormat.HTML, sink);
                return sink.size();
            }, "pages");
        }

        List<Article> sample = articles.subList(0, Math.min(limit, articles.size()));
        long textBytes = 0;
        for (Article a : sample) {
            textBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        TextAnalyzer analyzer = TextAnalyzer.shared();
        List<Sentence> all = new ArrayList<>();
        report("split+tokenize+POS+lemma", runs, textBytes, () -> {
            all.clear();
            for (Article a : sample) {
                all.addAll(analyzer.sentences(a.text()));
            }
            return all.size();
        }, "sentences");

        List<Token> tokens = new ArrayList<>();
        for (Sentence s : all) {
            tokens.addAll(s.tokens());
        }
        Lemmatizer lem = Lemmatizer.english();
        report("lemmatizer alone", runs, 0, () -> {
            int n = 0;
            for (Token t : tokens) {
                n += lem.lemma(t.text(), t.pos()).length() > 0 ? 1 : 0;
            }
            return n;
        }, "tokens");
    }

    private interface Work {
        int run() throws IOException;
    }

    private static void read(List<String> inputs, InputFormat format, List<Article> out) {
        Sources.read(inputs, format, null, new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void failure(InputFailure failure) {
                // counted as not read; the benchmark reports how many items came through
            }
        });
    }

    private static void report(String what, int runs, long bytes, Work work, String unit) throws IOException {
        work.run(); // warm-up: JIT, model loading
        double[] secs = new double[runs];
        int items = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            items = work.run();
            secs[r] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = secs.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-26s %7d %-9s median %7.3f s (min %.3f, max %.3f, %d runs)  %9.0f %s/s", what, items, unit,
                median, sorted[0], sorted[runs - 1], runs, items / median, unit));
        if (bytes > 0) {
            sb.append(String.format(Locale.ROOT, "  %6.2f MB/s", bytes / 1e6 / median));
        }
        System.out.println(sb);
    }
}
