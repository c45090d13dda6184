package org.entente.store;

import java.util.List;

/** An event with all its reports (the evidence), in the order they arrived. */
public record EventDetail(EventSummary event, List<StoredMention> mentions) {
    public EventDetail {
        mentions = List.copyOf(mentions);
    }
}
