package org.entente.relations;

import java.time.LocalDate;

/**
 * A pair's events in one period.
 *
 * @param period         first day of the period
 * @param events         resolved events (not reports)
 * @param quad           events per QuadClass: [verbal coop, material coop, verbal conflict, material conflict]
 * @param goldsteinMean  mean Goldstein score of its events
 * @param goldsteinSum   sum of Goldstein scores
 * @param index          net co-operation: (co-operation − conflict) / events, −1 … +1
 * @param share          the pair's events / all events of the period (volume relative to all news)
 * @param mentions       reports behind the events
 */
public record PeriodPoint(LocalDate period, String a, String b, long events, long[] quad, double goldsteinMean,
                          double goldsteinSum, double index, double share, long mentions) {
    public PeriodPoint {
        quad = quad.clone();
    }

    public long cooperation() {
        return quad[0] + quad[1];
    }

    public long conflict() {
        return quad[2] + quad[3];
    }
}
