package org.entente.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by code, actors, extract and ingest: files or "-", format, default date. */
public final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to read; - reads standard input.")
    public List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto|text|html|warc|jsonl|feed (default: ${DEFAULT-VALUE}, sniffed from the content).")
    public String format;

    @Option(names = "--date", description = "Date (YYYY-MM-DD) for inputs that carry none.")
    public LocalDate date;

    public InputFormat inputFormat() {
        return InputFormat.valueOf(format.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Reads every input, hands each article to {@code each}, names every failure on {@code err}.
     * A failure inside {@code each} (a bug or a pathological article) is reported against that article and the
     * batch goes on.
     *
     * @return the number of inputs that failed
     */
    public int forEachArticle(Consumer<Article> each, PrintStream err) {
        AtomicInteger failures = new AtomicInteger();
        Sources.read(inputs, inputFormat(), date, new ArticleSink() {
            @Override
            public void article(Article article) {
                try {
                    each.accept(article);
                } catch (RuntimeException | StackOverflowError e) {
                    if (Boolean.getBoolean("entente.stacktrace")) {
                        e.printStackTrace(err); // for a bug report: where in Entente it failed, never the text
                    }
                    failure(new InputFailure(article.name(), "processing failed: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                }
            }

            @Override
            public void failure(InputFailure failure) {
                failures.incrementAndGet();
                err.println("entente: " + failure);
            }

            @Override
            public void warning(InputFailure warning) {
                err.println("entente: " + warning.input() + ": warning: " + warning.reason());
            }
        });
        return failures.get();
    }

    public static List<Path> paths(List<String> names) {
        return names == null ? List.of() : names.stream().map(Path::of).toList();
    }
}
