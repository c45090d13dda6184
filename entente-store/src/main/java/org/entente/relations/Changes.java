package org.entente.relations;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.model.Modality;
import org.entente.store.EventSummary;
import org.entente.store.Store;

/**
 * What changed lately across all pairs: for every pair active in a recent window, its net co-operation index
 * in the window against its index before, ranked by how surprising the difference is given the events behind
 * each side (a two-proportion z on the co-operative share), so that a pair going from 40 co-operative events to
 * 3 conflictual ones outranks one whose index moved as far on a single event. Counting as everywhere
 * ({@link Counting}): resolved events, background history left out, the modalities asked for; only dated events
 * can be recent or earlier.
 */
public final class Changes {
    /** Fewest events on each side for a difference to be ranked at all. */
    public static final int MIN_RECENT = 2;
    public static final int MIN_BEFORE = 3;

    private final Store store;
    private final Relations relations;

    public Changes(Store store) {
        this.store = store;
        this.relations = new Relations(store);
    }

    /**
     * One pair's change.
     *
     * @param z        co-operative share in the window minus before, over its standard error (pooled)
     * @param evidence the window's events leaning the way the pair moved, most reported first
     */
    public record Change(String a, String b, LocalDate from, LocalDate to, PairSummary recent, PairSummary before,
                         double delta, double z, List<EventSummary> evidence) {
    }

    /**
     * The largest changes in the {@code months} up to {@code to} (null: the store's last dated event) among
     * country pairs, {@code limit} of them, each with up to {@code evidence} events. One query over the day
     * rollup compares every pair; only the pairs shown fetch their evidence.
     */
    public List<Change> recent(LocalDate to, int months, Set<Modality> modality, int limit, int evidence) {
        LocalDate end = end(to);
        if (end == null) {
            return List.of();
        }
        LocalDate start = end.minusMonths(months).plusDays(1);
        PairQuery window = new PairQuery(null, null, start, end, Period.MONTH, modality, true, false);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : relations.windowAndBefore(window, start, end, MIN_RECENT, MIN_BEFORE)
                .entrySet()) {
            String[] ab = e.getKey().split("\\|", 2);
            long[] v = e.getValue();
            PairSummary recent = summary(ab, java.util.Arrays.copyOfRange(v, 0, 4));
            PairSummary before = summary(ab, java.util.Arrays.copyOfRange(v, 4, 8));
            out.add(new Change(ab[0], ab[1], start, end, recent, before, recent.index() - before.index(),
                    z(recent, before), List.of()));
        }
        out.sort(Comparator.comparingDouble((Change c) -> -Math.abs(c.z())).thenComparing(Change::a)
                .thenComparing(Change::b));
        List<Change> top = new ArrayList<>();
        for (Change c : out.subList(0, Math.min(limit, out.size()))) {
            PairQuery pq = new PairQuery(c.a(), c.b(), start, end, Period.MONTH, modality, true, false);
            top.add(new Change(c.a(), c.b(), start, end, c.recent(), c.before(), c.delta(), c.z(),
                    relations.evidence(pq, start, end, c.delta() >= 0, evidence)));
        }
        return top;
    }

    private static PairSummary summary(String[] ab, long[] quad) {
        long n = quad[0] + quad[1] + quad[2] + quad[3];
        return new PairSummary(ab[0], ab[1], n, quad, 0, 0, Relations.index(quad, n), 0);
    }

    /** Two-proportion z of the co-operative share, recent against before. */
    static double z(PairSummary recent, PairSummary before) {
        double n1 = recent.events(), n2 = before.events();
        double c1 = recent.quad()[0] + recent.quad()[1], c2 = before.quad()[0] + before.quad()[1];
        double p1 = c1 / n1, p2 = c2 / n2, pooled = (c1 + c2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        // both sides wholly co-operative (or wholly conflictual): no variance, and no change either
        return se == 0 ? 0 : (p1 - p2) / se;
    }

    /** The window's last day: {@code to}, or the store's last dated event (null when nothing is dated). */
    public LocalDate end(LocalDate to) {
        return to != null ? to : lastDate();
    }

    private LocalDate lastDate() {
        return store.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT max(date) FROM events WHERE NOT historical")) {
                return rs.next() ? rs.getObject(1, LocalDate.class) : null;
            }
        });
    }
}
