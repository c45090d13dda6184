package org.entente.ingest;

/** An input (a file, or one record inside it) that could not be read, and why: printed as one line on stderr. */
public record InputFailure(String input, String reason) implements java.io.Serializable {
    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
