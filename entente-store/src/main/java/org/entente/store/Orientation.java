package org.entente.store;

import java.util.Objects;

/**
 * Whether a report tells its event the other way round. Resolution merges both directions of symmetric events
 * (a meeting, talks): "USA met China" and "China met the USA" become one event USA → CHN, and the second report's
 * source is the event's target. Whatever shows an event with a report's evidence (an event card, the GDELT
 * Mentions' actor offsets) swaps that report's source and target spans, so the highlighted source is the event's.
 * Sides compare as the store keys them: the country when known, else the actor code (IGOs).
 */
public final class Orientation {
    private Orientation() {
    }

    /** The side key of an actor: its country if known, else its code (as {@code events.src_key}). */
    public static String key(String code, String country) {
        return country != null ? country : code;
    }

    /** True when the report's source side is the event's target side and not its source side. */
    public static boolean reversed(String reportSourceKey, String eventSourceKey, String eventTargetKey) {
        return !Objects.equals(reportSourceKey, eventSourceKey) && Objects.equals(reportSourceKey, eventTargetKey);
    }

    /** {@link #reversed} in SQL, for a mention row {@code m} and its event row {@code e}. */
    public static String reversedSql(String m, String e) {
        String side = "coalesce(" + m + ".source_country, " + m + ".source)";
        return "(" + side + " IS DISTINCT FROM " + e + ".src_key AND " + side + " IS NOT DISTINCT FROM " + e
                + ".tgt_key)";
    }
}
