package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Guesses an input's format from its first bytes; the file extension only breaks ties, because files are
 * often misnamed (an RSS feed saved as .html, a WARC without extension, JSON Lines named .txt).
 */
public final class FormatSniffer {
    private FormatSniffer() {
    }

    /** @param head the first (decompressed) bytes of the input; @param name the file name, for its extension */
    public static InputFormat sniff(byte[] head, int length, String name) {
        String s = new String(head, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        String t = stripBom(s).stripLeading();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("WARC/")) {
            return InputFormat.WARC;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf")) {
            String afterProlog = lower.length() > 600 ? lower.substring(0, 600) : lower;
            if (afterProlog.contains("<rss") || afterProlog.contains("<feed") || afterProlog.contains("<rdf:rdf")) {
                return InputFormat.FEED;
            }
            if (afterProlog.contains("<html")) {
                return InputFormat.HTML;
            }
            return hinted(name, InputFormat.FEED);
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<!--") || lower.startsWith("<body") || lower.startsWith("<meta")
                || lower.startsWith("<div") || lower.startsWith("<p>") || lower.startsWith("<p ")
                || lower.startsWith("<article")) {
            return InputFormat.HTML;
        }
        if (t.startsWith("{") && (t.contains("\"text\"") || t.contains("\"html\"") || t.contains("\"id\""))) {
            return InputFormat.JSONL;
        }
        InputFormat byName = byExtension(name);
        return byName == null ? InputFormat.TEXT : byName;
    }

    private static InputFormat hinted(String name, InputFormat fallback) {
        InputFormat byName = byExtension(name);
        return byName == null ? fallback : byName;
    }

    /** The format a file name suggests, or null. */
    public static InputFormat byExtension(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) {
            return InputFormat.WARC;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return InputFormat.JSONL;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return InputFormat.FEED;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return InputFormat.TEXT;
        }
        return null;
    }

    private static String stripBom(String s) {
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            return s.substring(3);
        }
        if (s.startsWith("\u00fe\u00ff") || s.startsWith("\u00ff\u00fe")) {
            // UTF-16: drop the NULs so the markup can be recognised
            return s.substring(2).replace("\u0000", "");
        }
        return s;
    }
}
