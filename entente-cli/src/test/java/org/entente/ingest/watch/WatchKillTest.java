package org.entente.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.pipeline.Pipeline;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente watch} killed with SIGKILL in the middle of its work (a real child JVM running the command line),
 * then a watcher started again on the same store: every article is whole (its item's state was committed with it),
 * nothing is lost or stored twice, at most the page in flight at the kill is fetched again, and the store ends with
 * the same rows per article as a clean run.
 */
class WatchKillTest {
    private static final int STORIES = 8;

    @TempDir
    Path dir;

    @Test
    void aWatcherKilledMidRunLeavesWholeArticlesAndARestartFinishesTheJob() throws Exception {
        try (NewsSite site = new NewsSite(30)) {
            Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
            for (int n = 0; n < STORIES; n++) {
                site.publish(t0.plus(Duration.ofMinutes(n)));
            }
            Path killed = dir.resolve("killed");
            Path log = dir.resolve("child.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.entente.app.Main", "watch", "--db", killed.toString(), "--interval", "600",
                    "--host-delay", "0.2", "--timeout", "20", site.feedUrl())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                while (site.hits(NewsSite.pagePath(3)) == 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(child.isAlive(), "the watcher ran until killed: " + Files.readString(log));
                assertTrue(site.hits(NewsSite.pagePath(3)) > 0, "the watcher reached the fourth page in time");
                Thread.sleep(ThreadLocalRandom.current().nextInt(600)); // somewhere in fetching, coding or storing
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
                child.waitFor();
            }

            Pipeline pipeline = Pipeline.standard(List.of(), List.of());
            try (Store store = Store.open(killed)) {
                long afterKill = count(store, "SELECT count(*) FROM articles");
                assertTrue(afterKill < STORIES, "killed before the end (" + afterKill + " stored)");
                assertEquals(0, count(store, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM"
                        + " watch_items i WHERE i.article_id = a.id AND i.status = 'stored')"), "an article without its item");
                assertEquals(0, count(store, "SELECT count(*) FROM watch_items i WHERE i.status = 'stored' AND NOT EXISTS"
                        + " (SELECT 1 FROM articles a WHERE a.id = i.article_id)"), "an item stored without its article");
                assertEquals(0, count(store, "SELECT count(*) FROM event_mentions m WHERE NOT EXISTS"
                        + " (SELECT 1 FROM articles a WHERE a.id = m.article_id)"), "event mentions without their article");
                watchOnce(store, pipeline, site);
            }
            Path clean = dir.resolve("clean");
            try (Store store = Store.open(clean)) {
                watchOnce(store, pipeline, site);
            }
            try (Store a = Store.open(killed); Store b = Store.open(clean)) {
                assertEquals(STORIES, count(a, "SELECT count(*) FROM articles"));
                assertEquals(STORIES, count(a, "SELECT count(DISTINCT url) FROM articles"));
                assertEquals(rows(b), rows(a), "per article: url, actor mentions, event mentions");
                assertEquals(0, count(a, "SELECT count(*) FROM watch_items WHERE status <> 'stored'"));
            }
            int fetchedTwice = 0;
            for (int n = 0; n < STORIES; n++) {
                // once by the killed watcher or the restarted one, once by the clean run; one page may have been in flight
                int hits = site.hits(NewsSite.pagePath(n));
                assertTrue(hits == 2 || hits == 3, "page " + n + " fetched " + hits + " times");
                fetchedTwice += hits - 2;
            }
            assertTrue(fetchedTwice <= 1, fetchedTwice + " pages fetched again after the restart");
        }
    }

    private static void watchOnce(Store store, Pipeline pipeline, NewsSite site) throws InterruptedException {
        WatchSettings s = new WatchSettings(Duration.ofSeconds(600), Duration.ofSeconds(60), Duration.ofSeconds(600),
                Duration.ofMillis(10), Duration.ofSeconds(20), 3, Duration.ofSeconds(1), WatchSettings.userAgent(null));
        StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "test", "actors", "coder", "restart");
        try (Watcher w = new Watcher(store, writer, pipeline::process, s, Ticker.SYSTEM, System.err)) {
            w.follow(List.of(site.feedUrl()));
            w.round(true);
        }
    }

    private static List<String> rows(Store store) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT a.url,"
                    + " (SELECT count(*) FROM actor_mentions m WHERE m.article_id = a.id),"
                    + " (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)"
                    + " FROM articles a ORDER BY a.url")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
                }
            }
            return out;
        });
    }

    private static long count(Store s, String sql) {
        return s.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
