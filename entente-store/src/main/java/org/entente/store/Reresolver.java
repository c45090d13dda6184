package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;

/**
 * Re-resolves a store (the {@code ingest --recode} path): groups the stored event mentions into events again
 * under a (possibly changed) {@link Resolution}, without reading the input articles again. The articles are
 * taken in the order they were stored, each with its stored actor and event mentions, through the same
 * {@link EventResolver} the ingest writer uses, so a store re-resolved under the rule it was ingested with comes out
 * identical (event ids, counts, rollups). One transaction: a failure leaves the store as it was.
 */
public final class Reresolver {
    /** Articles read and resolved per round (bounded memory; the transaction still covers the whole run). */
    private static final int CHUNK = 256;

    /** What a re-resolution did. */
    public record Result(long articles, long mentions, long eventsBefore, long eventsAfter) {
    }

    private Reresolver() {
    }

    public static Result run(Store store, Resolution rule) {
        return run(store, rule, EventIndex.MAX_EVENTS);
    }

    static Result run(Store store, Resolution rule, int maxEvents) {
        return run(store, new EventResolver(rule, maxEvents));
    }

    static Result run(Store store, EventResolver resolver) {
        return store.write(conn -> {
            DuckDBConnection c = (DuckDBConnection) conn;
            c.setAutoCommit(false);
            try {
                Result r = reresolve(c, resolver);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static Result reresolve(DuckDBConnection c, EventResolver resolver) throws SQLException {
        long before = count(c, "SELECT count(*) FROM events");
        List<String> order = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY rowid")) {
            while (rs.next()) {
                order.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM events");
            s.execute("DELETE FROM pair_day");
            s.execute("DELETE FROM day_totals");
            s.execute("DELETE FROM store_meta WHERE key = 'next_event_id'");
        }
        Bulk bulk = new Bulk(c);
        long mentions = 0;
        for (int from = 0; from < order.size(); from += CHUNK) {
            List<String> chunk = order.subList(from, Math.min(order.size(), from + CHUNK));
            Map<String, Article> articles = articles(c, chunk);
            Map<String, List<ActorMention>> actors = actors(c, chunk);
            Map<String, List<StoredMention>> events = mentions(c, chunk);
            List<Object[]> updates = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now();
            for (String id : chunk) {
                Article a = articles.get(id);
                ReportContext ctx = ReportContext.of(a, actors.getOrDefault(id, List.of()));
                for (StoredMention sm : events.getOrDefault(id, List.of())) {
                    EventResolver.Resolved r = resolver.resolve(c, ctx, a, sm.mention(), now);
                    updates.add(new Object[] {id, sm.index(), r.eventId(),
                        r.evidence() == null ? null : r.evidence().score(),
                        r.evidence() == null ? null : r.evidence().explain()});
                    mentions++;
                }
            }
            List<EventState> written = resolver.flush(c, bulk);
            if (!updates.isEmpty()) {
                bulk.stage("mention_events", "SELECT article_id, idx, event_id, resolution_score, resolution"
                        + " FROM event_mentions", updates);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE event_mentions SET event_id = u.event_id,"
                            + " resolution_score = u.resolution_score, resolution = u.resolution"
                            + " FROM stage_mention_events u"
                            + " WHERE event_mentions.article_id = u.article_id AND event_mentions.idx = u.idx");
                }
            }
            resolver.committed(written);
        }
        resolver.saveMeta(c, "reresolved:" + java.util.UUID.randomUUID());
        return new Result(order.size(), mentions, before, count(c, "SELECT count(*) FROM events"));
    }

    private static String in(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private static void bind(PreparedStatement ps, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setString(i + 1, ids.get(i));
        }
    }

    private static Map<String, Article> articles(Connection c, List<String> ids) throws SQLException {
        Map<String, Article> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, url, outlet, title, date, author, language,"
                + " text FROM articles WHERE id IN " + in(ids.size()))) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                            rs.getString(8), rs.getString(9), Map.of()));
                }
            }
        }
        return out;
    }

    /** The actor mentions that name a dictionary entity (the only ones resolution looks at). */
    private static Map<String, List<ActorMention>> actors(Connection c, List<String> ids) throws SQLException {
        Map<String, List<ActorMention>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, sentence, start_char, end_char,"
                + " first_token, last_token, text, code, country, role, entity, kind, confidence, dictionary"
                + " FROM actor_mentions WHERE entity IS NOT NULL AND article_id IN " + in(ids.size())
                + " ORDER BY article_id, idx")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ActorMention(rs.getInt(2),
                            rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getDouble(13),
                            rs.getString(14)));
                }
            }
        }
        return out;
    }

    private static Map<String, List<StoredMention>> mentions(Connection c, List<String> ids) throws SQLException {
        Map<String, List<StoredMention>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EventQueries.MENTION_COLS
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id IN "
                + in(ids.size()) + " ORDER BY m.article_id, m.idx")) {
            bind(ps, ids);
            for (StoredMention sm : EventQueries.mentions(ps)) {
                out.computeIfAbsent(sm.mention().articleId(), k -> new ArrayList<>()).add(sm);
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
