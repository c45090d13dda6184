package org.entente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.Pipeline;

/**
 * Measures event resolution on the corpus articles that carry an {@code event_cluster} (several outlets reporting
 * one real event). Ingests those articles with the standard pipeline into a fresh store, then scores pairs of
 * articles: two articles are linked when they share at least one resolved event; gold links join articles of the
 * same cluster. Prints pairwise precision, recall and F1 over article pairs, and the share of cross-article
 * events whose articles all belong to one cluster. Rerun:
 * {@code java -cp target/classes:$(cat target/runtime-classpath.txt) org.entente.store.ResolutionEval ../shared/corpus/articles.jsonl}
 * (add {@code --db DIR} to score a store that already holds the corpus instead of ingesting the clustered subset).
 */
public final class ResolutionEval {
    private ResolutionEval() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/articles.jsonl");
        Path existing = args.length > 2 && args[1].equals("--db") ? Path.of(args[2]) : null;
        ObjectMapper om = new ObjectMapper();
        Map<String, String> cluster = new HashMap<>();
        Path subset = Files.createTempFile("entente-clusters", ".jsonl");
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             var w = Files.newBufferedWriter(subset, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = om.readTree(line);
                if (n.hasNonNull("event_cluster")) {
                    cluster.put(n.get("id").asText(), n.get("event_cluster").asText());
                    w.write(line);
                    w.newLine();
                }
            }
        }
        Path dir = existing != null ? existing : Files.createTempDirectory("entente-resolution");
        try (Store store = Store.open(dir)) {
            if (existing == null) {
                ingest(store, subset, corpus);
            }
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
            score(cluster, events, store);
        }
    }

    private static void ingest(Store store, Path subset, Path corpus) {
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "eval", "standard", "standard",
                corpus.toString());
        Ingester ing = new Ingester(store, writer, pipeline::process, Runtime.getRuntime().availableProcessors(),
                System.err);
        ing.run(sink -> Sources.read(List.of(subset.toString()), InputFormat.JSONL, null, sink));
    }

    static void score(Map<String, String> cluster, Map<String, Set<Long>> events, Store store) {
        List<String> names = new ArrayList<>(cluster.keySet());
        names.sort(null);
        long tp = 0;
        long predicted = 0;
        long gold = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                boolean same = cluster.get(a).equals(cluster.get(b));
                Set<Long> ea = events.getOrDefault(a, Set.of());
                boolean linked = ea.stream().anyMatch(events.getOrDefault(b, Set.of())::contains);
                gold += same ? 1 : 0;
                predicted += linked ? 1 : 0;
                tp += same && linked ? 1 : 0;
            }
        }
        // events reported by several articles: how many stay within one gold cluster
        Map<Long, Set<String>> clustersOfEvent = new HashMap<>();
        Map<Long, Integer> articlesOfEvent = new HashMap<>();
        events.forEach((name, ids) -> ids.forEach(id -> {
            clustersOfEvent.computeIfAbsent(id, k -> new HashSet<>()).add(cluster.get(name));
            articlesOfEvent.merge(id, 1, Integer::sum);
        }));
        long multi = articlesOfEvent.values().stream().filter(n -> n > 1).count();
        long pure = articlesOfEvent.entrySet().stream()
                .filter(e -> e.getValue() > 1 && clustersOfEvent.get(e.getKey()).size() == 1).count();
        double p = predicted == 0 ? 0 : tp / (double) predicted;
        double r = gold == 0 ? 0 : tp / (double) gold;
        StoreStats s = store.stats();
        System.out.printf("articles %d (clusters %d), event mentions %d, events %d%n", s.articles(),
                new HashSet<>(cluster.values()).size(), s.eventMentions(), s.events());
        System.out.printf("article pairs: gold %d, linked %d, both %d%n", gold, predicted, tp);
        System.out.printf("pairwise precision %.3f recall %.3f F1 %.3f%n", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        System.out.printf("events reported by 2+ articles: %d, within one cluster: %d (%.1f%%)%n", multi, pure,
                multi == 0 ? 0 : 100.0 * pure / multi);
    }
}
