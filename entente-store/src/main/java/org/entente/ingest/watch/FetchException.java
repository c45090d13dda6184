package org.entente.ingest.watch;

/** A fetch that brought nothing back (no connection, a timeout, a body over its cap), with the reason for a person. */
public final class FetchException extends Exception {
    public FetchException(String reason) {
        super(reason);
    }
}
