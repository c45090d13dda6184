package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what resolution's in-memory index costs when full (BENCHMARKS.md, issue 18): fills an {@link EventIndex}
 * with {@link EventIndex#MAX_EVENTS} events whose words, story names, lead sketches, actors and outlets are those of a real store's
 * events (cycled), spread over dates as an ingest would, then reports the heap they hold (after full collections)
 * and that a commit keeps the index at its cap when 50 % more arrive. Run:
 * {@code java -Xmx1g -cp target/test-classes:target/classes:$(cat target/runtime-classpath.txt)
 * org.entente.store.ResolutionMemory STORE_DIR}
 */
public final class ResolutionMemory {
    private ResolutionMemory() {
    }

    private record Sample(String code, String words, String names, String src, String tgt, List<String> outlets,
                          String lead) {
    }

    public static void main(String[] args) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (Store s = Store.open(Path.of(args[0]))) {
            s.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT code, words, names, src_key, tgt_key,"
                        + " outlets, lead FROM events ORDER BY id")) {
                    while (rs.next()) {
                        List<String> outlets = new ArrayList<>();
                        for (Object o : (Object[]) rs.getArray(6).getArray()) {
                            outlets.add(String.valueOf(o));
                        }
                        samples.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), outlets, rs.getString(7)));
                    }
                }
                return null;
            });
        }
        Path tmp = Files.createTempDirectory("entente-resolution-memory");
        try (Store s = Store.open(tmp)) {
            s.write(c -> {
                int cap = EventIndex.MAX_EVENTS;
                EventIndex index = new EventIndex(cap);
                long before = used();
                List<EventState> batch = new ArrayList<>();
                int perDay = 200;
                LocalDate day0 = LocalDate.of(2020, 1, 1);
                for (int i = 0; i < cap * 3 / 2; i++) {
                    Sample x = samples.get(i % samples.size());
                    LocalDate d = day0.plusDays(i / perDay);
                    // copies: each event's text is its own in a real run (read from the table or a new report)
                    String words = String.valueOf(x.words().toCharArray());
                    String names = x.names() == null ? "" : String.valueOf(x.names().toCharArray());
                    EventState e = new EventState(i + 1, x.code(), d, x.src(), x.tgt(), null, null, words, names,
                            null, null, null,
                            null, 1, 1, 1, x.outlets(), d, d);
                    e.lead = Sketch.decode(x.lead()); // its own copy, as read from the table
                    index.add(c, new EventIndex.Block(x.code().substring(0, 2), "asserted", false), e);
                    batch.add(e);
                    if (i + 1 == cap) {
                        index.committed(batch);
                        batch.clear();
                        long full = used();
                        System.out.printf("events held %d (cap %d): %.1f MB, %.0f bytes per event"
                                + " (from %d real events)%n", index.size(), cap, (full - before) / 1e6,
                                (full - before) / (double) cap,
                                samples.size());
                    }
                }
                index.committed(batch);
                long after = used();
                System.out.printf("after %d more: events held %d, %.1f MB%n", cap / 2, index.size(),
                        (after - before) / 1e6);
                return null;
            });
        } finally {
            try (var all = Files.walk(tmp)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
