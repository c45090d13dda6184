package org.entente.pipeline;

import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.text.Document;

/** Everything the pipeline learnt about one article: its analysed document, actor mentions and events. */
public record CodedArticle(Document analyzed, List<ActorMention> actors, List<EventMention> events) {
    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** Whether the article was left uncoded because it is in a language the coder does not read. */
    public boolean uncodedLanguage() {
        return !Pipeline.reads(analyzed.language());
    }
}
