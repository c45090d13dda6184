package org.entente.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Calendar buckets of relation series (day, ISO week, month, year — the store's steps) and gap filling: the
 * store reports only periods with events, a chart needs every period so that a quiet month looks quiet.
 */
public final class Periods {
    /** Most periods one series may have: a daily series over decades is a mistake, not a chart. */
    static final int MAX_PERIODS = 3000;

    private Periods() {
    }

    /** First day of the bucket that holds {@code d}. */
    public static LocalDate start(LocalDate d, String by) {
        return switch (by) {
            case "day" -> d;
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            case "year" -> d.withDayOfYear(1);
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    public static LocalDate next(LocalDate start, String by) {
        return switch (by) {
            case "day" -> start.plusDays(1);
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            case "year" -> start.plusYears(1);
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    /** Label of the bucket starting at {@code start}: 2022-03-14, 2022-W11, 2022-03, 2022. */
    public static String label(LocalDate start, String by) {
        return switch (by) {
            case "day" -> start.toString();
            case "week" -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case "year" -> Integer.toString(start.getYear());
            default -> throw new IllegalArgumentException("unknown period " + by);
        };
    }

    /** An empty period starting at {@code start}. */
    static WebData.Period empty(LocalDate start, String by) {
        return new WebData.Period(label(start, by), start, next(start, by).minusDays(1), 0, 0, 0, 0, 0, null, null,
                null, null, false, null);
    }

    /**
     * Every period from {@code from} (or the first non-empty one) to {@code to} (or the last), the non-empty
     * ones taken from {@code filled} (keyed by period start), the others empty.
     *
     * @throws ApiException (400, parameter "by") when the range holds more than {@link #MAX_PERIODS} periods
     */
    public static List<WebData.Period> fill(NavigableMap<LocalDate, WebData.Period> filled, String by,
                                            LocalDate from, LocalDate to) {
        List<WebData.Period> out = new ArrayList<>();
        if (filled.isEmpty() && (from == null || to == null)) {
            return out;
        }
        LocalDate first = start(from != null ? from : filled.firstKey(), by);
        LocalDate last = start(to != null ? to : filled.lastKey(), by);
        for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
            if (out.size() == MAX_PERIODS) {
                throw ApiException.badParameter("by", "more than " + MAX_PERIODS + " periods from " + first
                        + " to " + last + "; choose a longer period or a shorter date range");
            }
            WebData.Period p = filled.get(d);
            out.add(p != null ? p : empty(d, by));
        }
        return out;
    }

    /** Net co-operation (co-operative minus conflictual, over all), or null without events. */
    public static Double index(long q1, long q2, long q3, long q4) {
        long n = q1 + q2 + q3 + q4;
        return n == 0 ? null : round((double) (q1 + q2 - q3 - q4) / n);
    }

    static Double round(Double x) {
        return x == null || x.isNaN() ? null : Math.round(x * 1000.0) / 1000.0;
    }
}
