package org.entente.ingest;

/**
 * Size caps that keep one enormous or hostile input from blowing the heap. An input over a cap is refused
 * with a one-line failure that says which cap, rather than silently truncated (a truncated article would
 * yield events with missing context).
 */
public final class Limits {
    /** One HTML page or plain-text article. Real news pages are well under 2 MB. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** One JSON line or one WARC record payload. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;
    /** A whole feed file (parsed as one XML document). */
    public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;
    /** Clean text kept per article, in characters. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private Limits() {
    }

    /** A value from an input, shortened for a message (an input may put a megabyte where a date should be). */
    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
