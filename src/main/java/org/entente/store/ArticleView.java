package org.entente.store;

import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;

/** An article's clean text with the spans of what was found in it (every offset points into the text). */
public record ArticleView(Article article, List<ActorMention> actors, List<StoredMention> events) {
    public ArticleView {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
