package org.entente.store;

import java.util.Objects;

/**
 * How a report's dyad (its source and target sides: country, else actor code) meets a candidate event's, in the
 * order resolution tries them. Honest reports of one happening differ here in two ways: outlets write a symmetric
 * act (a meeting, talks) from either side, and one names the target where another leaves it out ("Lavrov met Wang
 * Yi" vs "Lavrov held talks in Moscow"). A report whose sides meet an event in none of these ways is never compared.
 */
enum DyadMatch {
    /** The same sides (an unreported side on both counts as the same). */
    SAME(false, false),
    /** The sides swapped: symmetric roots only ({@link Resolution#symmetricRoots}). */
    REVERSED(true, false),
    /** One side the same, the other reported by one of the two only ({@link Resolution#missingSide}). */
    ONE_SIDE(false, true),
    /** As {@link #ONE_SIDE}, with the side that both report standing on the other side (symmetric roots only). */
    ONE_SIDE_REVERSED(true, true);

    private final boolean reversed;
    private final boolean oneSide;

    DyadMatch(boolean reversed, boolean oneSide) {
        this.reversed = reversed;
        this.oneSide = oneSide;
    }

    /** Source and target read the other way round: the report's source stands for the event's target. */
    boolean reversed() {
        return reversed;
    }

    /** One of the two reports leaves a side out. */
    boolean oneSide() {
        return oneSide;
    }

    /**
     * How the report's sides ({@code src}, {@code tgt}) meet the event's ({@code eSrc}, {@code eTgt}), or null when
     * they do not: the first of {@link #values} that applies.
     */
    static DyadMatch of(String src, String tgt, String eSrc, String eTgt, boolean symmetric, boolean missingSide) {
        if (Objects.equals(src, eSrc) && Objects.equals(tgt, eTgt)) {
            return SAME;
        }
        if (symmetric && Objects.equals(src, eTgt) && Objects.equals(tgt, eSrc)) {
            return REVERSED;
        }
        if (!missingSide) {
            return null;
        }
        if (meetsOneSide(src, tgt, eSrc, eTgt) || meetsOneSide(tgt, src, eTgt, eSrc)) {
            return ONE_SIDE;
        }
        if (symmetric && (meetsOneSide(src, tgt, eTgt, eSrc) || meetsOneSide(tgt, src, eSrc, eTgt))) {
            return ONE_SIDE_REVERSED;
        }
        return null;
    }

    /** {@code side} is reported by both and the same; of {@code other} and {@code eOther}, exactly one is null. */
    private static boolean meetsOneSide(String side, String other, String eSide, String eOther) {
        return side != null && side.equals(eSide) && (other == null) != (eOther == null);
    }
}
