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
        AnalyzedArticle analyzed = analyzer.analyze(article);
        List<ActorMention> found = actors.recognize(analyzed);
        List<EventMention> events = coder.code(analyzed, found);
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
