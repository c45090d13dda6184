package org.entente.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz harnesses (issue 19) for every reader, the text front end, the actor recogniser and the coder; run by
 * {@code scripts/fuzz.sh} for a fixed time each, never in the default test run (tag "fuzz"). A harness fails
 * when an input makes a reader throw instead of naming a failure, or when the pipeline throws or returns a span
 * outside the text. Findings are kept as regression tests in {@code BadInputKindsTest}.
 */
@Tag("fuzz")
class PipelineFuzzTest {
    /** Executions of each harness in this JVM, printed at the end for scripts/fuzz.sh. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> RUNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    static void report() {
        RUNS.forEach((k, v) -> System.out.println("fuzz executions " + k + " " + v.get()));
    }

    private static final Pipeline PIPELINE = Pipeline.standard(List.of(), List.of());
    private static final InputFormat[] FORMATS = InputFormat.values();

    @FuzzTest(maxDuration = "60s")
    void readersNameEveryFailure(FuzzedDataProvider data) throws IOException {
        RUNS.computeIfAbsent("readersNameEveryFailure", k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        InputFormat format = data.pickValue(FORMATS);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path f = Files.createTempFile("fuzz", ".in");
        try {
            Files.write(f, bytes);
            List<Article> articles = new ArrayList<>();
            Sources.read(List.of(f.toString()), format, null, new ArticleSink() {
                @Override
                public void article(Article a) {
                    articles.add(a);
                }

                @Override
                public void failure(InputFailure failure) {
                    if (failure.reason() == null || failure.reason().isBlank() || failure.reason().contains("\n")) {
                        throw new AssertionError("a failure must be one line with a reason: " + failure);
                    }
                }

                @Override
                public void warning(InputFailure warning) {
                }
            });
            for (Article a : articles) {
                if (a.id() == null || a.text() == null) {
                    throw new AssertionError("article without id or text from " + format);
                }
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void textFrontEndSpansStayInTheText(FuzzedDataProvider data) {
        RUNS.computeIfAbsent("textFrontEndSpansStayInTheText", k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        String text = data.consumeRemainingAsString();
        for (Sentence s : TextAnalyzer.shared().sentences(text)) {
            if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()
                    || !text.substring(s.start(), s.end()).equals(s.text())) {
                throw new AssertionError("sentence span outside the text: " + s.start() + "-" + s.end());
            }
            s.tokens().forEach(t -> {
                if (t.start() < s.start() || t.end() > s.end() || !text.substring(t.start(), t.end()).equals(t.text())) {
                    throw new AssertionError("token span outside its sentence: " + t);
                }
            });
        }
    }

    @FuzzTest(maxDuration = "60s")
    void actorsAndCoderKeepSpansInTheText(FuzzedDataProvider data) {
        RUNS.computeIfAbsent("actorsAndCoderKeepSpansInTheText", k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        String text = data.consumeRemainingAsString();
        Article a = new Article(Sources.contentId(text), "fuzz", null, null, null, LocalDate.of(2023, 3, 1), null, "en",
                text, Map.of());
        CodedArticle c = PIPELINE.process(a);
        for (ActorMention m : c.actors()) {
            inText(text, m.start(), m.end(), "actor");
        }
        for (EventMention e : c.events()) {
            for (org.entente.events.model.Span sp : new org.entente.events.model.Span[] {e.span(), e.sourceSpan(), e.verbSpan(),
                e.targetSpan()}) {
                if (sp != null) {
                    inText(text, sp.start(), sp.end(), "event");
                }
            }
        }
    }

    private static void inText(String text, int start, int end, String what) {
        if (start < 0 || end > text.length() || start > end) {
            throw new AssertionError(what + " span " + start + "-" + end + " outside a text of " + text.length());
        }
    }
}
