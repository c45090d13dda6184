package org.entente.ingest.watch;

import java.time.Instant;

/**
 * One entry of a feed or news sitemap: its guid (RSS guid, Atom id; null in a sitemap), the article's link, and
 * the title and publication time when the feed gives them.
 */
public record FeedItem(String guid, String link, String title, Instant published) {
}
