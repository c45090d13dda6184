package org.entente.relations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.events.model.Modality;
import org.entente.store.EventFilter;
import org.entente.store.EventSummary;
import org.entente.store.Page;
import org.entente.store.Store;

/**
 * Relationship measures over the resolved events of a store: a pair's series, the most active pairs, shifts.
 * Everything counts events (one per real happening), not reports; background history is left out.
 */
public final class Relations {
    private final Store store;

    public Relations(Store store) {
        this.store = store;
    }

    /** The pair's series per period, without shift detection. */
    public List<PeriodPoint> series(PairQuery q) {
        require(q);
        Sql pair = pairPredicate(q);
        String part = q.by().sqlPart();
        String trunc = "CAST(date_trunc('" + part + "', date) AS DATE)";
        String common = commonFilter(q);
        // the pair's events per period: from the day rollup for two countries, else from the events themselves
        String f = pair.rollup
                ? "SELECT " + trunc + " p, sum(n) n, sum(q1) q1, sum(q2) q2, sum(q3) q3, sum(q4) q4, sum(goldstein) g,"
                    + " sum(mentions) m FROM pair_day WHERE pair = ? AND " + common + " GROUP BY 1"
                : "SELECT " + trunc + " p, count(*) n, count_if(quad=1) q1, count_if(quad=2) q2, count_if(quad=3) q3,"
                    + " count_if(quad=4) q4, sum(goldstein) g, sum(num_mentions) m FROM events WHERE " + pair.sql
                    + " AND " + common + " GROUP BY 1";
        // all news of the period (same modality and dates): the denominator of the pair's share
        String t = "SELECT " + trunc + " p, sum(n) n FROM day_totals WHERE " + common + " GROUP BY 1";
        String sql = "WITH f AS (" + f + "), t AS (" + t + ") SELECT f.p, f.n, f.q1, f.q2, f.q3, f.q4, f.g, f.m, t.n"
                + " FROM f JOIN t ON f.p = t.p WHERE f.n > 0 ORDER BY f.p";
        return store.read(c -> {
            List<PeriodPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = pair.bind(ps, 1);
                i = bindCommon(ps, i, q);
                bindCommon(ps, i, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        long[] quad = {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                        double sum = rs.getDouble(7);
                        out.add(new PeriodPoint(rs.getObject(1, java.time.LocalDate.class), q.a(), q.b(), n, quad,
                                sum / n, sum, index(quad, n), n / (double) rs.getLong(9), rs.getLong(8)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The pair's events that have no date, per QuadClass, under the query's modalities; always zero when the
     * query has a date range (a range keeps dated events only). A series has no period to put them in, so it
     * reports them beside its periods and keeps them in its totals: the pair then counts the same as in a
     * ranking without dates (see {@link Counting}).
     */
    public long[] undated(PairQuery q) {
        require(q);
        long[] quad = new long[4];
        if (q.from() != null || q.to() != null) {
            return quad;
        }
        Sql pair = pairPredicate(q);
        String sql = "SELECT count_if(quad=1), count_if(quad=2), count_if(quad=3), count_if(quad=4) FROM events WHERE "
                + pair.sql + (pair.rollup ? " AND src_key <> tgt_key" : "") + " AND date IS NULL AND "
                + commonFilter(q);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = pair.bind(ps, 1);
                bindCommon(ps, i, q);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        for (int k = 0; k < 4; k++) {
                            quad[k] = rs.getLong(k + 1);
                        }
                    }
                }
            }
            return quad;
        });
    }

    /** The pair's series with the periods where its index left its normal range, and their evidence. */
    public PairSeries seriesWithShifts(PairQuery q, ShiftDetector detector) {
        List<PeriodPoint> points = series(q);
        List<Shift> shifts = new ArrayList<>();
        for (ShiftDetector.Flag f : detector.detect(points)) {
            PeriodPoint p = f.point();
            java.time.LocalDate end = next(p.period(), q.by()).minusDays(1);
            List<EventSummary> evidence = evidence(q, p.period(), end, f.z() >= 0, detector.evidence());
            shifts.add(new Shift(p.period(), p.index(), p.events(), f.mean(), f.sd(), f.z(),
                    f.z() >= 0 ? "cooperation" : "conflict", evidence));
        }
        return new PairSeries(q.a(), q.b(), q.by(), points, shifts);
    }

    /** The most active pairs in the range, ranked by events (ties: more reports first). */
    public List<PairSummary> topPairs(PairQuery q, int limit) {
        // a country with itself (domestic news) is not a relation. With dates, countries come from the day
        // rollup; without, from the events, so that undated articles (plain text without --date) count too
        boolean undated = q.from() == null && q.to() == null;
        String sql;
        if (q.rollup() && !undated) {
            sql = "SELECT pair, sum(n) n, sum(q1), sum(q2), sum(q3), sum(q4), sum(goldstein), sum(mentions) m"
                    + " FROM pair_day WHERE split_part(pair, '|', 1) <> split_part(pair, '|', 2) AND "
                    + commonFilter(q) + " GROUP BY 1";
        } else {
            String pair = q.rollup() ? "country_pair" : "actor_pair";
            sql = "SELECT " + pair + ", count(*) n, count_if(quad=1), count_if(quad=2), count_if(quad=3),"
                    + " count_if(quad=4), sum(goldstein), sum(num_mentions) m FROM events WHERE " + pair
                    + " IS NOT NULL" + (q.rollup() ? " AND src_key <> tgt_key" : "") + " AND " + commonFilter(q)
                    + " GROUP BY 1";
        }
        String ranked = sql + " ORDER BY n DESC, m DESC, 1 LIMIT " + Math.max(1, limit);
        return store.read(c -> {
            List<PairSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ranked)) {
                bindCommon(ps, 1, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] ab = rs.getString(1).split("\\|", 2);
                        long n = rs.getLong(2);
                        long[] quad = {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                        out.add(new PairSummary(ab[0], ab[1], n, quad, n == 0 ? 0 : rs.getDouble(7) / n,
                                rs.getDouble(7), index(quad, n), rs.getLong(8)));
                    }
                }
            }
            return out;
        });
    }

    /** The pair over the whole range as one summary (zero events if they never met). */
    public PairSummary summary(PairQuery q) {
        long n = 0;
        long mentions = 0;
        long[] quad = new long[4];
        double sum = 0;
        for (PeriodPoint p : series(q)) {
            n += p.events();
            mentions += p.mentions();
            sum += p.goldsteinSum();
            for (int i = 0; i < 4; i++) {
                quad[i] += p.quad()[i];
            }
        }
        return new PairSummary(q.a(), q.b(), n, quad, n == 0 ? 0 : sum / n, sum, index(quad, n), mentions);
    }

    /**
     * Every country pair's events per QuadClass inside [start, end] and before start, in one pass over the day
     * rollup (the change ranking compares the two for hundreds of pairs at once). Keys are "A|B"; values are
     * {window q1..q4, before q1..q4}. Pairs with fewer than {@code minWindow} events in the window, or fewer
     * than {@code minBefore} before it, are left out. Modalities as {@code q}; its dates are ignored.
     */
    java.util.Map<String, long[]> windowAndBefore(PairQuery q, java.time.LocalDate start, java.time.LocalDate end,
                                                  int minWindow, int minBefore) {
        PairQuery undated = q.withDates(null, null);
        StringBuilder cols = new StringBuilder();
        for (String when : List.of("date >= ?", "date < ?")) {
            for (int k = 1; k <= 4; k++) {
                cols.append(", sum(q").append(k).append(") FILTER (WHERE ").append(when).append(")");
            }
        }
        String sql = "SELECT pair" + cols + " FROM pair_day WHERE split_part(pair, '|', 1) <> split_part(pair, '|', 2)"
                + " AND date <= ? AND " + commonFilter(undated) + " GROUP BY pair"
                + " HAVING coalesce(sum(n) FILTER (WHERE date >= ?), 0) >= ?"
                + " AND coalesce(sum(n) FILTER (WHERE date < ?), 0) >= ?";
        return store.read(c -> {
            java.util.Map<String, long[]> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (int k = 0; k < 4; k++) {
                    ps.setObject(i++, start);
                }
                for (int k = 0; k < 4; k++) {
                    ps.setObject(i++, start);
                }
                ps.setObject(i++, end);
                i = bindCommon(ps, i, undated);
                ps.setObject(i++, start);
                ps.setInt(i++, minWindow);
                ps.setObject(i++, start);
                ps.setInt(i, minBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] v = new long[8];
                        for (int k = 0; k < 8; k++) {
                            v[k] = rs.getLong(k + 2);
                        }
                        out.put(rs.getString(1), v);
                    }
                }
            }
            return out;
        });
    }

    /** The pair's events between two dates, most reported first, leaning to co-operation or conflict. */
    List<EventSummary> evidence(PairQuery q, java.time.LocalDate from, java.time.LocalDate to, boolean cooperative,
                                int limit) {
        EventFilter f = EventFilter.any().withPair(q.a(), q.b()).withModality(q.modality()).withDates(from, to);
        Page<EventSummary> page = store.searchEvents(f, 0, 10_000);
        return page.items().stream()
                .filter(e -> matches(q, e))
                .sorted(java.util.Comparator.comparingDouble((EventSummary e) -> cooperative ? -e.goldstein()
                        : e.goldstein()).thenComparing(e -> -e.numMentions()))
                .limit(limit).toList();
    }

    static double index(long[] quad, long n) {
        return n == 0 ? 0 : ((quad[0] + quad[1]) - (quad[2] + quad[3])) / (double) n;
    }

    private static boolean matches(PairQuery q, EventSummary e) {
        boolean fwd = side(q, q.a(), e.source(), e.sourceCountry()) && side(q, q.b(), e.target(), e.targetCountry());
        boolean back = side(q, q.b(), e.source(), e.sourceCountry()) && side(q, q.a(), e.target(), e.targetCountry());
        return fwd || (!q.directed() && back);
    }

    /**
     * The pair's mean tone per period (issue 16): the mean over the period's events of each event's tone, itself
     * the mean document tone of the articles reporting it (GDELT's AvgTone). Periods whose articles carry no tone
     * (stores written before tone was scored) are absent.
     */
    public java.util.Map<java.time.LocalDate, Double> toneSeries(PairQuery q) {
        require(q);
        Sql pair = pairPredicate(q);
        String trunc = "CAST(date_trunc('" + q.by().sqlPart() + "', date) AS DATE)";
        String sql = "WITH e AS (SELECT id, " + trunc + " p FROM events WHERE " + pair.sql + " AND " + commonFilter(q)
                + "), t AS (SELECT d.event_id, avg(a.tone) tone FROM (SELECT DISTINCT event_id, article_id"
                + " FROM event_mentions WHERE event_id IN (SELECT id FROM e)) d JOIN articles a ON a.id = d.article_id"
                + " GROUP BY 1) SELECT e.p, avg(t.tone) FROM e JOIN t ON t.event_id = e.id WHERE e.p IS NOT NULL"
                + " AND t.tone IS NOT NULL GROUP BY 1 ORDER BY 1";
        return store.read(c -> {
            java.util.Map<java.time.LocalDate, Double> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = pair.bind(ps, 1);
                bindCommon(ps, i, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, java.time.LocalDate.class), rs.getDouble(2));
                    }
                }
            }
            return out;
        });
    }

    private static boolean side(PairQuery q, String code, String actor, String country) {
        if (code.equals(actor)) {
            return true;
        }
        String key = country != null ? country : actor;
        return q.rollup() && code.length() == 3 && code.equals(key);
    }

    private static java.time.LocalDate next(java.time.LocalDate d, Period by) {
        return switch (by) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case YEAR -> d.plusYears(1);
        };
    }

    private static void require(PairQuery q) {
        if (q.a() == null || q.b() == null || q.a().isBlank() || q.b().isBlank()) {
            throw new IllegalArgumentException("a pair needs two codes");
        }
    }

    /** SQL fragment and its parameters. */
    private record Sql(String sql, List<String> params, boolean rollup) {
        int bind(PreparedStatement ps, int i) throws SQLException {
            for (String p : params) {
                ps.setString(i++, p);
            }
            return i;
        }
    }

    /**
     * Two country codes hit the precomputed {@code country_pair} column (one equality: the fast path the
     * 10-million-event benchmark measures); anything else matches each side on actor code or roll-up key.
     */
    private static Sql pairPredicate(PairQuery q) {
        String a = q.a().trim().toUpperCase(Locale.ROOT);
        String b = q.b().trim().toUpperCase(Locale.ROOT);
        if (q.rollup() && !q.directed() && a.length() == 3 && b.length() == 3) {
            String key = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
            return new Sql("country_pair = ?", List.of(key), true);
        }
        String sa = q.rollup() && a.length() == 3 ? "(source = ? OR src_key = ?)" : "(source = ? OR ? IS NULL)";
        String ta = q.rollup() && b.length() == 3 ? "(target = ? OR tgt_key = ?)" : "(target = ? OR ? IS NULL)";
        String sb = q.rollup() && b.length() == 3 ? "(source = ? OR src_key = ?)" : "(source = ? OR ? IS NULL)";
        String tb = q.rollup() && a.length() == 3 ? "(target = ? OR tgt_key = ?)" : "(target = ? OR ? IS NULL)";
        String fwd = "(" + sa + " AND " + ta + ")";
        if (q.directed()) {
            return new Sql(fwd, List.of(a, a, b, b), false);
        }
        return new Sql("(" + fwd + " OR (" + sb + " AND " + tb + "))", List.of(a, a, b, b, b, b, a, a), false);
    }

    /**
     * The filter every measure shares: no background history, the modalities asked for, and the date range
     * where one is given (a bound that is not given is left out, so without any, undated events count too;
     * with one, they don't). {@link #bindCommon} binds its parameters.
     */
    private static String commonFilter(PairQuery q) {
        return "NOT historical AND modality IN (" + String.join(",", q.modality().stream().map(m -> "?").toList())
                + ")" + (q.from() != null ? " AND date >= ?" : "") + (q.to() != null ? " AND date <= ?" : "");
    }

    private static int bindCommon(PreparedStatement ps, int i, PairQuery q) throws SQLException {
        for (Modality m : q.modality().stream().sorted().toList()) {
            ps.setString(i++, m.label());
        }
        if (q.from() != null) {
            ps.setObject(i++, q.from());
        }
        if (q.to() != null) {
            ps.setObject(i++, q.to());
        }
        return i;
    }
}
