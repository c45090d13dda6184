package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Ad-hoc: compare stores written by two builds. {@code java -cp ... org.entente.store.StoreFingerprint DIR} prints
 * per-table row counts and content hashes, leaving out what differs between runs (timestamps, run ids);
 * {@code ... StoreFingerprint DIR_A DIR_B} counts, per table, the rows of A that B lacks and back (same exclusions),
 * and the largest difference of the rollups' Goldstein sums (floating-point sums depend on batch boundaries).
 */
final class StoreFingerprint {
    private static final String[][] TABLES = {
        {"articles", "ingested, run_id"}, {"actor_mentions", ""}, {"event_mentions", ""}, {"events", "added, updated"},
        {"pair_day", "goldstein"}, {"day_totals", ""}};

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            try (Store s = Store.open(Path.of(args[0]))) {
                StoreProfile.fingerprint(s).forEach(System.out::println);
            }
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + Path.of(args[0], Store.FILE) + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + Path.of(args[1], Store.FILE) + "' AS b (READ_ONLY)");
            for (String[] t : TABLES) {
                String cols = t[1].isEmpty() ? "*" : "* EXCLUDE (" + t[1] + ")";
                String q = "SELECT (SELECT count(*) FROM a." + t[0] + "), (SELECT count(*) FROM b." + t[0] + "),"
                        + " (SELECT count(*) FROM (SELECT " + cols + " FROM a." + t[0] + " EXCEPT ALL SELECT " + cols
                        + " FROM b." + t[0] + ")), (SELECT count(*) FROM (SELECT " + cols + " FROM b." + t[0]
                        + " EXCEPT ALL SELECT " + cols + " FROM a." + t[0] + "))";
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    System.out.printf("%-15s rows %d / %d, only in A %d, only in B %d%s%n", t[0], rs.getLong(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), t[1].isEmpty() ? "" : " (without " + t[1] + ")");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT max(abs(x.goldstein - y.goldstein)) FROM a.pair_day x"
                    + " JOIN b.pair_day y USING (pair, date, modality, historical)")) {
                rs.next();
                System.out.println("pair_day goldstein: largest difference " + rs.getDouble(1));
            }
        }
    }
}
