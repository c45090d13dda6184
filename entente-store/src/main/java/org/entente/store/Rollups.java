package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Day-level rollups that keep relationship series fast on stores of millions of events: per country pair and
 * day ({@code pair_day}) and per day ({@code day_totals}, the "all news" denominator). A pair's monthly series
 * over ten years then reads a few thousand rows instead of scanning every event. The writer adds its deltas
 * once per batch, in the batch's transaction; {@link #rebuild} recomputes them from the events table.
 */
public final class Rollups {
    static final String[] DDL = {
        """
        CREATE TABLE IF NOT EXISTS pair_day(pair VARCHAR, date DATE, modality VARCHAR, historical BOOLEAN,
            n BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, q4 BIGINT, goldstein DOUBLE, mentions BIGINT,
            PRIMARY KEY (pair, date, modality, historical))""",
        """
        CREATE TABLE IF NOT EXISTS day_totals(date DATE, modality VARCHAR, historical BOOLEAN, n BIGINT,
            PRIMARY KEY (date, modality, historical))""",
    };

    private record PairKey(String pair, LocalDate date, String modality, boolean historical) {
    }

    private record DayKey(LocalDate date, String modality, boolean historical) {
    }

    private final Map<PairKey, double[]> pairs = new LinkedHashMap<>();
    private final Map<DayKey, long[]> days = new LinkedHashMap<>();

    /** A new event (counts once) or one more mention of an existing event (events = 0). */
    void add(String pair, LocalDate date, String modality, boolean historical, int quad, double goldstein,
             int events, int mentions) {
        if (date == null) {
            return;
        }
        if (pair != null) {
            double[] d = pairs.computeIfAbsent(new PairKey(pair, date, modality, historical), k -> new double[7]);
            d[0] += events;
            if (quad >= 1 && quad <= 4) {
                d[quad] += events;
            }
            d[5] += goldstein * events;
            d[6] += mentions;
        }
        if (events > 0) {
            days.computeIfAbsent(new DayKey(date, modality, historical), k -> new long[1])[0] += events;
        }
    }

    void clear() {
        pairs.clear();
        days.clear();
    }

    /** Applies the collected deltas (inside the caller's transaction) and forgets them. */
    void flush(Connection c) throws SQLException {
        if (!pairs.isEmpty()) {
            String row = "(?,?,?,?,?,?,?,?,?,?,?)";
            String sql = "INSERT INTO pair_day VALUES " + String.join(",", Collections.nCopies(pairs.size(), row))
                    + " ON CONFLICT (pair, date, modality, historical) DO UPDATE SET n = n + excluded.n,"
                    + " q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,"
                    + " goldstein = goldstein + excluded.goldstein, mentions = mentions + excluded.mentions";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Map.Entry<PairKey, double[]> e : pairs.entrySet()) {
                    ps.setString(i++, e.getKey().pair());
                    ps.setObject(i++, e.getKey().date());
                    ps.setString(i++, e.getKey().modality());
                    ps.setBoolean(i++, e.getKey().historical());
                    double[] d = e.getValue();
                    for (int k = 0; k < 5; k++) {
                        ps.setLong(i++, (long) d[k]);
                    }
                    ps.setDouble(i++, d[5]);
                    ps.setLong(i++, (long) d[6]);
                }
                ps.executeUpdate();
            }
        }
        if (!days.isEmpty()) {
            String sql = "INSERT INTO day_totals VALUES " + String.join(",", Collections.nCopies(days.size(), "(?,?,?,?)"))
                    + " ON CONFLICT (date, modality, historical) DO UPDATE SET n = n + excluded.n";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Map.Entry<DayKey, long[]> e : days.entrySet()) {
                    ps.setObject(i++, e.getKey().date());
                    ps.setString(i++, e.getKey().modality());
                    ps.setBoolean(i++, e.getKey().historical());
                    ps.setLong(i++, e.getValue()[0]);
                }
                ps.executeUpdate();
            }
        }
        clear();
    }

    /**
     * Recomputes both rollups from the events table (after a bulk load, or to repair), sorted by pair so that
     * DuckDB's zone maps skip every row group but the pair's own.
     */
    public static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM pair_day");
            s.execute("DELETE FROM day_totals");
            s.execute("INSERT INTO pair_day SELECT country_pair, date, modality, historical, count(*), count_if(quad=1),"
                    + " count_if(quad=2), count_if(quad=3), count_if(quad=4), sum(goldstein), sum(num_mentions)"
                    + " FROM events WHERE country_pair IS NOT NULL AND date IS NOT NULL GROUP BY ALL ORDER BY 1, 2");
            s.execute("INSERT INTO day_totals SELECT date, modality, historical, count(*) FROM events"
                    + " WHERE date IS NOT NULL GROUP BY ALL");
        }
    }
}
