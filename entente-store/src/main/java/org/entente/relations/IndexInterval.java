package org.entente.relations;

/**
 * How sure a period's net co-operation index is, from the number of events behind it. The index is the
 * co-operative share p of the period's events mapped to −1 … +1 (2p − 1); its interval is the 95 % Wilson score
 * interval of that share, mapped the same way. Wilson rather than the normal approximation because a month of one
 * co-operative event has an index of exactly +1, where the normal interval collapses to a point and the Wilson
 * interval spans −0.59 … +1: one event says little, thirty say much more. The index itself is left as observed
 * (no shrinkage), so that it agrees with the counts shown beside it; the interval carries the uncertainty.
 */
public final class IndexInterval {
    private static final double Z = 1.96;

    private IndexInterval() {
    }

    /** {low, high} of the index for {@code cooperative} of {@code events} events; null when there are none. */
    public static double[] of(long cooperative, long events) {
        if (events <= 0) {
            return null;
        }
        double n = events;
        double p = cooperative / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        double lo = Math.max(0, centre - half);
        double hi = Math.min(1, centre + half);
        return new double[] {2 * lo - 1, 2 * hi - 1};
    }
}
