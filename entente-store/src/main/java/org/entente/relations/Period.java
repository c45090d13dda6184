package org.entente.relations;

import java.util.Locale;

/** The step of a relationship series. */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    /** DuckDB {@code date_trunc} part; weeks start on Monday (ISO). */
    public String sqlPart() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + s + "' (day, week, month or year)");
        }
    }
}
