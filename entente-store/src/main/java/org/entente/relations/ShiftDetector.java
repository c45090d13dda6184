package org.entente.relations;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags periods whose co-operation index leaves the pair's normal range: a z-score against the trailing
 * window of earlier periods. Periods with too few events are neither flagged nor used as baseline, because an
 * index over two events swings from −1 to +1 by chance.
 *
 * @param window    trailing periods forming the baseline
 * @param minBase   baseline periods needed before anything is flagged
 * @param minEvents events a period needs to count
 * @param threshold |z| at or above which a period is a shift
 * @param sdFloor   smallest standard deviation used (a flat history would make every wiggle infinite)
 * @param evidence  evidence events kept per shift
 */
public record ShiftDetector(int window, int minBase, int minEvents, double threshold, double sdFloor, int evidence) {
    public static ShiftDetector standard() {
        return new ShiftDetector(6, 3, 3, 2.0, 0.1, 3);
    }

    /** A flagged point with its baseline. */
    public record Flag(PeriodPoint point, double mean, double sd, double z) {
    }

    public List<Flag> detect(List<PeriodPoint> points) {
        List<PeriodPoint> base = new ArrayList<>();
        List<Flag> out = new ArrayList<>();
        for (PeriodPoint p : points) {
            if (p.events() < minEvents) {
                continue;
            }
            if (base.size() >= minBase) {
                List<PeriodPoint> w = base.subList(Math.max(0, base.size() - window), base.size());
                double mean = w.stream().mapToDouble(PeriodPoint::index).average().orElse(0);
                double var = w.stream().mapToDouble(x -> (x.index() - mean) * (x.index() - mean)).sum() / w.size();
                double sd = Math.max(sdFloor, Math.sqrt(var));
                double z = (p.index() - mean) / sd;
                if (Math.abs(z) >= threshold) {
                    out.add(new Flag(p, mean, Math.sqrt(var), z));
                }
            }
            base.add(p);
        }
        return out;
    }
}
