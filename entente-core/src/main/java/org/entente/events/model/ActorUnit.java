package org.entente.events.model;

import java.util.List;
import org.entente.actors.ActorMention;

/**
 * One stretch of a sentence that names one or more actors: usually one mention, several when the recognizer
 * gives one span several codes ("the two countries" = RUS and CHN). Token indices are within the sentence.
 */
public record ActorUnit(int first, int last, List<ActorMention> members) {
    public ActorUnit {
        members = List.copyOf(members);
    }

    public ActorMention head() {
        return members.get(0);
    }

    public Span span() {
        return new Span(head().start(), head().end());
    }
}
