package org.entente.events.matching;

/** A malformed pattern line; the message is "file:line: reason". */
public final class PatternException extends RuntimeException {
    public PatternException(String message) {
        super(message);
    }
}
