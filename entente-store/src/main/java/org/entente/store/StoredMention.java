package org.entente.store;

import java.time.LocalDate;
import org.entente.events.model.EventMention;

/**
 * An event mention as stored: the contract record plus where it was published, the event it belongs to, and why
 * it joined that event ({@code resolution}, {@code resolutionScore}: see {@code MergeEvidence}; both null for the
 * report that started the event).
 */
public record StoredMention(EventMention mention, int index, long eventId, String outlet, String url,
                            String title, LocalDate published, Double resolutionScore, String resolution) {
}
