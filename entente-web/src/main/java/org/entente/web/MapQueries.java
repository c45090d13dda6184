package org.entente.web;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.EventFilter;
import org.entente.store.Store;

/**
 * The map's reads: per-country totals (events each country took part in) and located events grouped by place,
 * under the same filter as the event search (actor or dyad, dates, modalities, no background history), so a
 * country's total on the map is the count the event list shows for that country.
 */
final class MapQueries {
    /** Event ids a point carries for the reader to open (most reported first). */
    static final int IDS_PER_POINT = 20;
    /** Points drawn at most (the busiest places); the per-country totals are never cut. */
    static final int MAX_POINTS = 2000;

    private final Store store;

    MapQueries(Store store) {
        this.store = store;
    }

    WebData.MapData map(WebData.MapQuery q) {
        EventFilter f = new EventFilter(q.actor() != null ? q.actor() : q.a(), q.b(), null, null, null,
                q.modalities(), q.from(), q.to(), null, false);
        List<Object> params = new ArrayList<>();
        String where = f.toSql(params);
        return store.read(c -> {
            long events = 0, located = 0, placed = 0;
            boolean coordinates = hasCoordinates(c);
            // coordinates live on the mentions (each report's own location); an event is placed by any of them
            String totals = "SELECT count(*), count_if(e.location_country IS NOT NULL OR e.location_place IS NOT NULL)"
                    + (coordinates ? ", count_if(e.id IN (SELECT event_id FROM event_mentions WHERE location_lat IS NOT NULL))"
                    : ", 0") + " FROM events e WHERE " + where;
            try (PreparedStatement ps = c.prepareStatement(totals)) {
                bind(ps, params, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        events = rs.getLong(1);
                        located = rs.getLong(2);
                        placed = rs.getLong(3);
                    }
                }
            }
            // (event, country) pairs first, so an event between two actors of one country counts once for it
            String countries = "SELECT k, count(*) n FROM (SELECT e.id, e.source_country k FROM events e WHERE " + where
                    + " AND e.source_country IS NOT NULL UNION SELECT e.id, e.target_country k FROM events e WHERE "
                    + where + " AND e.target_country IS NOT NULL) GROUP BY k ORDER BY n DESC, k";
            List<WebData.MapCountry> byCountry = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(countries)) {
                bind(ps, params, bind(ps, params, 1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String k = rs.getString(1);
                        byCountry.add(new WebData.MapCountry(k, Names.actor(k, k), rs.getLong(2)));
                    }
                }
            }
            List<WebData.MapPoint> points = new ArrayList<>();
            if (coordinates) {
                String sql = "WITH loc AS (SELECT event_id, arg_min(location_lat, idx) lat, arg_min(location_lon, idx) lon,"
                        + " arg_min(location_place, idx) place, arg_min(location_division, idx) division,"
                        + " arg_min(location_country, idx) country FROM event_mentions"
                        + " WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL GROUP BY event_id)"
                        + " SELECT round(l.lat, 3) la, round(l.lon, 3) lo, any_value(l.place), any_value(l.division),"
                        + " any_value(l.country), count(*) n, list(e.id ORDER BY e.num_mentions DESC, e.id)[1:"
                        + IDS_PER_POINT + "] FROM events e JOIN loc l ON l.event_id = e.id WHERE " + where
                        + " GROUP BY la, lo ORDER BY n DESC, la, lo LIMIT " + MAX_POINTS;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, params, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            points.add(new WebData.MapPoint(rs.getDouble(1), rs.getDouble(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getLong(6), ids(rs.getArray(7))));
                        }
                    }
                }
            }
            org.entente.relations.PairQuery pq = new org.entente.relations.PairQuery(null, null, q.from(), q.to(),
                    org.entente.relations.Period.MONTH, q.modalities(), true, false);
            return new WebData.MapData(events, located, placed, byCountry, points,
                    WebData.Counting.of(org.entente.relations.Counting.of(pq)));
        });
    }

    /** Stores written before the gazetteer had coordinates have no such columns: they draw no points. */
    private static boolean hasCoordinates(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'event_mentions'"
                + " AND column_name IN ('location_lat', 'location_lon', 'location_division')")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 3;
            }
        }
    }

    private static List<String> ids(Array array) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    private static int bind(PreparedStatement ps, List<Object> params, int from) throws java.sql.SQLException {
        int i = from;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
