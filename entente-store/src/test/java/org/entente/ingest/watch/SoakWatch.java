package org.entente.ingest.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.entente.store.Store;

/**
 * The feed watcher's soak (scripts/soak-watch.sh), two commands:
 * <ul>
 * <li>{@code site DIR SECONDS}: serves {@link NewsSite} on 127.0.0.1, publishes a new story every SECONDS, writes
 * the feed URL to DIR/feed-url and the number of stories published to DIR/published after each one; stops publishing
 * (but goes on serving) once DIR/stop exists.</li>
 * <li>{@code check STORE_DIR}: prints one JSON object with what the store holds: articles, distinct URLs and texts,
 * event mentions, events, and the watcher's items by status.</li>
 * </ul>
 */
public final class SoakWatch {
    private SoakWatch() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("site")) {
            site(Path.of(args[1]), Double.parseDouble(args[2]));
        } else if (args.length == 2 && args[0].equals("check")) {
            check(Path.of(args[1]));
        } else {
            System.err.println("usage: SoakWatch site DIR SECONDS | check STORE_DIR");
            System.exit(2);
        }
    }

    private static void site(Path dir, double every) throws Exception {
        Files.createDirectories(dir);
        try (NewsSite site = new NewsSite(30)) {
            Files.writeString(dir.resolve("feed-url"), site.feedUrl() + "\n");
            while (!Files.exists(dir.resolve("stop"))) {
                site.publish(Instant.now());
                Files.writeString(dir.resolve("published.tmp"), site.published() + "\n");
                Files.move(dir.resolve("published.tmp"), dir.resolve("published"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Thread.sleep(Math.round(every * 1000));
            }
            Files.writeString(dir.resolve("stopped"), site.published() + "\n");
            Thread.currentThread().join(); // keep serving until killed
        }
    }

    private static void check(Path storeDir) {
        try (Store store = Store.open(storeDir)) {
            String json = store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT"
                             + " (SELECT count(*) FROM articles),"
                             + " (SELECT count(DISTINCT url) FROM articles),"
                             + " (SELECT count(DISTINCT text) FROM articles),"
                             + " (SELECT count(*) FROM event_mentions),"
                             + " (SELECT count(*) FROM events),"
                             + " (SELECT count(*) FROM watch_items WHERE status = 'stored'),"
                             + " (SELECT count(*) FROM watch_items WHERE status = 'pending'),"
                             + " (SELECT count(*) FROM watch_items WHERE status = 'duplicate'),"
                             + " (SELECT count(*) FROM watch_items WHERE status = 'failed'),"
                             + " (SELECT count(*) FROM (SELECT article_id FROM event_mentions GROUP BY article_id)),"
                             + " (SELECT count(*) FROM articles a WHERE NOT EXISTS"
                             + "   (SELECT 1 FROM watch_items w WHERE w.article_id = a.id AND w.status = 'stored'))")) {
                    rs.next();
                    return String.format("{\"articles\":%d,\"distinct_urls\":%d,\"distinct_texts\":%d,"
                                    + "\"event_mentions\":%d,\"events\":%d,\"items_stored\":%d,\"items_pending\":%d,"
                                    + "\"items_duplicate\":%d,\"items_failed\":%d,\"articles_with_events\":%d,"
                                    + "\"articles_without_item\":%d}",
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11));
                }
            });
            System.out.println(json);
        }
    }
}
