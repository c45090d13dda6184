package org.entente.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calendar buckets for relation series (day, ISO week, month, quarter, year), gap filling so the time axis is
 * honest, and shift detection.
 */
public final class Periods {
    /** A shift needs at least this many events in the period and in the window before it. */
    static final int SHIFT_MIN_EVENTS = 3;
    /** ... and the net index must move by at least this much against the window's. */
    static final double SHIFT_DELTA = 0.6;
    /** The window: this many preceding non-empty periods. */
    static final int SHIFT_WINDOW = 3;

    private Periods() {
    }

    /** First day of the bucket that holds {@code d}. */
    public static LocalDate start(LocalDate d, String by) {
        return switch (by) {
            case "day" -> d;
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            case "quarter" -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case "year" -> d.withDayOfYear(1);
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    public static LocalDate next(LocalDate start, String by) {
        return switch (by) {
            case "day" -> start.plusDays(1);
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            case "quarter" -> start.plusMonths(3);
            case "year" -> start.plusYears(1);
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    /** Label of the bucket starting at {@code start}: 2022-03-14, 2022-W11, 2022-03, 2022-Q1, 2022. */
    public static String label(LocalDate start, String by) {
        return switch (by) {
            case "day" -> start.toString();
            case "week" -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case "quarter" -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case "year" -> Integer.toString(start.getYear());
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    /** Counts of one bucket, as accumulated from events. */
    public static final class Bucket {
        long q1, q2, q3, q4;
        double goldsteinSum;

        public void add(int quad, double goldstein) {
            switch (quad) {
                case 1 -> q1++;
                case 2 -> q2++;
                case 3 -> q3++;
                case 4 -> q4++;
                default -> {
                    return;                     // not a QuadClass: not counted anywhere
                }
            }
            goldsteinSum += goldstein;
        }

        long events() {
            return q1 + q2 + q3 + q4;
        }
    }

    /** Net co-operation (co-operative minus conflictual, over all), or null without events. */
    public static Double index(long q1, long q2, long q3, long q4) {
        long n = q1 + q2 + q3 + q4;
        return n == 0 ? null : (double) (q1 + q2 - q3 - q4) / n;
    }

    /** Most periods one series may have: a daily series over decades is a mistake, not a chart. */
    static final int MAX_PERIODS = 3000;

    /**
     * One period per bucket from {@code from} (or the first event) to {@code to} (or the last event), empty
     * buckets included, shifts flagged.
     *
     * @throws ApiException (400, parameter "by") when the range holds more than {@link #MAX_PERIODS} periods
     */
    public static List<WebData.Period> series(TreeMap<LocalDate, Bucket> buckets, String by, LocalDate from,
                                              LocalDate to) {
        List<WebData.Period> out = new ArrayList<>();
        if (buckets.isEmpty() && (from == null || to == null)) {
            return out;
        }
        LocalDate first = start(from != null ? from : buckets.firstKey(), by);
        LocalDate last = start(to != null ? to : buckets.lastKey(), by);
        for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
            if (out.size() == MAX_PERIODS) {
                throw ApiException.badParameter("by", "more than " + MAX_PERIODS + " periods from " + first
                        + " to " + last + "; choose a longer period or a shorter date range");
            }
            Bucket b = buckets.getOrDefault(d, new Bucket());
            long n = b.events();
            out.add(new WebData.Period(label(d, by), d, next(d, by).minusDays(1), n, b.q1, b.q2, b.q3, b.q4,
                    n == 0 ? null : round(b.goldsteinSum / n), round(index(b.q1, b.q2, b.q3, b.q4)), false));
        }
        return markShifts(out);
    }

    /**
     * A period is a shift when it has enough events and its index differs by at least {@link #SHIFT_DELTA} from
     * the pooled index of the preceding {@link #SHIFT_WINDOW} non-empty periods (which together have enough
     * events). Pooling (not averaging indexes) keeps one-event periods from dominating.
     */
    static List<WebData.Period> markShifts(List<WebData.Period> periods) {
        List<WebData.Period> out = new ArrayList<>(periods.size());
        List<WebData.Period> window = new ArrayList<>();
        for (WebData.Period p : periods) {
            boolean shift = false;
            if (p.events() >= SHIFT_MIN_EVENTS && !window.isEmpty()) {
                long q1 = 0, q2 = 0, q3 = 0, q4 = 0;
                for (WebData.Period w : window) {
                    q1 += w.q1(); q2 += w.q2(); q3 += w.q3(); q4 += w.q4();
                }
                Double before = index(q1, q2, q3, q4);
                shift = q1 + q2 + q3 + q4 >= SHIFT_MIN_EVENTS && before != null
                        && Math.abs(p.index() - before) >= SHIFT_DELTA;
            }
            out.add(shift ? new WebData.Period(p.period(), p.start(), p.end(), p.events(), p.q1(), p.q2(), p.q3(),
                    p.q4(), p.goldstein(), p.index(), true) : p);
            if (p.events() > 0) {
                window.add(p);
                if (window.size() > SHIFT_WINDOW) {
                    window.remove(0);
                }
            }
        }
        return out;
    }

    static Double round(Double x) {
        return x == null ? null : Math.round(x * 1000.0) / 1000.0;
    }

    /** For callers that have per-bucket counts already (e.g. from SQL). */
    public static TreeMap<LocalDate, Bucket> buckets(Map<LocalDate, long[]> counts, Map<LocalDate, Double> gsSum) {
        TreeMap<LocalDate, Bucket> out = new TreeMap<>();
        counts.forEach((d, c) -> {
            Bucket b = new Bucket();
            b.q1 = c[0]; b.q2 = c[1]; b.q3 = c[2]; b.q4 = c[3];
            b.goldsteinSum = gsSum.getOrDefault(d, 0.0);
            out.put(d, b);
        });
        return out;
    }
}
