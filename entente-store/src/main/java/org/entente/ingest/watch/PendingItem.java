package org.entente.ingest.watch;

import java.time.Instant;

/** A feed item whose page is still to be fetched and coded ({@code watch_items} with status {@code pending}). */
public record PendingItem(String item, String feed, String guid, String url, String title, Instant published,
                          int attempts) {
}
