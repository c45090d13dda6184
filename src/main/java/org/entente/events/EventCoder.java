package org.entente.events;

import java.nio.file.Path;
import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.text.AnalyzedArticle;

/** Codes event mentions from an analysed article and its actor mentions. Thread-safe. */
public interface EventCoder {
    List<EventMention> code(AnalyzedArticle article, List<ActorMention> actors);

    /** The bundled pattern dictionary plus the user's own ({@code --patterns FILE}). */
    static EventCoder standard(List<Path> userPatterns) {
        return new RuleEventCoder(PatternDictionary.load(userPatterns, CameoTable.standard()), CameoTable.standard());
    }
}
