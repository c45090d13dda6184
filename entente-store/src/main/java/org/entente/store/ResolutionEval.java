package org.entente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.Pipeline;

/**
 * Measures event resolution against articles that carry an {@code event_cluster} (several outlets reporting one
 * real happening): {@code ./entente eval --resolution FILE.jsonl [--json]}. Ingests the labelled articles with the
 * standard pipeline into a temporary store (deleted afterwards), then scores pairs of articles: two articles are
 * linked when they share at least one resolved event; gold links join articles of the same cluster. Gives pairwise
 * precision, recall and F1 over article pairs, and the share of cross-article events whose articles all belong to
 * one cluster. {@link #score(Path, Store)} scores a store that already holds the articles (after a re-resolution).
 */
public final class ResolutionEval {
    /** The figures; {@code purity}: share of events reported by 2+ articles whose articles share one cluster. */
    public record Score(int articles, int clusters, long mentions, long events, long goldPairs, long linkedPairs,
                        long bothPairs, double precision, double recall, double f1, long multiArticleEvents,
                        long pureEvents) {
        public void print(PrintStream out) {
            out.printf("articles %d (clusters %d), event mentions %d, events %d%n", articles, clusters, mentions,
                    events);
            out.printf("article pairs: gold %d, linked %d, both %d%n", goldPairs, linkedPairs, bothPairs);
            out.printf("pairwise precision %.3f recall %.3f F1 %.3f%n", precision, recall, f1);
            out.printf("events reported by 2+ articles: %d, within one cluster: %d (%.1f%%)%n", multiArticleEvents,
                    pureEvents, multiArticleEvents == 0 ? 0 : 100.0 * pureEvents / multiArticleEvents);
        }
    }

    private ResolutionEval() {
    }

    /** Ingests the labelled articles of {@code corpus} into a temporary store and scores them. */
    public static Score run(Path corpus, Resolution rule, PrintStream log) throws IOException {
        Map<String, String> cluster = clusters(corpus);
        Path dir = Files.createTempDirectory("entente-resolution");
        Path subset = dir.resolve("labelled.jsonl");
        try {
            try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
                 var w = Files.newBufferedWriter(subset, StandardCharsets.UTF_8)) {
                ObjectMapper om = new ObjectMapper();
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && om.readTree(line).hasNonNull("event_cluster")) {
                        w.write(line);
                        w.newLine();
                    }
                }
            }
            try (Store store = Store.open(dir.resolve("store"))) {
                Pipeline pipeline = Pipeline.standard(List.of(), List.of());
                StoreWriter writer = StoreWriter.start(store, rule, "eval --resolution", "standard", "standard",
                        corpus.toString());
                Ingester ing = new Ingester(store, writer, pipeline::process,
                        Runtime.getRuntime().availableProcessors(), log);
                ing.run(sink -> Sources.read(List.of(subset.toString()), InputFormat.JSONL, null, sink));
                return score(cluster, store);
            }
        } finally {
            delete(dir);
        }
    }

    /** Scores a store that holds (at least) the labelled articles of {@code corpus}. */
    public static Score score(Path corpus, Store store) throws IOException {
        return score(clusters(corpus), store);
    }

    /** Article id (the JSONL {@code id}) -> its cluster, for the labelled lines of {@code corpus}. */
    static Map<String, String> clusters(Path corpus) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, String> cluster = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = om.readTree(line);
                } catch (IOException e) {
                    throw new IOException(corpus + ":" + no + ": not JSON: " + e.getMessage(), e);
                }
                if (n.hasNonNull("event_cluster") && n.hasNonNull("id")) {
                    cluster.put(n.get("id").asText(), n.get("event_cluster").asText());
                }
            }
        }
        return cluster;
    }

    static Score score(Map<String, String> cluster, Store store) {
        // article name -> events it reports
        Map<String, Set<Long>> events = store.read(c -> {
            Map<String, Set<Long>> out = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT a.name, m.event_id FROM event_mentions m"
                    + " JOIN articles a ON a.id = m.article_id WHERE m.event_id IS NOT NULL")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            return out;
        });
        List<String> names = new ArrayList<>(cluster.keySet());
        names.sort(null);
        long tp = 0;
        long predicted = 0;
        long gold = 0;
        for (int i = 0; i < names.size(); i++) {
            Set<Long> ea = events.getOrDefault(names.get(i), Set.of());
            for (int j = i + 1; j < names.size(); j++) {
                boolean same = cluster.get(names.get(i)).equals(cluster.get(names.get(j)));
                boolean linked = ea.stream().anyMatch(events.getOrDefault(names.get(j), Set.of())::contains);
                gold += same ? 1 : 0;
                predicted += linked ? 1 : 0;
                tp += same && linked ? 1 : 0;
            }
        }
        // events reported by several articles: how many stay within one gold cluster
        Map<Long, Set<String>> clustersOfEvent = new HashMap<>();
        Map<Long, Integer> articlesOfEvent = new HashMap<>();
        events.forEach((name, ids) -> {
            if (cluster.containsKey(name)) {
                ids.forEach(id -> {
                    clustersOfEvent.computeIfAbsent(id, k -> new HashSet<>()).add(cluster.get(name));
                    articlesOfEvent.merge(id, 1, Integer::sum);
                });
            }
        });
        long multi = articlesOfEvent.values().stream().filter(n -> n > 1).count();
        long pure = articlesOfEvent.entrySet().stream()
                .filter(e -> e.getValue() > 1 && clustersOfEvent.get(e.getKey()).size() == 1).count();
        double p = predicted == 0 ? 0 : tp / (double) predicted;
        double r = gold == 0 ? 0 : tp / (double) gold;
        StoreStats s = store.stats();
        return new Score((int) s.articles(), new HashSet<>(cluster.values()).size(), s.eventMentions(), s.events(),
                gold, predicted, tp, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), multi, pure);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary store " + dir, e);
        }
    }
}
