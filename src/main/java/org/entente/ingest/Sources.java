package org.entente.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the ingest stage: turns paths (files, folders, "-" for stdin) into Articles.
 * FIRST CUT (foundation): plain text only; issue 2 adds HTML, WARC, feeds, JSONL, sniffing and metadata.
 */
public final class Sources {
    private Sources() {
    }

    public static void read(List<String> inputs, InputFormat format, LocalDate defaultDate, ArticleSink sink) {
        for (String input : inputs) {
            try {
                String text = "-".equals(input)
                        ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(input), StandardCharsets.UTF_8);
                String name = "-".equals(input) ? "stdin" : Path.of(input).getFileName().toString();
                sink.article(new Article(contentId(text), name, null, null, null, defaultDate, null, "en",
                        text.strip(), Map.of("format", "text")));
            } catch (IOException | RuntimeException e) {
                sink.failure(new InputFailure(input, e.getMessage()));
            }
        }
    }

    /** Stable id of a text: the first 16 hex digits of its SHA-256. */
    public static String contentId(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
