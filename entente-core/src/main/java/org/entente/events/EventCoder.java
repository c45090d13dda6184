package org.entente.events;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;

import java.nio.file.Path;
import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.text.Document;

/** Codes event mentions from an analysed document and its actor mentions. Thread-safe. */
public interface EventCoder {
    /** The events of {@code doc}: its sentences with actors must be tagged; {@code actors} are its mentions. */
    List<EventMention> code(Document doc, List<ActorMention> actors);

    /** The bundled pattern dictionary plus the user's own ({@code --patterns FILE}). */
    static EventCoder standard(List<Path> userPatterns) {
        return new RuleEventCoder(PatternDictionary.load(userPatterns, CameoTable.standard()), CameoTable.standard());
    }
}
