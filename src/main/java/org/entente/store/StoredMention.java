package org.entente.store;

import java.time.LocalDate;
import org.entente.events.EventMention;

/** An event mention as stored: the contract record plus where it was published and the event it belongs to. */
public record StoredMention(EventMention mention, int index, long eventId, String outlet, String url,
                            String title, LocalDate published) {
}
