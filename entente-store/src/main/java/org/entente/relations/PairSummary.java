package org.entente.relations;

/** A pair over the whole queried range: the rows of a ranking. Fields as in {@link PeriodPoint}. */
public record PairSummary(String a, String b, long events, long[] quad, double goldsteinMean, double goldsteinSum,
                          double index, long mentions) {
    public PairSummary {
        quad = quad.clone();
    }
}
