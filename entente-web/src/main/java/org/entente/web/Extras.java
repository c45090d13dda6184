package org.entente.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.EventSummary;
import org.entente.store.Orientation;
import org.entente.store.Store;

/**
 * The few reads the dashboard needs that the store's public queries do not offer, done through the store's own
 * JDBC access ({@link Store#read}) on its documented tables: the evidence spans of each listed event's first
 * mention, and the breakdowns shown with the statistics.
 */
final class Extras {
    private static final String[] QUAD_NAMES = {"", "verbal co-operation", "material co-operation",
        "verbal conflict", "material conflict"};

    private final Store store;

    Extras(Store store) {
        this.store = store;
    }

    /** How many uncoded articles the statistics name. */
    static final int MAX_UNCODED = 100;

    /**
     * Where the event's first mention (the one the store lists with it) puts its sentence, actors and verb; the
     * event's tone (mean document tone of the articles reporting it, GDELT's AvgTone) and the first article's language.
     */
    record FirstMention(int[] span, WebData.Evidence evidence, String title, String outlet, Double tone,
                        String language) {
    }

    /** One mention's sentence tone, its article's tone and language. */
    record MentionTone(Double tone, Double docTone, String language) {
    }

    Map<Long, FirstMention> firstMentions(List<EventSummary> events) {
        Map<Long, FirstMention> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Map<Long, EventSummary> byId = new HashMap<>();
        for (EventSummary e : events) {
            byId.put(e.id(), e);
        }
        String marks = String.join(",", java.util.Collections.nCopies(byId.size(), "?"));
        String sql = "SELECT m.event_id, m.article_id, m.sentence, m.span_start, m.span_end, m.source_start,"
                + " m.source_end, m.verb_start, m.verb_end, m.target_start, m.target_end, coalesce(a.title, a.name), a.outlet,"
                + " a.tone, a.language, " + Orientation.reversedSql("m", "e")
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id"
                + " WHERE m.event_id IN (" + marks + ")"
                + " ORDER BY m.event_id, a.date NULLS LAST, m.article_id, m.idx";
        Map<Long, Map<String, Double>> articleTones = new HashMap<>();
        Map<Long, FirstMention> found = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Long id : byId.keySet()) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        EventSummary e = byId.get(id);
                        boolean exact = e.articleId() != null && e.articleId().equals(rs.getString(2))
                                && e.sentence() == rs.getInt(3);
                        double t = rs.getDouble(14);
                        if (!rs.wasNull()) {
                            articleTones.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(2), t);
                        }
                        if (out.containsKey(id) && !exact) {
                            continue;                 // keep the earliest unless this is the very mention listed
                        }
                        // shown under the event's source and target: a report told the other way round swaps
                        boolean reversed = rs.getBoolean(16);
                        WebData.Evidence ev = new WebData.Evidence(pair(rs, reversed ? 10 : 6), pair(rs, 8),
                                pair(rs, reversed ? 6 : 10));
                        FirstMention m = new FirstMention(pair(rs, 4), ev, rs.getString(12), rs.getString(13), null,
                                rs.getString(15));
                        if (exact || !out.containsKey(id)) {
                            out.put(id, m);
                        }
                    }
                }
            }
            return out;
        });
        Map<Long, FirstMention> withTone = new HashMap<>();
        found.forEach((id, m) -> {
            Map<String, Double> tones = articleTones.get(id);
            Double tone = tones == null ? null
                    : Math.round(tones.values().stream().mapToDouble(Double::doubleValue).average().orElse(0) * 1000)
                    / 1000.0;
            withTone.put(id, new FirstMention(m.span(), m.evidence(), m.title(), m.outlet(), tone, m.language()));
        });
        return withTone;
    }

    /**
     * What changes whenever the store's answers do: the last writer's commit token (every batch of articles), the
     * runs (one that stored nothing still shows), and the events' count, latest update and id (a re-resolution
     * rewrites them without a writer token). Cheap: one row of store_meta, a count of runs, one scan of events.
     */
    String storeVersion() {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT value FROM store_meta"
                    + " WHERE key = 'writer'), (SELECT count(*) FROM runs), count(*), max(updated), max(id)"
                    + " FROM events")) {
                rs.next();
                return rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                        + rs.getLong(5);
            }
        });
    }

    /** Tone and language of each mention of an event, by "articleId#index". */
    Map<String, MentionTone> mentionTones(long eventId) {
        return store.read(c -> {
            Map<String, MentionTone> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.article_id, m.idx, m.tone, a.tone, a.language"
                    + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "#" + rs.getInt(2), new MentionTone(nullable(rs, 3),
                                nullable(rs, 4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /** An article's document tone, or null (unknown article, or stored before tone was scored). */
    Double articleTone(String articleId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tone FROM articles WHERE id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? nullable(rs, 1) : null;
                }
            }
        });
    }

    /** Articles per detected language ("unknown" for texts too short to tell). */
    List<WebData.Count> languages() {
        return counts("SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
                k -> k.equals("unknown") ? "unknown" : org.entente.text.LanguageDetector.name(k));
    }

    /** Articles stored but not coded: in a language the coder does not read. */
    long uncodedCount() {
        return store.read(c -> scalar(c, "SELECT count(*) FROM articles WHERE " + uncoded(true)));
    }

    private static String uncoded(boolean wanted) {
        String read = org.entente.pipeline.Pipeline.CODED_LANGUAGES.stream().sorted().map(l -> "'" + l + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        String coded = "(language IS NULL OR language IN (" + read + "))";
        return wanted ? "NOT " + coded : coded;
    }

    /** A page of articles, newest first (undated last), by language and coded state. */
    WebData.Page<WebData.ArticleRow> articles(WebData.ArticleQuery q) {
        StringBuilder where = new StringBuilder("TRUE");
        if (q.language() != null) {
            where.append(" AND language = ?");
        }
        if (q.coded() != null) {
            where.append(" AND ").append(uncoded(!q.coded()));
        }
        return store.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles WHERE " + where)) {
                if (q.language() != null) {
                    ps.setString(1, q.language());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<WebData.ArticleRow> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.name, a.title, a.outlet, a.date, a.language,"
                    + " a.tone, (SELECT count(DISTINCT m.event_id) FROM event_mentions m WHERE m.article_id = a.id)"
                    + " FROM articles a WHERE " + where + " ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?")) {
                int i = 1;
                if (q.language() != null) {
                    ps.setString(i++, q.language());
                }
                ps.setInt(i++, q.limit());
                ps.setInt(i, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String lang = rs.getString(6);
                        items.add(new WebData.ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, java.time.LocalDate.class), lang, nullable(rs, 7),
                                org.entente.pipeline.Pipeline.reads(lang), rs.getLong(8)));
                    }
                }
            }
            return new WebData.Page<>(total, q.limit(), q.offset(), items);
        });
    }

    private static Double nullable(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : Math.round(v * 1000) / 1000.0;
    }

    private static int[] pair(ResultSet rs, int col) throws SQLException {
        int a = rs.getInt(col);
        if (rs.wasNull()) {
            return null;
        }
        int b = rs.getInt(col + 1);
        return rs.wasNull() ? null : new int[] {a, b};
    }

    /** Events per country as source or target, any modality, history left out: the weight of a roll-up. */
    Map<String, Long> countryEvents() {
        return store.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k, count(DISTINCT id)"
                    + " FROM (SELECT id, source_country k, historical h FROM events UNION ALL"
                    + " SELECT id, target_country, historical FROM events) WHERE k IS NOT NULL"
                    + " AND NOT coalesce(h, false) GROUP BY k")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    long actorCount() {
        return store.read(c -> scalar(c, "SELECT count(DISTINCT code) FROM actor_mentions WHERE code IS NOT NULL"));
    }

    List<WebData.Count> quads() {
        return counts("SELECT CAST(quad AS VARCHAR), count(*) FROM events WHERE NOT coalesce(historical, false)"
                + " GROUP BY quad ORDER BY quad", k -> {
                    int q = Integer.parseInt(k);
                    return q >= 1 && q <= 4 ? QUAD_NAMES[q] : null;
                });
    }

    List<WebData.Count> modalities() {
        return counts("SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", k -> null);
    }

    /** Countries in the most events (as source or target), for the header of the dashboard. */
    List<WebData.Count> countries(int limit) {
        return counts("SELECT c, count(DISTINCT id) FROM (SELECT id, source_country c FROM events UNION ALL"
                + " SELECT id, target_country FROM events) WHERE c IS NOT NULL GROUP BY c ORDER BY 2 DESC, 1 LIMIT "
                + limit, Names::country);
    }

    private List<WebData.Count> counts(String sql, java.util.function.Function<String, String> name) {
        return store.read(c -> {
            List<WebData.Count> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (key != null) {
                        out.add(new WebData.Count(key, name.apply(key), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
