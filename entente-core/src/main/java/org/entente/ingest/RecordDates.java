package org.entente.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The {@code date} field of a record (JSON Lines): what {@link Dates#parse} reads, plus Unix time (seconds or
 * milliseconds, as many feeds and databases write it), and a reason for everything else, so that the reader
 * can keep the article and say why its date was set aside.
 */
final class RecordDates {
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}(\\.\\d+)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{1,2}");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}.*");

    private RecordDates() {
    }

    /** The date, or null when it cannot be used ({@link #whyNot} says why). */
    static LocalDate parse(String value) {
        String v = value.strip();
        LocalDate d = Dates.parse(v);
        if (d != null) {
            return d;
        }
        if (EPOCH.matcher(v).matches()) {
            double n = Double.parseDouble(v);
            long seconds = v.indexOf('.') < 0 && v.length() >= 12 ? (long) (n / 1000) : (long) n; // ms or s
            LocalDate e = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate();
            return plausible(e) ? e : null;
        }
        return null;
    }

    /** Why {@link #parse} gave null for {@code value}. */
    static String whyNot(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return "empty";
        }
        if (YEAR_MONTH.matcher(v).matches()) {
            return "a month, not a day";
        }
        if (SLASHED.matcher(v).matches()) {
            return "day and month order unknown";
        }
        if (ISO_DAY.matcher(v).matches() || EPOCH.matcher(v).matches()) {
            return "before 1900, after today or no such day";
        }
        return "not a date format Entente reads";
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1900 && !d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(2));
    }
}
