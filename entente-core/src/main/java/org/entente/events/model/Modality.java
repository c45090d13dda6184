package org.entente.events.model;

import java.util.Locale;

/** What the text commits to about an event mention (DESIGN.md §2). */
public enum Modality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, UNCERTAIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
