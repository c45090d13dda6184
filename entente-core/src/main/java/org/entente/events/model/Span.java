package org.entente.events.model;

/** Half-open character range [start, end) into the clean text; serialised as a two-element array. */
public record Span(int start, int end) {
    public int[] toArray() {
        return new int[] {start, end};
    }
}
