package org.entente.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.events.EventCoder;
import org.entente.events.EventMention;
import org.entente.ingest.Article;
import org.entente.text.AnalyzedArticle;
import org.entente.text.TextAnalyzer;

/** Article -> sentences -> actors -> events: the one code path shared by code, ingest, demo and bench. */
public final class Pipeline {
    /** Stage names handed to a {@link StageTimer}. */
    public static final String ANALYSE = "analyse";
    public static final String ACTORS = "actors";
    public static final String CODE = "code";

    /** Receives the time each stage took for one article (the bench adds them up; everyone else passes NONE). */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> { };

        void record(String stage, long nanos);
    }

    private final TextAnalyzer analyzer;
    private final ActorRecognizer actors;
    private final EventCoder coder;

    public Pipeline(TextAnalyzer analyzer, ActorRecognizer actors, EventCoder coder) {
        this.analyzer = analyzer;
        this.actors = actors;
        this.coder = coder;
    }

    public static Pipeline standard(List<Path> userActors, List<Path> userPatterns) {
        return new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(userActors),
                EventCoder.standard(userPatterns));
    }

    public CodedArticle process(Article article) {
        return process(article, StageTimer.NONE);
    }

    /** Same as {@link #process(Article)}, telling {@code timer} how long each stage took. */
    public CodedArticle process(Article article, StageTimer timer) {
        long t0 = System.nanoTime();
        AnalyzedArticle analyzed = analyzer.analyze(article);
        long t1 = System.nanoTime();
        List<ActorMention> found = actors.recognize(analyzed);
        long t2 = System.nanoTime();
        List<EventMention> events = coder.code(analyzed, found);
        long t3 = System.nanoTime();
        timer.record(ANALYSE, t1 - t0);
        timer.record(ACTORS, t2 - t1);
        timer.record(CODE, t3 - t2);
        return new CodedArticle(analyzed, found, events);
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public ActorRecognizer actors() {
        return actors;
    }

    public EventCoder coder() {
        return coder;
    }
}
