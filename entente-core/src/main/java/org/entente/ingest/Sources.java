package org.entente.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    /**
     * Regular, non-hidden files under a folder, in a stable (sorted) order. An entry that cannot be read (a
     * sub-folder without permission, a file gone meanwhile) or is no regular file (a pipe, a device) is one
     * failure naming that entry; the rest of the folder is read.
     */
    static List<Path> filesUnder(Path dir, String label, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (hidden(f)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(f);
                    } else if (attrs.isSymbolicLink()) {
                        link(f, files, sink);
                    } else if (attrs.isOther()) {
                        sink.failure(new InputFailure(f.toString(), NOT_REGULAR));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    sink.failure(new InputFailure(f.toString(), "cannot read folder entry: " + ioReason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            sink.failure(new InputFailure(label, "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /**
     * A link in a folder: to a file, read; to a folder, not followed (no loops), said as a warning; dangling, or to
     * a pipe or device, one failure naming it — never dropped without a word.
     */
    private static void link(Path f, List<Path> files, ArticleSink sink) {
        if (Files.isRegularFile(f)) {
            files.add(f);
        } else if (Files.isDirectory(f)) {
            sink.warning(new InputFailure(f.toString(), "a link to a folder is not followed (name the folder itself)"));
        } else if (!Files.exists(f)) {
            sink.failure(new InputFailure(f.toString(), "broken link: its target does not exist"));
        } else {
            sink.failure(new InputFailure(f.toString(), NOT_REGULAR));
        }
    }

    private static final String NOT_REGULAR = "not a regular file (a pipe, device or socket), skipped: "
            + "reading one could wait forever; give '-' to read standard input";

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String ioReason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void readFile(String label, Path path, InputFormat format, LocalDate defaultDate,
                                 ArticleSink sink, ReadProgress progress) {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // opening a FIFO blocks until someone writes to it: the inputs after it would never be read
            sink.failure(new InputFailure(label, NOT_REGULAR));
            return;
        }
        try (InputStream file = Files.newInputStream(path);
             InputStream in = progress == null ? file : progress.counting(file)) {
            readOne(label, path.getFileName().toString(), in, format, defaultDate, sink);
        } catch (NoSuchFileException e) {
            sink.failure(new InputFailure(label, "no such file"));
        } catch (IOException e) {
            sink.failure(new InputFailure(label, "cannot open: " + ioReason(e)));
        }
    }

    /**
     * Reads one input that is not a local file (the Spark job's files on any Hadoop file system) exactly as a file
     * of that name is read: {@code label} names it in failures, {@code name} is what its articles are called.
     * The caller closes {@code in}.
     */
    public static void readStream(String label, String name, InputStream in, InputFormat format,
                                  LocalDate defaultDate, ArticleSink sink) {
        readOne(label, name, in, format, defaultDate, sink);
    }

    /**
     * One article record with the fields of a JSON Lines line ({@code id}, {@code text} or {@code html},
     * {@code date}, {@code url}, {@code outlet}, {@code title}, {@code author}, {@code lang}), read exactly as that
     * line would be: the Spark job's rows of a Parquet or CSV table of articles. {@code warn} hears what was set
     * aside (a date it cannot use).
     */
    public static Article record(com.fasterxml.jackson.databind.JsonNode fields, String fileName,
                                 LocalDate defaultDate, java.util.function.Consumer<String> warn)
            throws BadInputException {
        return JsonlReader.article(fields, fileName, 0, defaultDate, warn);
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
            sink.failure(new InputFailure(label, "cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /**
     * One web page fetched from {@code url} (the feed watcher's article pages): metadata, clean text and date as
     * for an HTML file (the page's own date first, else {@code defaultDate}, e.g. the feed item's). The page's
     * canonical link, when it names one, is in the article's {@code meta} as {@code canonical}.
     *
     * @param declaredCharset the charset of the HTTP Content-Type, or null
     */
    public static Article page(byte[] html, String url, String declaredCharset, LocalDate defaultDate)
            throws BadInputException {
        return HtmlReader.fromFetched(html, url, declaredCharset, defaultDate);
    }

    /**
     * Stable id of one report of a text: the text's hash, joined with the publisher's when one is known (the domain
     * of its URL, else its outlet). Identical text from several outlets (a syndicated wire story) is so one report
     * per outlet, each counted as a report of its own; the same outlet's text read twice, or at two URLs, stays one.
     * A text with no known publisher keeps the text's own id ({@link #contentId}).
     */
    public static String reportId(String text, String url, String outlet) {
        String publisher = publisher(url, outlet);
        return publisher == null ? contentId(text) : contentId(publisher + "\u0000" + text);
    }

    /** Who published a report, for {@link #reportId}: the URL's domain, else the outlet, lower case; or null. */
    public static String publisher(String url, String outlet) {
        String domain = url == null ? null : Dates.domain(url);
        String p = domain != null && !domain.isBlank() ? domain : outlet;
        return p == null || p.isBlank() ? null : p.strip().toLowerCase(java.util.Locale.ROOT);
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
