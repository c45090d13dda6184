package org.entente.ingest.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * What the watcher knows about one feed, as kept in the store ({@code watch_feeds}): the validators of its last
 * good answer, its adapted interval, when it is due, and how its last poll went.
 */
public record FeedState(String url, String kind, String title, String etag, String lastModified, Duration interval,
                        Instant nextPoll, Instant lastPoll, String lastStatus, String lastError, int failures,
                        int polls, long itemsSeen, long itemsNew) {
    /** After a poll that brought an answer (200 or 304): validators kept, failures reset. */
    FeedState polled(String newKind, String newTitle, String newEtag, String newLastModified, Duration newInterval,
                     Instant now, String status, int seen, int added) {
        return new FeedState(url, newKind, newTitle, newEtag, newLastModified, newInterval, now.plus(newInterval), now,
                status, null, 0, polls + 1, itemsSeen + seen, itemsNew + added);
    }

    /** Not polled now because its host asked for a pause: due again when the pause ends; nothing else changes. */
    FeedState postponed(Instant until) {
        return new FeedState(url, kind, title, etag, lastModified, interval, until, lastPoll, lastStatus, lastError,
                failures, polls, itemsSeen, itemsNew);
    }

    /** After a failed poll: validators untouched (only a good parse may move them), retried after {@code wait}. */
    FeedState failed(Instant now, String status, String error, Duration wait) {
        return new FeedState(url, kind, title, etag, lastModified, interval, now.plus(wait), now, status, error,
                failures + 1, polls + 1, itemsSeen, itemsNew);
    }
}
