package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.store.IngestChild;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store being served accepts an ingest from another process: a real server on 127.0.0.1 answers a poller at
 * 5 requests a second while a child JVM ingests into the same DuckDB file. The ingest finishes with every article,
 * every request is answered, and the dashboard's figures grow as the ingest commits.
 */
class ServeWhileIngestTest {
    static final int COUNT = 200;

    @TempDir
    Path tmp;

    @Test
    void ingestSucceedsWhileTheServerAnswersFiveRequestsASecond() throws Exception {
        Path dir = tmp.resolve("store");
        Store.open(dir).close();
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Long> articles = Collections.synchronizedList(new ArrayList<>());
        try (WebServer server = WebServer.start(new StoreData(Store.open(dir), true), "127.0.0.1", 0)) {
            URI stats = URI.create("http://127.0.0.1:" + server.port() + "/api/stats");
            Thread poller = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(stats)
                                .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        statuses.add(r.statusCode());
                        if (r.statusCode() == 200) {
                            JsonNode body = json.readTree(r.body());
                            articles.add(body.path("articles").asLong(-1));
                        }
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }
            }, "poller");
            poller.start();
            Thread.sleep(1000); // the server holds the file when the ingest starts
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    IngestChild.class.getName(), dir.toString(), Integer.toString(COUNT), "42", "20")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String finished = "";
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("finished")) {
                        finished = line;
                    }
                }
            }
            assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the ingest ends");
            Thread.sleep(1000); // a last poll or two after the ingest
            poller.interrupt();
            poller.join(100_000);
            assertEquals(0, child.exitValue(), "ingest beside a busy server exits 0");
            assertEquals("finished " + COUNT + " 0 0", finished);
            assertTrue(statuses.size() >= 10, "the poller ran throughout: " + statuses.size());
            assertTrue(statuses.stream().allMatch(s -> s == 200), "every request answered: " + statuses);
            // asked once more after the ingest, not read off the poller: under load its last answer may predate the end
            HttpResponse<String> last = http.send(HttpRequest.newBuilder(stats).timeout(Duration.ofSeconds(90)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, last.statusCode());
            assertEquals(COUNT, json.readTree(last.body()).path("articles").asLong(-1),
                    "the server sees the ingest's articles");
            assertTrue(articles.stream().anyMatch(n -> n > 0 && n < COUNT),
                    "the server saw the store mid-ingest: " + articles);
        }
    }
}
