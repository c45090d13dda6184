package org.entente.store;

import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;

/**
 * An article's clean text with the spans of what was found in it (every offset points into the text).
 *
 * @param matches every stored article the looked-up id names, this one first: one, unless a JSONL id was used for
 *                several articles (each is kept; their unique ids open them one by one)
 * @param copies  the other reports of the same text (syndicated copies from other outlets), each stored and
 *                counted as a report of its own
 */
public record ArticleView(Article article, List<ActorMention> actors, List<StoredMention> events,
                          List<ArticleRef> matches, List<ArticleRef> copies) {
    public ArticleView {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        matches = List.copyOf(matches);
        copies = List.copyOf(copies);
    }
}
