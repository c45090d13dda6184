package org.entente.relations;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.store.Store;

/**
 * Benchmark: a pair's monthly series over a store of N synthetic resolved events (default 10 million).
 * Rerunnable: {@code java -cp target/classes:$(cat target/runtime-classpath.txt) org.entente.relations.SeriesBenchmark
 * [--events N] [--runs R] [--db DIR]}. The store is generated once (SQL over range()) and reused on reruns.
 * Prints the median, min, max and 90th percentile of R warm runs, and the first (cold) run.
 */
public final class SeriesBenchmark {
    private SeriesBenchmark() {
    }

    public static void main(String[] args) {
        long events = 10_000_000;
        int runs = 21;
        Path db = Path.of(System.getProperty("java.io.tmpdir"), "entente-series-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Store store = Store.open(db)) {
            long have = store.stats().events();
            if (have != events) {
                long t0 = System.nanoTime();
                generate(store, events);
                System.out.printf("generated %,d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
            } else if (store.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM pair_day")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }) == 0) {
                store.write(c -> {
                    org.entente.store.Rollups.rebuild(c);
                    return null;
                });
            }
            PairQuery q = PairQuery.of("RUS", "CHN", Period.MONTH);
            Relations rel = new Relations(store);
            long c0 = System.nanoTime();
            List<PeriodPoint> first = rel.series(q);
            double cold = (System.nanoTime() - c0) / 1e6;
            List<Double> ms = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<PeriodPoint> pts = rel.series(q);
                ms.add((System.nanoTime() - t0) / 1e6);
                if (pts.size() != first.size()) {
                    throw new IllegalStateException("series changed between runs");
                }
            }
            Collections.sort(ms);
            long pairEvents = first.stream().mapToLong(PeriodPoint::events).sum();
            System.out.printf("RUS-CHN monthly series over %,d events: %d months, %,d pair events%n", events,
                    first.size(), pairEvents);
            System.out.printf("cold %.1f ms; warm runs %d: median %.1f ms, min %.1f, p90 %.1f, max %.1f%n", cold,
                    runs, ms.get(runs / 2), ms.get(0), ms.get((int) Math.floor(runs * 0.9)), ms.get(runs - 1));
        }
    }

    /**
     * Ten years of events among 60 countries, a few big pairs far more active than the rest (as in real news),
     * dates in ingest order (as a store filled day by day would be).
     */
    static void generate(Store store, long n) {
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM events");
                String countries = "['RUS','CHN','USA','UKR','FRA','DEU','GBR','IRN','ISR','IND','PAK','JPN','KOR',"
                        + "'PRK','TUR','SYR','IRQ','SAU','EGY','BRA','MEX','CAN','AUS','IDN','NGA','ZAF','KEN','ETH','AFG',"
                        + "'VNM','PHL','THA','MYS','SGP','ITA','ESP','POL','NLD','BEL','SWE','NOR','FIN','GRC','SRB','BLR',"
                        + "'KAZ','UZB','ARG','CHL','COL','VEN','CUB','LBY','SDN','YEM','QAT','ARE','JOR','LBN','OMN']";
                s.execute("""
                    INSERT INTO events
                    SELECT r AS id, d AS date, sc AS source, tc AS target, sc, tc, sc, tc,
                           least(sc, tc) || '|' || greatest(sc, tc), least(sc, tc) || '|' || greatest(sc, tc),
                           code, substr(code, 1, 2), quad, gold, 'TEST', modality, false, NULL, NULL,
                           1 + (hash(r, 7) % 5)::INT, 1, 1, d, d, now(), now(), 'bench', 0, 'synthetic', '', []
                    FROM (
                      SELECT r, DATE '2015-01-01' + CAST(r * 3652 // ?  AS INTEGER) AS d,
                             COUNTRIES[1 + CAST(least(59, floor(pow(random(), 2.5) * 60)) AS INT)] sc,
                             COUNTRIES[1 + CAST(least(59, floor(pow(random(), 2.5) * 60)) AS INT)] tc,
                             ['010','036','042','051','057','070','112','130','173','190'][1 + (hash(r) % 10)::INT] code,
                             [1,1,1,1,1,2,3,3,4,4][1 + (hash(r) % 10)::INT] quad,
                             [0.0,4.0,1.9,3.4,8.0,7.0,-2.0,-4.4,-5.0,-10.0][1 + (hash(r) % 10)::INT] gold,
                             CASE WHEN hash(r, 3) % 10 < 8 THEN 'asserted' ELSE 'future' END modality
                      FROM range(1, ? + 1) t(r))""".replace("?  ", Long.toString(n) + " ").replace("? + 1", Long.toString(n) + " + 1").replace("COUNTRIES", countries));
                org.entente.store.Rollups.rebuild(c);
                s.execute("INSERT OR REPLACE INTO store_meta VALUES ('next_event_id', '" + (n + 1) + "')");
                s.execute("CHECKPOINT");
            }
            return null;
        });
    }
}
