package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.events.EventMention;
import org.entente.ingest.Article;

/**
 * Assigns each new event mention to a resolved event (see {@link Resolution} for the rule), creating the event
 * or updating its counts. Runs inside the writer's transaction, so the events table is always consistent with
 * the mentions that are committed.
 */
final class EventResolver {
    private static final int MAX_WORDS = 80;
    private final StatementCache c;
    private final Resolution rule;
    private long nextId;
    private final Rollups rollups = new Rollups();
    private String currentArticle;
    private final Set<Long> eventsOfArticle = new HashSet<>();

    EventResolver(StatementCache c, Resolution rule) {
        this.c = c;
        this.rule = rule;
    }

    /** Forgets the cached next id: after a rollback it must be read again. */
    void reset() {
        nextId = 0;
        rollups.clear();
        currentArticle = null;
        eventsOfArticle.clear();
    }

    private record Candidate(long id, String code, LocalDate date, String locCountry, String locPlace, String words,
                             double score) {
    }

    long resolve(Article a, EventMention m) throws SQLException {
        if (!Objects.equals(currentArticle, a.id())) {
            currentArticle = a.id();
            eventsOfArticle.clear();
        }
        LocalDate date = m.date() != null ? m.date() : a.date();
        String src = m.sourceCountry() != null ? m.sourceCountry() : m.source();
        String tgt = m.targetCountry() != null ? m.targetCountry() : m.target();
        String words = Resolution.words(m.text());
        Candidate best = (src == null && tgt == null) ? null : best(m, date, src, tgt, words);
        long id = best == null ? insert(a, m, date, src, tgt, words) : update(best, a, m, date, words);
        String pair = src == null || tgt == null ? null : pair(src, tgt);
        LocalDate eventDate = best == null ? date : best.date();
        rollups.add(pair, eventDate, m.modality().label(), m.historical(), m.quad(), m.goldstein(),
                best == null ? 1 : 0, 1);
        eventsOfArticle.add(id);
        return id;
    }

    private Candidate best(EventMention m, LocalDate date, String src, String tgt, String words) throws SQLException {
        boolean symmetric = rule.symmetricRoots().contains(m.root());
        String sql = "SELECT id, code, date, location_country, location_place, words FROM events"
                + " WHERE root IS NOT DISTINCT FROM ? AND modality = ? AND historical = ?"
                + " AND ((src_key IS NOT DISTINCT FROM ? AND tgt_key IS NOT DISTINCT FROM ?)"
                + "   OR (? AND src_key IS NOT DISTINCT FROM ? AND tgt_key IS NOT DISTINCT FROM ?))"
                + " AND (CASE WHEN ? IS NULL THEN date IS NULL ELSE date BETWEEN ? AND ? END)";
        Candidate best = null;
        {
            PreparedStatement ps = c.get(sql);
            int i = 1;
            ps.setString(i++, m.root());
            ps.setString(i++, m.modality().label());
            ps.setBoolean(i++, m.historical());
            ps.setString(i++, src);
            ps.setString(i++, tgt);
            ps.setBoolean(i++, symmetric);
            ps.setString(i++, tgt);
            ps.setString(i++, src);
            ps.setObject(i++, date);
            ps.setObject(i++, date == null ? null : date.minusDays(rule.windowDays()));
            ps.setObject(i, date == null ? null : date.plusDays(rule.windowDays()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Candidate cand = score(m, date, words, rs);
                    if (cand != null && (best == null || cand.score > best.score
                            || (cand.score == best.score && cand.id < best.id))) {
                        best = cand;
                    }
                }
            }
        }
        return best;
    }

    private Candidate score(EventMention m, LocalDate date, String words, ResultSet rs) throws SQLException {
        String locCountry = rs.getString(4);
        String locPlace = rs.getString(5);
        if (m.location() != null) {
            if (conflict(locCountry, m.location().country()) || conflict(locPlace, m.location().place())) {
                return null;
            }
        }
        String code = rs.getString(2);
        double overlap = Resolution.overlap(words, rs.getString(6));
        boolean sameCode = Objects.equals(code, m.code());
        if (!sameCode && overlap < rule.minOverlap()) {
            return null;
        }
        LocalDate d = rs.getObject(3, LocalDate.class);
        long days = d == null || date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(d, date));
        double score = (sameCode ? 1 : 0) + overlap - 0.01 * days;
        return new Candidate(rs.getLong(1), code, d, locCountry, locPlace, rs.getString(6), score);
    }

    private static boolean conflict(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    private long insert(Article a, EventMention m, LocalDate date, String src, String tgt, String words)
            throws SQLException {
        long id = nextId();
        String sql = "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,?,?,?,?,?,?,?,?,[?])";
        Timestamp now = Timestamp.from(Instant.now());
        {
            PreparedStatement ps = c.get(sql);
            int i = 1;
            ps.setLong(i++, id);
            ps.setObject(i++, date);
            ps.setString(i++, m.source());
            ps.setString(i++, m.target());
            ps.setString(i++, m.sourceCountry());
            ps.setString(i++, m.targetCountry());
            ps.setString(i++, src);
            ps.setString(i++, tgt);
            ps.setString(i++, src == null || tgt == null ? null : pair(src, tgt));
            ps.setString(i++, m.source() == null || m.target() == null ? null : pair(m.source(), m.target()));
            ps.setString(i++, m.code());
            ps.setString(i++, m.root());
            ps.setInt(i++, m.quad());
            ps.setDouble(i++, m.goldstein());
            ps.setString(i++, m.plover());
            ps.setString(i++, m.modality().label());
            ps.setBoolean(i++, m.historical());
            ps.setString(i++, m.location() == null ? null : m.location().country());
            ps.setString(i++, m.location() == null ? null : m.location().place());
            ps.setObject(i++, a.date());
            ps.setObject(i++, a.date());
            ps.setTimestamp(i++, now);
            ps.setTimestamp(i++, now);
            ps.setString(i++, a.id());
            ps.setInt(i++, m.sentence());
            ps.setString(i++, m.text());
            ps.setString(i++, words);
            ps.setString(i, sourceOf(a));
            ps.executeUpdate();
        }
        return id;
    }

    private long update(Candidate e, Article a, EventMention m, LocalDate date, String words) throws SQLException {
        boolean newArticle = !eventsOfArticle.contains(e.id);
        String sql = "UPDATE events SET num_mentions = num_mentions + 1,"
                + " num_articles = num_articles + ?,"
                + " num_sources = num_sources + CASE WHEN list_contains(outlets, ?) THEN 0 ELSE 1 END,"
                + " outlets = CASE WHEN list_contains(outlets, ?) THEN outlets ELSE list_append(outlets, ?) END,"
                + " first_seen = least(first_seen, ?), last_seen = greatest(last_seen, ?),"
                + " location_country = coalesce(location_country, ?), location_place = coalesce(location_place, ?),"
                + " words = ?, updated = ? WHERE id = ?";
        String outlet = sourceOf(a);
        {
            PreparedStatement ps = c.get(sql);
            int i = 1;
            ps.setInt(i++, newArticle ? 1 : 0);
            ps.setString(i++, outlet);
            ps.setString(i++, outlet);
            ps.setString(i++, outlet);
            ps.setObject(i++, a.date());
            ps.setObject(i++, a.date());
            ps.setString(i++, m.location() == null ? null : m.location().country());
            ps.setString(i++, m.location() == null ? null : m.location().place());
            ps.setString(i++, union(e.words, words));
            ps.setTimestamp(i++, Timestamp.from(Instant.now()));
            ps.setLong(i, e.id);
            ps.executeUpdate();
        }
        return e.id;
    }

    private static String union(String a, String b) {
        TreeSet<String> all = new TreeSet<>();
        for (String s : new String[] {a, b}) {
            if (s != null && !s.isEmpty()) {
                for (String w : s.split(" ")) {
                    if (all.size() < MAX_WORDS) {
                        all.add(w);
                    }
                }
            }
        }
        return String.join(" ", all);
    }

    /** The next GlobalEventID, kept in store_meta inside the transaction so ids never repeat. */
    private long nextId() throws SQLException {
        if (nextId == 0) {
            try (ResultSet rs = c.get("SELECT CAST(value AS BIGINT) FROM store_meta WHERE key = 'next_event_id'")
                    .executeQuery()) {
                nextId = rs.next() ? rs.getLong(1) : 0;
            }
            if (nextId == 0) {
                try (ResultSet rs = c.get("SELECT coalesce(max(id), 0) + 1 FROM events").executeQuery()) {
                    rs.next();
                    nextId = rs.getLong(1);
                }
            }
        }
        return nextId++;
    }

    /** Saves the next id and the rollup deltas with the batch's transaction (called once, before commit). */
    void saveNextId(java.sql.Connection conn) throws SQLException {
        rollups.flush(conn);
        if (nextId != 0) {
            PreparedStatement ps = c.get("INSERT OR REPLACE INTO store_meta VALUES ('next_event_id', ?)");
            ps.setString(1, Long.toString(nextId));
            ps.executeUpdate();
        }
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** The outlet that counts as a distinct source: the outlet, else the URL's host, else the article itself. */
    static String sourceOf(Article a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return a.outlet();
        }
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: fall through
            }
        }
        return "article:" + a.id();
    }
}
