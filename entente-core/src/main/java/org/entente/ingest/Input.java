package org.entente.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One opened input: {@code label} names it in errors (the path as given), {@code name} is what articles are
 * called ({@code Article.name}). {@link #stream()} yields the content un-gzipped; {@link #raw()} the bytes as
 * stored (WARC readers want the gzip members themselves, so damage in one member spares the ones before it).
 */
final class Input {
    private static final int SNIFF_LIMIT = 1 << 20;
    private final String label;
    private final String name;
    private final BufferedInputStream raw;
    private final boolean gzipped;
    private BufferedInputStream stream;

    private Input(String label, String name, BufferedInputStream raw, boolean gzipped) {
        this.label = label;
        this.name = name;
        this.raw = raw;
        this.gzipped = gzipped;
    }

    /** Opens {@code in}, detecting gzip by its magic bytes whatever the file is called. */
    static Input open(String label, String name, InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(4);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        boolean gz = m1 == 0x1f && m2 == 0x8b;
        String plain = gz && name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return new Input(label, plain, b, gz);
    }

    String label() {
        return label;
    }

    String name() {
        return name;
    }

    boolean gzipped() {
        return gzipped;
    }

    /** The stored bytes (still gzipped when the input is). */
    BufferedInputStream raw() {
        return raw;
    }

    /** The content, decompressed when gzipped. */
    BufferedInputStream stream() throws IOException {
        if (stream == null) {
            stream = gzipped ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        }
        return stream;
    }

    /** The first {@code n} content bytes (decompressed), without consuming anything. */
    byte[] peek(int n) throws IOException {
        if (!gzipped) {
            raw.mark(n + 1);
            byte[] head = raw.readNBytes(n);
            raw.reset();
            return head;
        }
        raw.mark(SNIFF_LIMIT);
        byte[] head;
        try {
            GZIPInputStream gz = new GZIPInputStream(new NonClosing(raw), 8192);
            head = readUpTo(gz, n);
        } finally {
            raw.reset();
        }
        return head;
    }

    /** Reads the whole content, refusing it when it exceeds {@code cap} bytes. */
    byte[] readAll(int cap, String what) throws IOException, BadInputException {
        return readCapped(stream(), cap, what);
    }

    static byte[] readCapped(InputStream in, int cap, String what) throws IOException, BadInputException {
        byte[] data = in.readNBytes(cap);
        if (data.length == cap && in.read() >= 0) {
            throw new BadInputException("too large: " + what + " exceeds the " + Limits.mb(cap) + " cap; skipped");
        }
        return data;
    }

    /** Up to n bytes; a stream that ends early (a truncated gzip) just gives fewer. */
    private static byte[] readUpTo(InputStream in, int n) throws IOException {
        byte[] buf = new byte[n];
        int got = 0;
        try {
            while (got < n) {
                int r = in.read(buf, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            // truncated, or a later gzip member is damaged: sniff what there is; the reader reports the damage
        }
        return java.util.Arrays.copyOf(buf, got);
    }

    /** Lets a peek decompressor read {@code raw} without closing it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
