package org.entente.actors;

/** A dictionary file could not be loaded; the message is {@code file:line: reason}. Nothing of that file is used. */
public final class DictionaryException extends RuntimeException {
    public DictionaryException(String message) {
        super(message);
    }
}
