package org.entente.ingest.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.Store;

/**
 * The watcher's memory, in the store beside the articles (tables {@code watch_feeds}, {@code watch_items},
 * {@code watch_keys}; created by the store's schema). Every change is one transaction: a poll's new items together
 * with the feed's new validators (so a crash after a 200 can neither lose its items nor have them skipped by the
 * next 304), and an item's {@code stored} state together with its article ({@link #stored}, called inside the
 * store writer's transaction).
 *
 * <p>An item is known by several keys (its guid, its normalised link, later the page's canonical link and the
 * content hash of its text); a new item whose any key is known is the same article and is not fetched again.
 */
public final class WatchLedger {
    public static final String PENDING = "pending";
    public static final String STORED = "stored";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";
    public static final String DISALLOWED = "disallowed";

    private final Store store;

    public WatchLedger(Store store) {
        this.store = store;
    }

    /** Adds feeds not followed yet, due at once; feeds already known keep their state. */
    public void addFeeds(Collection<String> urls, Duration interval, Instant now) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_feeds VALUES (?, NULL, NULL, NULL, NULL,"
                    + " ?, ?, NULL, NULL, NULL, 0, 0, 0, 0) ON CONFLICT DO NOTHING")) {
                for (String u : urls) {
                    ps.setString(1, u);
                    ps.setDouble(2, interval.toMillis() / 1000.0);
                    ps.setObject(3, ts(now));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public List<FeedState> feeds() {
        return store.read(c -> {
            List<FeedState> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT url, kind, title, etag, last_modified, interval_s,"
                    + " next_poll, last_poll, last_status, last_error, failures, polls, items_seen, items_new"
                    + " FROM watch_feeds ORDER BY url");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FeedState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Duration.ofMillis(Math.round(rs.getDouble(6) * 1000)), instant(rs, 7),
                            instant(rs, 8), rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12),
                            rs.getLong(13), rs.getLong(14)));
                }
            }
            return out;
        });
    }

    /**
     * Records a good poll: the items not known by any key become pending, and the feed's state (validators,
     * interval, counts: {@code stateAfter} makes it from the number of new items) is saved, in one transaction.
     * Returns the state saved.
     */
    public FeedState recordPoll(String feed, List<FeedItem> items, Instant now,
                                java.util.function.IntFunction<FeedState> stateAfter) {
        return store.write(c -> {
            c.setAutoCommit(false);
            Map<String, List<String>> byItem = new LinkedHashMap<>();
            Map<String, FeedItem> itemOf = new LinkedHashMap<>();
            // oldest first, so that pages are fetched (and stored) in the order they were published
            List<FeedItem> ordered = new ArrayList<>(items);
            java.util.Collections.reverse(ordered);
            for (FeedItem it : ordered) {
                List<String> keys = keys(it);
                if (!keys.isEmpty() && !byItem.containsKey(keys.get(0))) {
                    byItem.put(keys.get(0), keys);
                    itemOf.put(keys.get(0), it);
                }
            }
            Set<String> all = new HashSet<>();
            byItem.values().forEach(all::addAll);
            Set<String> known = known(c, all);
            Set<String> taken = new HashSet<>();
            int added = 0;
            try (PreparedStatement item = c.prepareStatement("INSERT INTO watch_items VALUES (?, ?, ?, ?, ?, ?, 'pending',"
                    + " NULL, 0, NULL, ?, ?, ?)");
                 PreparedStatement key = c.prepareStatement("INSERT INTO watch_keys VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                int seq = 0;
                for (Map.Entry<String, List<String>> e : byItem.entrySet()) {
                    List<String> keys = e.getValue();
                    if (keys.stream().anyMatch(k -> known.contains(k) || taken.contains(k))) {
                        continue; // seen before, from this feed or another
                    }
                    taken.addAll(keys);
                    FeedItem it = itemOf.get(e.getKey());
                    Timestamp seen = ts(now.plusNanos(1000L * seq++)); // keeps the order within one poll
                    item.setString(1, e.getKey());
                    item.setString(2, feed);
                    item.setString(3, it.guid());
                    item.setString(4, it.link());
                    item.setString(5, it.title());
                    item.setObject(6, ts(it.published()));
                    item.setObject(7, seen);
                    item.setObject(8, seen);
                    item.setObject(9, seen);
                    item.executeUpdate();
                    for (String k : keys) {
                        key.setString(1, k);
                        key.setString(2, e.getKey());
                        key.executeUpdate();
                    }
                    added++;
                }
            }
            FeedState saved = stateAfter.apply(added);
            updateFeed(c, saved);
            c.commit();
            return saved;
        });
    }

    /** Saves a feed's state after a poll that brought no items to record (304, failure). */
    public void recordFeed(FeedState state) {
        store.write(c -> {
            updateFeed(c, state);
            return null;
        });
    }

    private static void updateFeed(Connection c, FeedState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE watch_feeds SET kind = ?, title = ?, etag = ?,"
                + " last_modified = ?, interval_s = ?, next_poll = ?, last_poll = ?, last_status = ?, last_error = ?,"
                + " failures = ?, polls = ?, items_seen = ?, items_new = ? WHERE url = ?")) {
            ps.setString(1, s.kind());
            ps.setString(2, s.title());
            ps.setString(3, s.etag());
            ps.setString(4, s.lastModified());
            ps.setDouble(5, s.interval().toMillis() / 1000.0);
            ps.setObject(6, ts(s.nextPoll()));
            ps.setObject(7, ts(s.lastPoll()));
            ps.setString(8, s.lastStatus());
            ps.setString(9, s.lastError());
            ps.setInt(10, s.failures());
            ps.setInt(11, s.polls());
            ps.setLong(12, s.itemsSeen());
            ps.setLong(13, s.itemsNew());
            ps.setString(14, s.url());
            ps.executeUpdate();
        }
    }

    /** Pending items of {@code feeds} due by {@code now}, oldest first. */
    public List<PendingItem> due(Instant now, int limit, List<String> feeds) {
        if (feeds.isEmpty()) {
            return List.of();
        }
        return store.read(c -> {
            List<PendingItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item, feed, guid, url, title, published, attempts"
                    + " FROM watch_items WHERE status = 'pending' AND next_try <= ? AND feed IN (" + marks(feeds.size())
                    + ") ORDER BY first_seen, item LIMIT ?")) {
                ps.setObject(1, ts(now));
                for (int i = 0; i < feeds.size(); i++) {
                    ps.setString(2 + i, feeds.get(i));
                }
                ps.setInt(2 + feeds.size(), limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PendingItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), instant(rs, 6), rs.getInt(7)));
                    }
                }
            }
            return out;
        });
    }

    /** When the next pending item of {@code feeds} comes due, or null when none waits. */
    public Instant nextItemDue(List<String> feeds) {
        if (feeds.isEmpty()) {
            return null;
        }
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(next_try) FROM watch_items WHERE status = 'pending'"
                    + " AND feed IN (" + marks(feeds.size()) + ")")) {
                for (int i = 0; i < feeds.size(); i++) {
                    ps.setString(1 + i, feeds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return instant(rs, 1);
                }
            }
        });
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** The item already known by any of {@code keys} other than {@code self}, or null. */
    public String knownAs(List<String> keys, String self) {
        return store.read(c -> {
            for (String k : keys) {
                try (PreparedStatement ps = c.prepareStatement("SELECT item FROM watch_keys WHERE key = ? AND item <> ?")) {
                    ps.setString(1, k);
                    ps.setString(2, self);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return rs.getString(1);
                        }
                    }
                }
            }
            return null;
        });
    }

    /**
     * Inside the article's transaction (the store writer's): the item is stored as {@code articleId}, known from now
     * on by {@code keys} too.
     */
    public static void stored(Connection c, PendingItem it, String articleId, List<String> keys, Instant now)
            throws SQLException {
        settle(c, it, STORED, articleId, null, it.attempts() + 1, keys, now);
    }

    /** An item that ends without a new article: a duplicate of one stored, refused, or given up on. */
    public void settle(PendingItem it, String status, String articleId, String reason, List<String> keys, Instant now) {
        store.write(c -> {
            c.setAutoCommit(false);
            settle(c, it, status, articleId, reason, it.attempts() + 1, keys, now);
            c.commit();
            return null;
        });
    }

    private static void settle(Connection c, PendingItem it, String status, String articleId, String reason,
                               int attempts, List<String> keys, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE watch_items SET status = ?, article_id = ?, reason = ?,"
                + " attempts = ?, updated = ? WHERE item = ?")) {
            ps.setString(1, status);
            ps.setString(2, articleId);
            ps.setString(3, reason);
            ps.setInt(4, attempts);
            ps.setObject(5, ts(now));
            ps.setString(6, it.item());
            ps.executeUpdate();
        }
        try (PreparedStatement key = c.prepareStatement("INSERT INTO watch_keys VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String k : keys) {
                key.setString(1, k);
                key.setString(2, it.item());
                key.executeUpdate();
            }
        }
    }

    /** A page that failed for now: tried again at {@code nextTry}, with the reason kept for the status. */
    public void retryLater(PendingItem it, String reason, Instant nextTry, Instant now) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE watch_items SET attempts = ?, reason = ?,"
                    + " next_try = ?, updated = ? WHERE item = ?")) {
                ps.setInt(1, it.attempts() + 1);
                ps.setString(2, reason);
                ps.setObject(3, ts(nextTry));
                ps.setObject(4, ts(now));
                ps.setString(5, it.item());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** An item left for later because its host asked for a pause: not an attempt, only a later turn. */
    public void postpone(PendingItem it, Instant until) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE watch_items SET next_try = ? WHERE item = ?")) {
                ps.setObject(1, ts(until));
                ps.setString(2, it.item());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Items by status, per feed (feed url -> status -> count). */
    public Map<String, Map<String, Long>> itemCounts() {
        return store.read(c -> {
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT feed, status, count(*) FROM watch_items GROUP BY feed, status ORDER BY feed, status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            return out;
        });
    }

    /** The most recent items that failed or wait for another try, with their reasons (newest first). */
    public List<String[]> problems(int limit) {
        return store.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT url, status, reason, attempts FROM watch_items"
                    + " WHERE reason IS NOT NULL AND status <> 'stored' ORDER BY updated DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
            return out;
        });
    }

    /** The keys a feed item is known by before its page is read: its guid and its normalised link. */
    static List<String> keys(FeedItem it) {
        List<String> keys = new ArrayList<>(2);
        if (it.guid() != null) {
            keys.add("guid:" + it.guid());
        }
        String url = UrlNormalizer.normalize(it.link());
        if (url != null) {
            keys.add("url:" + url);
        }
        return keys;
    }

    private static Set<String> known(Connection c, Set<String> keys) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> list = new ArrayList<>(keys);
        for (int from = 0; from < list.size(); from += 64) {
            List<String> part = list.subList(from, Math.min(list.size(), from + 64));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM watch_keys WHERE key IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** A store timestamp: UTC wall time, whatever the JVM's zone (read back by {@link #instant}). */
    static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp ts = rs.getTimestamp(col);
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
