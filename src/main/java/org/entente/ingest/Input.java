package org.entente.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One opened input: {@code label} names it in errors (the path as given), {@code name} is what articles are
 * called ({@code Article.name}), {@code stream} yields the content already un-gzipped.
 */
record Input(String label, String name, BufferedInputStream stream, boolean gzipped) {

    /** Reads the whole input, refusing it when it exceeds {@code cap} bytes. */
    byte[] readAll(int cap, String what) throws IOException, BadInputException {
        return readCapped(stream, cap, what);
    }

    static byte[] readCapped(InputStream in, int cap, String what) throws IOException, BadInputException {
        byte[] data = in.readNBytes(cap);
        if (data.length == cap && in.read() >= 0) {
            throw new BadInputException("too large: " + what + " exceeds the " + Limits.mb(cap) + " cap; skipped");
        }
        return data;
    }

    /** The first bytes, without consuming them. */
    byte[] peek(int n) throws IOException {
        stream.mark(n + 1);
        byte[] head = stream.readNBytes(n);
        stream.reset();
        return head;
    }
}
