package org.entente.bench.corenlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.bench.BenchConfig;
import org.entente.bench.BenchRunner;
import org.entente.bench.RunResult;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/**
 * Entente end-to-end against Stanford CoreNLP's tokenize,ssplit,pos,lemma,ner,depparse on the same clean texts, in
 * the same JVM, runs interleaved (E, C, E, C, ...) so that both see the same machine load. CoreNLP gets the very
 * texts Entente's reader produced, so it does less work (no reading, no coding, no store) than the Entente side.
 */
public final class SideBySide {
    private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    public static void main(String[] args) {
        String corpus = "../shared/corpus/articles.jsonl";
        int limit = 300;
        int runs = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        int warmup = 50;
        boolean store = true;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--no-store" -> store = false;
                case "--json" -> json = true;
                default -> {
                    System.err.println("side-by-side: unknown argument " + args[i]
                            + " (use --corpus FILE --limit N --runs R --threads T --warmup N --no-store --json)");
                    System.exit(2);
                }
            }
        }
        List<String> texts = texts(corpus, limit);
        System.err.printf(Locale.ROOT, "side-by-side: %d articles from %s, %d threads, %d runs each%n", texts.size(),
                corpus, threads, runs);

        BenchConfig config = new BenchConfig(List.of(corpus), InputFormat.AUTO, limit, 1, threads, store, null, 1,
                warmup);
        BenchRunner entente = new BenchRunner(config, System.err);
        entente.warmup();

        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        double corenlpStartup = (System.nanoTime() - t0) / 1e9;
        annotate(corenlp, texts.subList(0, Math.min(warmup, texts.size())), threads);

        double[] e = new double[runs];
        double[] c = new double[runs];
        long[] counts = new long[2];
        ArrayNode each = new ObjectMapper().createArrayNode();
        for (int r = 0; r < runs; r++) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            RunResult er = entente.run();
            e[r] = er.articlesPerSecond();
            long[] cc = annotate(corenlp, texts, threads);
            c[r] = texts.size() / (cc[2] / 1e9);
            counts[0] = cc[0];
            counts[1] = cc[1];
            System.err.printf(Locale.ROOT, "  run %d: entente %.1f articles/s (%d articles, %d events), corenlp %.2f "
                    + "articles/s, ratio %.1fx, load %.2f%n", r + 1, e[r], er.articles(), er.events(), c[r],
                    e[r] / c[r], load);
            ObjectNode x = each.addObject();
            x.put("entente_articles_per_second", e[r]);
            x.put("corenlp_articles_per_second", c[r]);
            x.put("load_average", load);
        }
        double em = median(e);
        double cm = median(c);
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("articles", texts.size());
        o.put("threads", threads);
        o.put("corenlp_annotators", ANNOTATORS);
        o.put("corenlp_sentences", counts[0]);
        o.put("corenlp_tokens", counts[1]);
        o.put("corenlp_startup_seconds", corenlpStartup);
        o.put("entente_startup_seconds", entente.startupSeconds());
        o.put("entente_stages_unavailable", entente.unavailable().toString());
        o.put("entente_articles_per_second", em);
        o.put("entente_min", Arrays.stream(e).min().orElse(0));
        o.put("entente_max", Arrays.stream(e).max().orElse(0));
        o.put("corenlp_articles_per_second", cm);
        o.put("corenlp_min", Arrays.stream(c).min().orElse(0));
        o.put("corenlp_max", Arrays.stream(c).max().orElse(0));
        o.put("ratio", em / cm);
        o.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        o.put("cpus", Runtime.getRuntime().availableProcessors());
        o.set("runs", each);
        if (json) {
            System.out.println(o);
        } else {
            System.out.printf(Locale.ROOT, "Entente end-to-end: %.1f articles/s (min %.1f, max %.1f)%n", em,
                    o.get("entente_min").asDouble(), o.get("entente_max").asDouble());
            System.out.printf(Locale.ROOT, "CoreNLP %s: %.2f articles/s (min %.2f, max %.2f)%n", ANNOTATORS, cm,
                    o.get("corenlp_min").asDouble(), o.get("corenlp_max").asDouble());
            System.out.printf(Locale.ROOT, "Entente is %.1fx the speed of CoreNLP on the same %d articles (%d threads, "
                    + "median of %d interleaved runs)%n", em / cm, texts.size(), threads, runs);
        }
    }

    /** The clean texts Entente's own reader produces for the first {@code limit} articles. */
    private static List<String> texts(String corpus, int limit) {
        List<String> out = new ArrayList<>();
        Sources.read(List.of(corpus), InputFormat.AUTO, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                if (out.size() < limit) {
                    out.add(a.text());
                }
            }

            @Override
            public void failure(InputFailure f) {
                System.err.println("side-by-side: " + f);
            }
        });
        return out;
    }

    /** Annotates every text; returns {sentences, tokens, nanos}. */
    private static long[] annotate(StanfordCoreNLP pipeline, List<String> texts, int threads) {
        List<Annotation> docs = new ArrayList<>(texts.size());
        for (String t : texts) {
            docs.add(new Annotation(t));
        }
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        long t0 = System.nanoTime();
        pipeline.annotate(docs, threads, doc -> {
            sentences.addAndGet(doc.get(CoreAnnotations.SentencesAnnotation.class).size());
            tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
        });
        return new long[] {sentences.get(), tokens.get(), System.nanoTime() - t0};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
