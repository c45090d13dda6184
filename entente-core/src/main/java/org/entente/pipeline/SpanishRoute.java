package org.entente.pipeline;

import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.actors.es.SpanishActorRecognizer;
import org.entente.actors.es.SpanishNames;
import org.entente.events.EventCoder;
import org.entente.events.model.EventMention;
import org.entente.events.es.SpanishEventCoder;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.es.SpanishAnalyzer;

/**
 * The path of an article detected as Spanish: the Spanish front end, Spanish actor names (with the knowledge
 * base's people, found by {@code people}), and the Spanish verb dictionary. Thread-safe.
 */
final class SpanishRoute {
    private final SpanishAnalyzer analyzer;
    private final ActorRecognizer actors;
    private final EventCoder coder;

    SpanishRoute(ActorRecognizer people) {
        this.analyzer = SpanishAnalyzer.standard();
        this.actors = new SpanishActorRecognizer(SpanishNames.standard(), people);
        this.coder = SpanishEventCoder.standard();
    }

    CodedArticle process(Article article, Pipeline.StageTimer timer) {
        long t0 = timer.now();
        Document analyzed = analyzer.document(article);
        Pipeline.stopIfCancelled(article);
        long t1 = timer.now();
        List<ActorMention> found = actors.annotate(analyzed);
        Pipeline.stopIfCancelled(article);
        long t2 = timer.now();
        List<EventMention> events = coder.code(analyzed, found);
        long t3 = timer.now();
        timer.record(Pipeline.ANALYSE, t1 - t0);
        timer.record(Pipeline.ACTORS, t2 - t1);
        timer.record(Pipeline.CODE, t3 - t2);
        return new CodedArticle(analyzed, found, events);
    }
}
