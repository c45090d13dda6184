package org.entente.ingest;

/** A reason an input cannot be read, phrased for the one-line error the user sees. */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
