package org.entente.store;

/** A store that cannot be opened or answer: the message names the store file and the reason. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
