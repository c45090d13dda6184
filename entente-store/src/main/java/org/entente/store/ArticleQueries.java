package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;

/** Reads articles, actors and store statistics. */
final class ArticleQueries {
    static final ObjectMapper JSON = new ObjectMapper();

    private ArticleQueries() {
    }

    static long count(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles WHERE"
                + " (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?)")) {
            ps.setObject(1, from);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The columns of an {@link ArticleRef}, for queries over {@code articles a}. */
    private static final String REF_COLS = "a.id, a.name, a.outlet, a.url, a.title, a.date, a.language,"
            + " (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)";

    /**
     * Every stored article {@code id} names: the article with that id, or each article whose input id (JSONL
     * {@code id} or file name) it is, oldest stored first.
     */
    static List<ArticleRef> matches(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLS + " FROM articles a WHERE a.id = ?"
                + " OR a.name = ? ORDER BY a.id = ? DESC, a.ingested, a.id")) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setString(3, id);
            return refs(ps);
        }
    }

    /** The other reports of the text of article {@code id}: same text, another publisher. */
    static List<ArticleRef> copies(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLS + " FROM articles a JOIN articles b"
                + " ON b.id = ? AND a.text_id = b.text_id AND a.id <> b.id ORDER BY a.date NULLS LAST, a.id")) {
            ps.setString(1, id);
            return refs(ps);
        }
    }

    private static List<ArticleRef> refs(PreparedStatement ps) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8)));
            }
        }
        return out;
    }

    /** The article {@code id} names (its own id first, else the first stored under that input id), or empty. */
    static Optional<ArticleView> article(Connection c, String id) throws SQLException {
        List<ArticleRef> matches = matches(c, id);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Article a;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, url, outlet, title, date, author, language,"
                + " text, meta FROM articles WHERE id = ?")) {
            ps.setString(1, matches.get(0).id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                a = new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
                        meta(rs.getString(10)));
            }
        }
        List<ActorMention> actors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sentence, start_char, end_char, first_token,"
                + " last_token, text, code, country, role, entity, kind, confidence, dictionary FROM actor_mentions"
                + " WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actors.add(new ActorMention(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getDouble(12), rs.getString(13)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EventQueries.MENTION_COLS
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id = ? ORDER BY m.idx")) {
            ps.setString(1, a.id());
            return Optional.of(new ArticleView(a, actors, EventQueries.mentions(ps), matches, copies(c, a.id())));
        }
    }

    static List<ActorCount> actors(Connection c, String query, int limit) throws SQLException {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        String sql = """
                WITH m AS (SELECT code, any_value(country) country, any_value(role) role, mode(text) name,
                                  count(*) n, list(DISTINCT lower(text)) names
                           FROM actor_mentions WHERE code IS NOT NULL GROUP BY code),
                     e AS (SELECT code, count(*) n FROM (SELECT source code FROM events UNION ALL
                           SELECT target FROM events) WHERE code IS NOT NULL GROUP BY code)
                SELECT coalesce(m.code, e.code), m.country, m.role, m.name, coalesce(m.n, 0), coalesce(e.n, 0)
                FROM m FULL JOIN e ON m.code = e.code
                WHERE ? = '' OR contains(lower(coalesce(m.code, e.code)), ?)
                   OR list_has_any(m.names, [?]) OR len(list_filter(m.names, lambda x: contains(x, ?))) > 0
                ORDER BY coalesce(m.n, 0) + coalesce(e.n, 0) DESC, 1 LIMIT ?""";
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q);
            ps.setString(2, q);
            ps.setString(3, q);
            ps.setString(4, q);
            ps.setInt(5, Math.max(1, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getLong(6)));
                }
            }
        }
        return out;
    }

    static StoreStats stats(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long articles;
            long outlets;
            LocalDate first;
            LocalDate last;
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT outlet), min(date), max(date) FROM articles")) {
                rs.next();
                articles = rs.getLong(1);
                outlets = rs.getLong(2);
                first = rs.getObject(3, LocalDate.class);
                last = rs.getObject(4, LocalDate.class);
            }
            long actorMentions = scalar(s, "SELECT count(*) FROM actor_mentions");
            long eventMentions = scalar(s, "SELECT count(*) FROM event_mentions");
            long events = scalar(s, "SELECT count(*) FROM events");
            List<StoreStats.RunInfo> runs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT run_id, CAST(started AS VARCHAR), entente, actors, coder, inputs"
                    + " FROM runs ORDER BY run_id")) {
                while (rs.next()) {
                    runs.add(new StoreStats.RunInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return new StoreStats(articles, actorMentions, eventMentions, events, outlets, first, last, runs);
        }
    }

    static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, String> meta(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
