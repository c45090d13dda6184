package org.entente.relations;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.entente.store.Store;

/**
 * Does tone separate what it should? Mean tone per QuadClass over a store's asserted, non-historical events: each
 * event's tone is GDELT's AvgTone (mean document tone of the articles reporting it), and beside it the mean tone of
 * the reports' own sentences. Prints a Markdown table (the one in BENCHMARKS.md). Run by
 * {@code scripts/tone-by-quad.sh DB}.
 */
public final class ToneByQuad {
    private ToneByQuad() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ToneByQuad STORE_DIR");
            System.exit(2);
        }
        String[] names = {"", "1 verbal co-operation", "2 material co-operation", "3 verbal conflict",
            "4 material conflict"};
        String sql = "WITH d AS (SELECT DISTINCT event_id, article_id FROM event_mentions),"
                + " t AS (SELECT d.event_id, avg(a.tone) tone FROM d JOIN articles a ON a.id = d.article_id"
                + " GROUP BY 1), s AS (SELECT event_id, avg(tone) tone FROM event_mentions GROUP BY 1)"
                + " SELECT e.quad, count(*), avg(t.tone), stddev_samp(t.tone), avg(s.tone), stddev_samp(s.tone)"
                + " FROM events e JOIN t ON t.event_id = e.id JOIN s ON s.event_id = e.id"
                + " WHERE e.modality = 'asserted' AND NOT e.historical AND t.tone IS NOT NULL"
                + " GROUP BY 1 ORDER BY 1";
        try (Store store = Store.open(Path.of(args[0]))) {
            store.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    System.out.println("| QuadClass | events | mean document tone (AvgTone) ± sd | 95 % CI of the mean"
                            + " | mean sentence tone ± sd |");
                    System.out.println("|---|---:|---:|---:|---:|");
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        double mean = rs.getDouble(3);
                        double sd = rs.getDouble(4);
                        double half = n > 1 ? 1.96 * sd / Math.sqrt(n) : Double.NaN;
                        System.out.println(String.format(Locale.ROOT, "| %s | %,d | %+.2f ± %.2f | %+.2f … %+.2f"
                                + " | %+.2f ± %.2f |", names[rs.getInt(1)], n, mean, sd, mean - half, mean + half,
                                rs.getDouble(5), rs.getDouble(6)));
                    }
                }
                return null;
            });
        }
    }
}
