package org.entente.relations;

import java.util.List;

/** A pair's series (periods with at least one event) and the shifts found in it. */
public record PairSeries(String a, String b, Period by, List<PeriodPoint> points, List<Shift> shifts) {
    public PairSeries {
        points = List.copyOf(points);
        shifts = List.copyOf(shifts);
    }
}
