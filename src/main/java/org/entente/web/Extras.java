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

    /** Where the event's first mention (the one the store lists with it) puts its sentence, actors and verb. */
    record FirstMention(int[] span, WebData.Evidence evidence, String title, String outlet) {
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
                + " m.source_end, m.verb_start, m.verb_end, m.target_start, m.target_end, coalesce(a.title, a.name), a.outlet"
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (" + marks + ")"
                + " ORDER BY m.event_id, a.date NULLS LAST, m.article_id, m.idx";
        return store.read(c -> {
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
                        if (out.containsKey(id) && !exact) {
                            continue;                 // keep the earliest unless this is the very mention listed
                        }
                        FirstMention m = new FirstMention(pair(rs, 4), new WebData.Evidence(pair(rs, 6), pair(rs, 8),
                                pair(rs, 10)), rs.getString(12), rs.getString(13));
                        if (exact || !out.containsKey(id)) {
                            out.put(id, m);
                        }
                    }
                }
            }
            return out;
        });
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
