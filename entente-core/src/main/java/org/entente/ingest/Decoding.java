package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. Order of trust: byte-order mark, then a declared charset (HTTP header, HTML meta, XML prolog),
 * then UTF-8 if the bytes are valid UTF-8, then windows-1252 (the usual legacy encoding of English pages, and
 * a superset of ISO-8859-1 for printable text). Content that declares UTF-8 but is mostly not UTF-8, or that
 * looks binary, is refused with a reason.
 */
public final class Decoding {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{2,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /** Decoded text and the charset that was used (and why). */
    public record Decoded(String text, String charset) {
    }

    /** Refuses content that is not text: NUL bytes or many control characters in the first 8 KB. */
    public static void requireText(byte[] bytes, int length) throws BadInputException {
        int n = Math.min(length, 8192);
        if (n == 0) {
            throw new BadInputException("empty input");
        }
        if (startsWithBom(bytes)) {
            return; // UTF-16 text legitimately contains NUL bytes
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new BadInputException("binary content (NUL bytes), not text, HTML or a known archive format");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > n) {
            throw new BadInputException("binary content (" + control + " control bytes in the first " + n
                    + "), not text");
        }
    }

    public static Decoded decode(byte[] bytes, String declaredHint) throws BadInputException {
        return decode(bytes, bytes.length, declaredHint);
    }

    /**
     * @param declaredHint a charset from outside the bytes (an HTTP Content-Type), or null
     */
    public static Decoded decode(byte[] bytes, int length, String declaredHint) throws BadInputException {
        Charset bom = bomCharset(bytes, length);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, length - skip, bom), bom.name() + " (byte-order mark)");
        }
        Charset declared = charset(declaredHint);
        if (declared == null) {
            declared = charset(sniffDeclared(bytes, length));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.name().startsWith("UTF-16")) {
            return new Decoded(new String(bytes, 0, length, declared), declared.name() + " (declared)");
        }
        try {
            return new Decoded(strictUtf8(bytes, length), "UTF-8");
        } catch (CharacterCodingException e) {
            if (declared != null) {
                // Declared UTF-8 but not: a few stray bytes are common and harmless, a mess is not an article.
                String lenient = new String(bytes, 0, length, StandardCharsets.UTF_8);
                long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
                if (bad * 100 > Math.max(1, lenient.length())) {
                    throw new BadInputException("invalid UTF-8 (" + bad + " undecodable sequences) although UTF-8 "
                            + "is declared");
                }
                return new Decoded(lenient, "UTF-8 (declared; " + bad + " invalid sequences replaced)");
            }
            return new Decoded(new String(bytes, 0, length, WINDOWS_1252), "windows-1252 (not valid UTF-8, none declared)");
        }
    }

    static String sniffDeclared(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** A supported charset for a declared name, or null when absent or unknown (then detection decides). */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // HTML5 treats these labels as windows-1252; Java would take them literally
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes, int length) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, 0, length));
        return cb.toString();
    }

    private static boolean startsWithBom(byte[] b) {
        return bomCharset(b, b.length) != null;
    }

    private static Charset bomCharset(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
