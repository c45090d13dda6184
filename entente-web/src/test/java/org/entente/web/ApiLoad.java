package org.entente.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.relations.PairQuery;
import org.entente.relations.PairSummary;
import org.entente.relations.Relations;
import org.entente.store.EventFilter;
import org.entente.store.EventSummary;
import org.entente.store.Store;

/**
 * API load test (issue 19), a command, not part of the test run: serves a store on 127.0.0.1 (loopback only),
 * runs CLIENTS concurrent clients for SECONDS, each sending one request at a time over the endpoints the
 * dashboard uses (ids and pairs taken from the store), and prints requests, errors and p50/p99 latency per
 * endpoint. {@code java -cp target/classes:target/test-classes:... org.entente.web.ApiLoad STORE_DIR [CLIENTS] [SECONDS]}
 */
public final class ApiLoad {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        WebServer.quietLogs();
        Store store = Store.open(dir);
        Map<String, List<String>> endpoints = endpoints(store);
        try (WebServer server = WebServer.start(new StoreData(store, true), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, ConcurrentLinkedQueue<Long>> latencies = new LinkedHashMap<>();
            Map<String, AtomicLong> errors = new LinkedHashMap<>();
            endpoints.keySet().forEach(k -> {
                latencies.put(k, new ConcurrentLinkedQueue<>());
                errors.put(k, new AtomicLong());
            });
            List<String> names = new ArrayList<>(endpoints.keySet());
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    int i = client;
                    while (System.nanoTime() < end) {
                        String name = names.get(i % names.size());
                        List<String> paths = endpoints.get(name);
                        String path = paths.get((i / names.size()) % paths.size());
                        i++;
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.get(name).incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.get(name).incrementAndGet();
                        }
                        latencies.get(name).add(System.nanoTime() - t0);
                    }
                    done.countDown();
                }, "client-" + c);
                t.setDaemon(true);
                t.start();
            }
            done.await();
            var stats = store.stats();
            System.out.printf("# store %s: %d articles, %d events; %d clients for %d s on 127.0.0.1%n", dir,
                    stats.articles(), stats.events(), clients, seconds);
            System.out.printf("%-14s %9s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50_ms", "p99_ms",
                    "req/s");
            long all = 0;
            for (String name : names) {
                List<Long> l = new ArrayList<>(latencies.get(name));
                l.sort(null);
                all += l.size();
                System.out.printf("%-14s %9d %7d %9.1f %9.1f %9.1f%n", name, l.size(), errors.get(name).get(),
                        pct(l, 0.50), pct(l, 0.99), l.size() / (double) seconds);
            }
            System.out.printf("%-14s %9d %7s %9s %9s %9.1f%n", "all", all, "", "", "", all / (double) seconds);
        }
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** The dashboard's requests, with real ids and pairs from the store. */
    private static Map<String, List<String>> endpoints(Store store) {
        List<PairSummary> pairs = new Relations(store).topPairs(PairQuery.ranking(null, null), 10);
        List<EventSummary> events = store.searchEvents(EventFilter.any(), 0, 50).items();
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("stats", List.of("/api/stats"));
        m.put("pairs", List.of("/api/pairs", "/api/pairs?limit=50"));
        List<String> relations = new ArrayList<>();
        List<String> pairEvents = new ArrayList<>();
        for (PairSummary p : pairs) {
            relations.add("/api/relations?a=" + p.a() + "&b=" + p.b() + "&by=month");
            pairEvents.add("/api/events?a=" + p.a() + "&b=" + p.b());
        }
        m.put("relations", relations.isEmpty() ? List.of("/api/relations?a=RUS&b=CHN") : relations);
        m.put("events", pairEvents.isEmpty() ? List.of("/api/events") : pairEvents);
        List<String> eventIds = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        for (EventSummary e : events) {
            eventIds.add("/api/events/" + e.id());
            articleIds.add("/api/articles/" + e.articleId());
        }
        m.put("event", eventIds.isEmpty() ? List.of("/api/events/1") : eventIds);
        m.put("article", articleIds.isEmpty() ? List.of("/api/articles/x") : articleIds);
        m.put("actors", List.of("/api/actors?q=put", "/api/actors?q=china", "/api/actors"));
        return m;
    }
}
