package org.entente.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Entry point of the ingest stage: turns paths (files, folders recursively, "-" for stdin) into Articles.
 * Every input is sniffed (gzip first, then the format of the content, the extension only as a hint) and
 * handed to its reader. A bad input, or a bad record inside one, becomes one {@link InputFailure}; the
 * batch goes on.
 */
public final class Sources {
    private static final int SNIFF_BYTES = 4096;

    private Sources() {
    }

    public static void read(List<String> inputs, InputFormat format, LocalDate defaultDate, ArticleSink sink) {
        read(inputs, format, defaultDate, sink, null);
    }

    /** Like {@link #read(List, InputFormat, LocalDate, ArticleSink)}, adding the file bytes read to {@code progress}. */
    public static void read(List<String> inputs, InputFormat format, LocalDate defaultDate, ArticleSink sink,
                            ReadProgress progress) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                readOne("-", "stdin", System.in, format, defaultDate, sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, input, sink)) {
                    readFile(file.toString(), file, format, defaultDate, sink, progress);
                }
            } else {
                readFile(input, path, format, defaultDate, sink, progress);
            }
        }
    }

    /** Regular, non-hidden files under a folder, in a stable (sorted) order. */
    static List<Path> filesUnder(Path dir, String label, ArticleSink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).toString().matches("(^|.*/)\\..*"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.failure(new InputFailure(label, "cannot list folder: " + e.getMessage()));
            return new ArrayList<>();
        }
    }

    private static void readFile(String label, Path path, InputFormat format, LocalDate defaultDate,
                                 ArticleSink sink, ReadProgress progress) {
        try (InputStream file = Files.newInputStream(path);
             InputStream in = progress == null ? file : progress.counting(file)) {
            readOne(label, path.getFileName().toString(), in, format, defaultDate, sink);
        } catch (NoSuchFileException e) {
            sink.failure(new InputFailure(label, "no such file"));
        } catch (IOException e) {
            sink.failure(new InputFailure(label, "cannot open: " + e.getMessage()));
        }
    }

    private static void readOne(String label, String name, InputStream raw, InputFormat format,
                                LocalDate defaultDate, ArticleSink sink) {
        try {
            Input input = Input.open(label, name, raw);
            byte[] head = input.peek(SNIFF_BYTES);
            if (head.length == 0) {
                throw new BadInputException("empty input");
            }
            InputFormat f = format == null || format == InputFormat.AUTO
                    ? FormatSniffer.sniff(head, head.length, name) : format;
            switch (f) {
                case WARC -> WarcReader.read(input, defaultDate, sink);
                case FEED -> FeedReader.read(input, defaultDate, sink);
                case JSONL -> JsonlReader.read(input, defaultDate, sink);
                case HTML -> sink.article(HtmlReader.read(input, defaultDate));
                default -> sink.article(TextReader.read(input, defaultDate));
            }
        } catch (BadInputException e) {
            sink.failure(new InputFailure(label, e.getMessage()));
        } catch (EOFException e) {
            sink.failure(new InputFailure(label, "truncated input (unexpected end of file)"));
        } catch (ZipException e) {
            sink.failure(new InputFailure(label, "corrupt gzip data: " + e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            sink.failure(new InputFailure(label, "cannot read: " + e.getMessage()));
        } catch (StackOverflowError e) {
            sink.failure(new InputFailure(label, "document nested too deeply to process"));
        } catch (RuntimeException e) {
            sink.failure(new InputFailure(label, "cannot read: " + e));
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
