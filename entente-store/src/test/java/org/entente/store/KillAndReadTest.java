package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill safety and concurrent readers, with real child JVMs writing real DuckDB files: a run killed with SIGKILL
 * and rerun ends with exactly what one clean run stores; another process can read while an ingest runs.
 */
class KillAndReadTest {
    static final int COUNT = 200;
    static final long SEED = 42;

    @TempDir
    Path tmp;

    private static Process child(Path dir, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), dir.toString(), Integer.toString(COUNT), Long.toString(SEED),
                Long.toString(delayMs));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    /** Reads the child's "done N" lines until N reaches {@code atLeast} (or the child ends); returns the last N. */
    private static long waitFor(Process p, BufferedReader out, long atLeast) throws Exception {
        String line;
        long done = 0;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("done ")) {
                done = Long.parseLong(line.substring(5));
                if (done >= atLeast) {
                    return done;
                }
            }
        }
        return done;
    }

    /** Everything a run stores, as comparable text: counts plus a fingerprint of rows, event ids and day rollups. */
    static List<String> fingerprint(Path dir) {
        try (Store s = Store.open(dir)) {
            return s.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement st = c.createStatement()) {
                    for (String q : new String[] {
                        "SELECT count(*) FROM articles",
                        "SELECT count(*) FROM actor_mentions",
                        "SELECT count(*) FROM event_mentions",
                        "SELECT count(*) FROM events",
                        "SELECT count(*) FROM (SELECT DISTINCT article_id, idx FROM event_mentions)",
                        "SELECT sum(hash(article_id, idx, event_id)) FROM event_mentions",
                        "SELECT sum(hash(id, num_mentions, num_articles, num_sources, code, date)) FROM events",
                        "SELECT sum(hash(article_id, idx, code, start_char)) FROM actor_mentions",
                        // the day rollups the relations read; float sums rounded (their last bits follow batch edges)
                        "SELECT count(*) FROM pair_day",
                        "SELECT sum(hash(pair, date, modality, historical, n, q1, q2, q3, q4, mentions,"
                                + " round(goldstein, 6))) FROM pair_day",
                        "SELECT count(*) FROM day_totals",
                        "SELECT sum(hash(date, modality, historical, n)) FROM day_totals"}) {
                        try (ResultSet rs = st.executeQuery(q)) {
                            rs.next();
                            out.add(q + " = " + rs.getString(1));
                        }
                    }
                }
                return out;
            });
        }
    }

    @Test
    void killedIngestRerunEndsLikeOneCleanRun() throws Exception {
        Path clean = tmp.resolve("clean");
        Process p = child(clean, 0);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "clean run finishes");
        assertEquals(0, p.exitValue());
        List<String> expected = fingerprint(clean);
        assertTrue(expected.get(0).endsWith("= " + COUNT), expected.get(0));

        Path killed = tmp.resolve("killed");
        // kill twice at different points, then let a third run finish
        for (long at : new long[] {40, 110}) {
            Process k = child(killed, 15);
            BufferedReader out = new BufferedReader(new InputStreamReader(k.getInputStream(), StandardCharsets.UTF_8));
            long reached = waitFor(k, out, at);
            k.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
            k.waitFor(30, TimeUnit.SECONDS);
            assertTrue(reached < COUNT, "killed before the end (reached " + reached + ")");
        }
        List<String> partial = fingerprint(killed);
        assertTrue(Long.parseLong(partial.get(0).replaceAll(".*= ", "")) < COUNT, "the kills left work undone");
        Process last = child(killed, 0);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue());
        assertEquals(expected, fingerprint(killed));
    }

    @Test
    void anotherProcessReadsWhileAnIngestRuns() throws Exception {
        Path dir = tmp.resolve("live");
        // slow enough (~6 s) for several reads: the writer commits every 64 articles or 1 s, and lets a waiting
        // process in within a quarter second
        Process p = child(dir, 60);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        waitFor(p, out, 20);
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the child's stdout flowing
                }
            } catch (java.io.IOException ignored) {
                // child ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 4 && p.isAlive(); i++) {
            try (Store reader = Store.open(dir)) {
                StoreStats s = reader.stats();
                seen.add(s.articles());
                // a reader never sees mentions without their article: an article and its rows commit together
                long orphans = reader.read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM event_mentions m"
                            + " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertEquals(0, orphans);
            }
            Thread.sleep(700);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(seen.size() >= 2, "read several times during the ingest: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "counts only grow: " + seen);
        }
        assertTrue(seen.get(0) > 0 && seen.get(0) < COUNT, "the first read happened mid-ingest: " + seen);
        try (Store s = Store.open(dir)) {
            assertEquals(COUNT, s.stats().articles());
        }
    }
}
