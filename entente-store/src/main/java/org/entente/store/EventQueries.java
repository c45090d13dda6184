package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.events.model.Location;
import org.entente.events.model.Modality;
import org.entente.events.model.EventMention;
import org.entente.events.model.Span;

/** Reads resolved events and their mentions back into records. */
final class EventQueries {
    static final String EVENT_COLS = "e.id, e.date, e.source, e.target, e.source_country, e.target_country, e.code,"
            + " e.root, e.quad, e.goldstein, e.plover, e.modality, e.historical, e.location_country,"
            + " e.location_place, e.num_mentions, e.num_articles, e.num_sources, e.first_seen, e.last_seen,"
            + " e.article_id, e.sentence, e.text";
    static final String MENTION_COLS = "m.article, m.article_id, m.date, m.source, m.target, m.source_country,"
            + " m.target_country, m.code, m.root, m.quad, m.goldstein, m.plover, m.modality, m.sentence, m.text,"
            + " m.span_start, m.span_end, m.source_start, m.source_end, m.verb_start, m.verb_end, m.target_start,"
            + " m.target_end, m.location_country, m.location_place, m.historical, m.said_by, m.pattern, m.idx,"
            + " m.event_id, a.outlet, a.url, a.title, a.date, m.resolution_score, m.resolution,"
            + " m.location_division, m.location_adm1, m.location_lat, m.location_lon, m.location_feature_id";

    private EventQueries() {
    }

    static Page<EventSummary> search(Connection c, EventFilter f, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e WHERE " + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<EventSummary> items = new ArrayList<>();
        String sql = "SELECT " + EVENT_COLS + " FROM events e WHERE " + where
                + " ORDER BY e.date DESC NULLS LAST, e.num_mentions DESC, e.id LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, params);
            ps.setInt(i++, Math.max(0, limit));
            ps.setInt(i, Math.max(0, offset));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
        }
        return new Page<>(items, total, offset, limit);
    }

    static Optional<EventDetail> detail(Connection c, long id) throws SQLException {
        EventSummary e;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLS + " FROM events e WHERE e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                e = summary(rs);
            }
        }
        String sql = "SELECT " + MENTION_COLS + " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                + " WHERE m.event_id = ? ORDER BY a.ingested, m.article_id, m.idx";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return Optional.of(new EventDetail(e, mentions(ps)));
        }
    }

    static List<StoredMention> mentions(PreparedStatement ps) throws SQLException {
        List<StoredMention> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(mention(rs));
            }
        }
        return out;
    }

    static StoredMention mention(ResultSet rs) throws SQLException {
        String locCountry = rs.getString(24);
        String locPlace = rs.getString(25);
        EventMention m = new EventMention(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getInt(10), rs.getDouble(11), rs.getString(12), Modality.parse(rs.getString(13)),
                rs.getInt(14), rs.getString(15), span(rs, 16), span(rs, 18), span(rs, 20), span(rs, 22),
                locCountry == null && locPlace == null ? null : location(rs, locCountry, locPlace),
                rs.getBoolean(26), rs.getString(27), rs.getString(28));
        long eventId = rs.getLong(30);
        int index = rs.getInt(29);
        boolean noEvent = rs.getObject(30) == null;
        double score = rs.getDouble(35);
        Double resolutionScore = rs.wasNull() ? null : score;
        return new StoredMention(m, index, noEvent ? -1 : eventId, rs.getString(31), rs.getString(32),
                rs.getString(33), rs.getObject(34, LocalDate.class), resolutionScore, rs.getString(36));
    }

    /** A stored location with what the gazetteer resolved (columns 37-41 of MENTION_COLS). */
    private static Location location(ResultSet rs, String country, String place) throws SQLException {
        double lat = rs.getDouble(39);
        boolean noLat = rs.wasNull();
        double lon = rs.getDouble(40);
        boolean noLon = rs.wasNull();
        return new Location(country, place, rs.getString(37), rs.getString(38), noLat ? null : lat,
                noLon ? null : lon, rs.getString(41));
    }

    private static Span span(ResultSet rs, int col) throws SQLException {
        int s = rs.getInt(col);
        if (rs.wasNull()) {
            return null;
        }
        return new Span(s, rs.getInt(col + 1));
    }

    static EventSummary summary(ResultSet rs) throws SQLException {
        return new EventSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getDouble(10),
                rs.getString(11), rs.getString(12), rs.getBoolean(13), rs.getString(14), rs.getString(15),
                rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class), rs.getString(21), rs.getInt(22), rs.getString(23));
    }

    /** WHERE clause for a filter; an actor code of three letters also matches its country roll-up. */
    static String where(EventFilter f, List<Object> params) {
        List<String> w = new ArrayList<>();
        w.add("e.modality IN (" + String.join(",", f.modality().stream().map(m -> "?").toList()) + ")");
        f.modality().stream().sorted().forEach(m -> params.add(m.label()));
        if (!f.includeHistorical()) {
            w.add("NOT e.historical");
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            String a = f.actor().trim().toUpperCase(Locale.ROOT);
            if (f.partner() != null && !f.partner().isBlank()) {
                String b = f.partner().trim().toUpperCase(Locale.ROOT);
                w.add("((" + side("source", "src_key", a, params) + " AND " + side("target", "tgt_key", b, params)
                        + ") OR (" + side("source", "src_key", b, params) + " AND "
                        + side("target", "tgt_key", a, params) + "))");
            } else {
                w.add("(" + side("source", "src_key", a, params) + " OR " + side("target", "tgt_key", a, params) + ")");
            }
        }
        if (f.country() != null && !f.country().isBlank()) {
            w.add("(e.source_country = ? OR e.target_country = ?)");
            String cc = f.country().trim().toUpperCase(Locale.ROOT);
            params.add(cc);
            params.add(cc);
        }
        if (f.code() != null && !f.code().isBlank()) {
            w.add("starts_with(e.code, ?)");
            params.add(f.code().trim());
        }
        if (f.quad() != null) {
            w.add("e.quad = ?");
            params.add(f.quad());
        }
        if (f.from() != null) {
            w.add("e.date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            w.add("e.date <= ?");
            params.add(f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            // any of the event's sentences, not only the first report's
            w.add("e.id IN (SELECT event_id FROM event_mentions WHERE contains(lower(text), ?))");
            params.add(f.text().trim().toLowerCase(Locale.ROOT));
        }
        return String.join(" AND ", w);
    }

    private static String side(String actorCol, String keyCol, String code, List<Object> params) {
        params.add(code);
        if (code.length() == 3) {
            params.add(code);
            return "(e." + actorCol + " = ? OR e." + keyCol + " = ?)";
        }
        return "e." + actorCol + " = ?";
    }

    static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
