package org.entente.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.text.Document;

/**
 * Times the pipeline's stages on a corpus, one stage at a time, so the coder's share can be compared with POS
 * tagging: median and spread over several runs after one warm-up run.
 */
public final class StageTimer {
    /** Median and range, in milliseconds, of each stage over the runs. */
    public record Result(int articles, int sentences, int events, int runs, double[] analyzeMs, double[] actorsMs,
                         double[] coderMs) {
        public String summary() {
            return String.format(Locale.ROOT, "%d articles, %d sentences, %d events; %d runs after warm-up%n"
                            + "  analysis (sentences, tokens, POS): %s%n  actors: %s%n  coder: %s%n"
                            + "  coder / analysis = %.3f (median)", articles, sentences, events, runs,
                    fmt(analyzeMs), fmt(actorsMs), fmt(coderMs), median(coderMs) / median(analyzeMs));
        }

        private static String fmt(double[] ms) {
            double[] c = ms.clone();
            Arrays.sort(c);
            return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f)", median(ms), c[0], c[c.length - 1]);
        }
    }

    private StageTimer() {
    }

    public static Result run(Pipeline pipeline, Path corpus, int limit, int runs) throws IOException {
        List<Article> articles = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && articles.size() < limit) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = m.readTree(line);
                String text = n.path("text").asText("");
                java.time.LocalDate date = null;
                String d = n.path("date").asText("");
                if (d.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    date = java.time.LocalDate.parse(d.substring(0, 10));
                }
                articles.add(new Article(n.path("id").asText(), n.path("id").asText(), null, null, null, date, null,
                        "en", text, Map.of()));
            }
        }
        double[] an = new double[runs];
        double[] ac = new double[runs];
        double[] co = new double[runs];
        int sentences = 0;
        int events = 0;
        for (int run = -1; run < runs; run++) {
            long tA = 0;
            long tB = 0;
            long tC = 0;
            sentences = 0;
            events = 0;
            for (Article a : articles) {
                long t0 = System.nanoTime();
                Document analyzed = pipeline.analyzer().analyze(a);
                long t1 = System.nanoTime();
                List<ActorMention> actors = pipeline.actors().recognize(analyzed);
                long t2 = System.nanoTime();
                events += pipeline.coder().code(analyzed, actors).size();
                long t3 = System.nanoTime();
                tA += t1 - t0;
                tB += t2 - t1;
                tC += t3 - t2;
                sentences += analyzed.sentences().size();
            }
            if (run >= 0) {
                an[run] = tA / 1e6;
                ac[run] = tB / 1e6;
                co[run] = tC / 1e6;
            }
        }
        return new Result(articles.size(), sentences, events, runs, an, ac, co);
    }

    static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
