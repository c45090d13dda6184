package org.entente.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleRecord;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.BadInputException;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/**
 * The coder for a program that embeds it (the {@code entente-core} module): articles in, event mentions out, by the
 * same readers and {@link Pipeline} as {@code ./entente code}; no store, no web server, no command line.
 *
 * <pre>{@code
 * Entente entente = Entente.standard();            // bundled dictionaries; build once, share across threads
 * Entente.Result r = entente.code(new ArticleRecord("a1", null, "<html>...</html>",
 *         "https://example.org/news/1", "2024-05-02", null), null);
 * for (EventMention e : r.events()) {
 *     System.out.println(e.source() + " " + e.code() + " " + e.target());
 * }
 * try (InputStream in = Files.newInputStream(warc)) {  // any format the command line reads, gzipped or not
 *     entente.code(in, "crawl.warc.gz", InputFormat.AUTO, null, r -> store(r), f -> log(f));
 * }
 * }</pre>
 *
 * Building it loads the models and dictionaries (seconds, ~100 MB); coding is thread-safe, as the command line's
 * worker threads share one pipeline.
 */
public final class Entente {
    private final Pipeline pipeline;

    public Entente(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The coder with the bundled actor and pattern dictionaries. */
    public static Entente standard() {
        return withDictionaries(List.of(), List.of());
    }

    /** The coder with the user's own actor and pattern files beside the bundled ones (as --actors / --patterns). */
    public static Entente withDictionaries(List<Path> userActors, List<Path> userPatterns) {
        return new Entente(Pipeline.standard(userActors, userPatterns));
    }

    /** One article and what the pipeline found in it. */
    public record Result(Article article, CodedArticle coded) {
        public List<EventMention> events() {
            return coded.events();
        }
    }

    /** What one input gave: its coded articles in input order, and what could not be read (named, with why). */
    public record Batch(List<Result> results, List<InputFailure> failures) {
        public Batch {
            results = List.copyOf(results);
            failures = List.copyOf(failures);
        }
    }

    /** Codes an article already read. */
    public Result code(Article article) {
        return new Result(article, pipeline.process(article));
    }

    /**
     * Codes one article given as a record.
     *
     * @param defaultDate the date when the record, its text and its URL tell none; or null
     * @throws BadInputException when the record holds no usable text
     */
    public Result code(ArticleRecord record, LocalDate defaultDate) throws BadInputException {
        return code(record.toArticle(defaultDate));
    }

    /**
     * Reads one input from a stream, in any format the command line reads (text, HTML, WARC, JSONL, RSS/Atom;
     * gzipped or not; {@link InputFormat#AUTO} sniffs it), and hands each article's result to {@code each} as it is
     * coded, one at a time, so a crawl never sits in memory. The caller closes {@code in}.
     *
     * @param name        what the input is called: articles without an id of their own are named after it, and
     *                    {@code failures} names it
     * @param defaultDate the date for articles that tell none; or null
     * @param failures    hears each record or input that could not be read; the rest go on (what the command line
     *                    prints as a warning, such as a record's unusable date set aside, is not reported)
     */
    public void code(InputStream in, String name, InputFormat format, LocalDate defaultDate, Consumer<Result> each,
                     Consumer<InputFailure> failures) {
        Sources.readStream(name, name, in, format, defaultDate, new ArticleSink() {
            @Override
            public void article(Article article) {
                each.accept(code(article));
            }

            @Override
            public void failure(InputFailure failure) {
                failures.accept(failure);
            }

            @Override
            public void warning(InputFailure warning) {
                // an embedding program gets no stderr lines: the article comes all the same
            }
        });
    }

    /** {@link #code(InputStream, String, InputFormat, LocalDate, Consumer, Consumer)}, collected. */
    public Batch code(InputStream in, String name, InputFormat format, LocalDate defaultDate) {
        List<Result> results = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        code(in, name, format, defaultDate, results::add, failures::add);
        return new Batch(results, failures);
    }

    /** The pipeline underneath, for what this face does not cover (stage timings, the analysed documents). */
    public Pipeline pipeline() {
        return pipeline;
    }
}
