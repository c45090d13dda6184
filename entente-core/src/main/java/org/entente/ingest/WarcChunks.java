package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Cuts a WARC file into chunks of whole records before a WARC parser sees them, so that damage costs only the
 * damaged record. A WARC.gz is cut at its gzip members (crawlers write one member per record): a member that does
 * not inflate is named and reading resumes at the next gzip header. A plain WARC is cut by each record's
 * {@code Content-Length}, checked against the blank lines that must follow the block: a wrong length is named and
 * reading resumes at the next line that starts a record ({@code WARC/1.}). Chunks are capped like any record.
 */
final class WarcChunks {
    /** Receives each chunk (one or more whole records, as bytes) and each piece of damage. */
    interface Receiver {
        void chunk(byte[] bytes);

        /** {@code record}: the damage cost a record (numbered like the others), not just stray bytes. */
        void damage(String reason, boolean record);
    }

    private static final int CAP = Limits.MAX_RECORD_BYTES + (1 << 16); // a record plus its headers
    private static final byte[] END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Rewind in;
    private final Receiver receiver;

    private WarcChunks(InputStream raw, Receiver receiver) {
        this.in = new Rewind(raw);
        this.receiver = receiver;
    }

    static void read(InputStream raw, boolean gzipped, Receiver receiver) throws IOException {
        WarcChunks w = new WarcChunks(raw, receiver);
        if (gzipped) {
            w.members();
        } else {
            w.records();
        }
    }

    // ------------------------------------------------------------------------------------------------ WARC.gz

    private void members() throws IOException {
        byte[] buf = new byte[1 << 15];
        byte[] out = new byte[1 << 15];
        while (true) {
            int b1 = in.read();
            if (b1 < 0) {
                return;
            }
            int b2 = in.read();
            if (b1 != 0x1f || b2 != 0x8b) {
                receiver.damage("bytes that are no gzip member at offset " + (in.offset() - 2) + "; skipped to the next member",
                        false);
                if (b2 >= 0) {
                    in.unread(new byte[] {(byte) b2});
                }
                if (!skipToMagic()) {
                    return;
                }
                continue;
            }
            long start = in.offset() - 2;
            if (!skipGzipHeader()) {
                receiver.damage("truncated gzip header at offset " + start, true);
                return;
            }
            Inflater inf = new Inflater(true);
            int given = 0; // the inflater's input is buf[0, given)
            CRC32 crc = new CRC32();
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            boolean tooLarge = false;
            try {
                while (!inf.finished()) {
                    if (inf.needsInput()) {
                        int n = in.read(buf, 0, buf.length);
                        given = n;
                        if (n < 0) {
                            receiver.damage("truncated gzip member at offset " + start + " (unexpected end of data)", true);
                            return;
                        }
                        inf.setInput(buf, 0, n);
                    }
                    int k = inf.inflate(out);
                    crc.update(out, 0, k);
                    if (!tooLarge && chunk.size() + k > CAP) {
                        tooLarge = true;
                        chunk = new ByteArrayOutputStream();
                    }
                    if (!tooLarge) {
                        chunk.write(out, 0, k);
                    }
                    if (k == 0 && inf.needsDictionary()) {
                        throw new DataFormatException("preset dictionary");
                    }
                }
                int left = inf.getRemaining();
                in.unread(java.util.Arrays.copyOfRange(buf, given - left, given)); // the trailer and what follows
            } catch (DataFormatException e) {
                int left = inf.getRemaining();
                receiver.damage("corrupt gzip member at offset " + start + " (" + e.getMessage()
                        + "); resumed at the next member", true);
                in.unread(java.util.Arrays.copyOfRange(buf, given - left, given));
                if (!skipToMagic()) {
                    return;
                }
                continue;
            } finally {
                inf.end();
            }
            byte[] trailer = in.readNBytes(8);
            long stored = trailer.length == 8 ? (trailer[0] & 0xffL) | (trailer[1] & 0xffL) << 8
                    | (trailer[2] & 0xffL) << 16 | (trailer[3] & 0xffL) << 24 : -1;
            if (stored != crc.getValue()) {
                receiver.damage("gzip member at offset " + start + " fails its checksum; skipped", true);
                continue;
            }
            if (tooLarge) {
                receiver.damage("too large: a record at offset " + start + " exceeds the "
                        + Limits.mb(Limits.MAX_RECORD_BYTES) + " cap; skipped", true);
                continue;
            }
            receiver.chunk(chunk.toByteArray());
        }
    }

    private boolean skipGzipHeader() throws IOException {
        byte[] h = in.readNBytes(8); // CM, FLG, MTIME(4), XFL, OS
        if (h.length < 8) {
            return false;
        }
        int flags = h[1] & 0xff;
        if ((flags & 4) != 0) { // FEXTRA
            byte[] len = in.readNBytes(2);
            if (len.length < 2) {
                return false;
            }
            in.skipNBytes((len[0] & 0xff) | (len[1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                int c;
                while ((c = in.read()) > 0) {
                    // skip
                }
                if (c < 0) {
                    return false;
                }
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            in.skipNBytes(2);
        }
        return true;
    }

    /** Reads on to the next gzip magic (1f 8b 08) and leaves it unread; false at end of input. */
    private boolean skipToMagic() throws IOException {
        int a = -1;
        int b = -1;
        int c;
        while ((c = in.read()) >= 0) {
            if (a == 0x1f && b == 0x8b && c == 8) {
                in.unread(new byte[] {0x1f, (byte) 0x8b, 8});
                return true;
            }
            a = b;
            b = c;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ plain WARC

    private void records() throws IOException {
        int recordNo = 0;
        boolean junkNamed = false;
        while (true) {
            byte[] first = line();
            if (first == null) {
                return;
            }
            if (!startsRecord(first)) {
                if (!junkNamed && !isBlank(first)) {
                    receiver.damage("bytes that start no WARC record after record " + recordNo
                            + "; skipped to the next record", false);
                    junkNamed = true;
                }
                continue;
            }
            junkNamed = false;
            recordNo++;
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.write(first);
            long length = -1;
            byte[] l;
            while ((l = line()) != null && !isBlank(l)) {
                header.write(l);
                if (header.size() > (1 << 20)) {
                    break;
                }
                String s = new String(l, StandardCharsets.ISO_8859_1).strip();
                int colon = s.indexOf(':');
                if (colon > 0 && s.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                    try {
                        length = Long.parseLong(s.substring(colon + 1).strip());
                    } catch (NumberFormatException e) {
                        length = -1;
                    }
                }
            }
            if (l == null) {
                receiver.damage("truncated WARC record " + recordNo + " (unexpected end of data)", true);
                return;
            }
            header.write(l);
            if (length < 0 || length > CAP) {
                receiver.damage((length < 0 ? "record " + recordNo + " has no usable Content-Length"
                        : "too large: record " + recordNo + "'s Content-Length (" + length + " bytes) exceeds the "
                        + Limits.mb(Limits.MAX_RECORD_BYTES) + " cap") + "; skipped to the next record", true);
                junkNamed = true;
                continue; // the line reader finds the next "WARC/1." line
            }
            byte[] block = in.readNBytes((int) length);
            byte[] end = in.readNBytes(END.length);
            if (block.length == length && java.util.Arrays.equals(end, END)) {
                header.write(block);
                header.write(end);
                receiver.chunk(header.toByteArray());
                continue;
            }
            // cut short, or the length was wrong: what follows the header may hold the next records; read it again
            receiver.damage((block.length < length ? "truncated WARC record " + recordNo
                    + " (its Content-Length runs past the end of the data)"
                    : "record " + recordNo + ": its Content-Length does not match its block")
                    + "; skipped, resumed at the next record if any", true);
            junkNamed = true;
            byte[] rest = new byte[block.length + end.length];
            System.arraycopy(block, 0, rest, 0, block.length);
            System.arraycopy(end, 0, rest, block.length, end.length);
            in.unread(rest);
        }
    }

    private static boolean startsRecord(byte[] line) {
        return line.length >= 7 && line[0] == 'W' && line[1] == 'A' && line[2] == 'R' && line[3] == 'C'
                && line[4] == '/' && line[5] == '1' && line[6] == '.';
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The next line with its line end, at most 64 KB of it (a longer line is cut), or null at end of input. */
    private byte[] line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            if (b.size() < (1 << 16)) {
                b.write(c);
            }
            if (c == '\n') {
                break;
            }
        }
        return b.size() == 0 && c < 0 ? null : b.toByteArray();
    }

    /** A stream that can be given bytes back to read again (any amount), counting its offset in the input. */
    private final class Rewind extends InputStream {
        private final InputStream raw;
        private final Deque<byte[]> back = new ArrayDeque<>();
        private byte[] head;
        private int pos;
        private long offset;

        Rewind(InputStream raw) {
            this.raw = raw;
        }

        long offset() {
            return offset;
        }

        void unread(byte[] bytes) {
            if (bytes.length == 0) {
                return;
            }
            if (head != null && pos < head.length) {
                back.push(java.util.Arrays.copyOfRange(head, pos, head.length));
            }
            back.push(bytes);
            head = null;
            offset -= bytes.length;
        }

        private boolean fill() {
            while ((head == null || pos >= head.length) && !back.isEmpty()) {
                head = back.pop();
                pos = 0;
            }
            return head != null && pos < head.length;
        }

        @Override
        public int read() throws IOException {
            if (fill()) {
                offset++;
                return head[pos++] & 0xff;
            }
            int c = raw.read();
            if (c >= 0) {
                offset++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            if (fill()) {
                n = Math.min(len, head.length - pos);
                System.arraycopy(head, pos, b, off, n);
                pos += n;
            } else {
                n = raw.read(b, off, len);
            }
            if (n > 0) {
                offset += n;
            }
            return n;
        }
    }
}
