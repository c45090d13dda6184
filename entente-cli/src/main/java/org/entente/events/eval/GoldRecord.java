package org.entente.events.eval;

import java.util.List;

/**
 * One gold sentence of ../shared/eval (event sets): its text, date and the events it should yield.
 *
 * @param kind PLOVER when codes are PLOVER event types, CAMEO when they are CAMEO codes
 */
public record GoldRecord(String id, String date, String text, List<GoldEvent> expected, Kind kind) {
    public GoldRecord {
        expected = List.copyOf(expected);
    }

    public enum Kind { PLOVER, CAMEO }

    /** A gold event: actor codes (null when absent) and the code (PLOVER type or CAMEO code). */
    public record GoldEvent(String source, String target, String code) {
    }
}
