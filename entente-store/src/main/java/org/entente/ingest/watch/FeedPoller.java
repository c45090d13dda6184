package org.entente.ingest.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.ingest.BadInputException;
import org.entente.ingest.Limits;

/**
 * Polls one feed: a conditional GET with the validators of its last good answer; on 200 the feed is parsed and its
 * new items recorded with the new validators and interval (one transaction); 304 only moves the schedule; 429 and
 * 503 wait as long as the server says (Retry-After), other failures back off; a failure never touches the saved
 * validators, so a feed that once answered garbage is fetched whole again next time.
 */
final class FeedPoller {
    /** What one poll did, for the status line and the log. */
    record Outcome(String feed, boolean asked, String status, int seen, int added, String error, Instant next) {
        boolean failed() {
            return error != null;
        }
    }

    private final HttpFetcher fetcher;
    private final WatchLedger ledger;
    private final WatchSettings settings;
    private final Ticker ticker;

    FeedPoller(HttpFetcher fetcher, WatchLedger ledger, WatchSettings settings, Ticker ticker) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.settings = settings;
        this.ticker = ticker;
    }

    Outcome poll(FeedState feed) throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (feed.etag() != null) {
            headers.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            headers.put("If-Modified-Since", feed.lastModified());
        }
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        URI uri;
        try {
            uri = URI.create(feed.url());
        } catch (IllegalArgumentException e) {
            return failed(feed, "bad URL", "not a URL: " + e.getMessage(), Optional.empty());
        }
        Instant hostFree = fetcher.gate().notBefore(HostGate.key(uri));
        if (hostFree.isAfter(ticker.now().plus(PageIngest.LONGEST_WAIT))) {
            // the host asked for a pause (a Retry-After on one of its pages): the feed waits its turn, others go on
            FeedState later = feed.postponed(hostFree);
            ledger.recordFeed(later);
            return new Outcome(feed.url(), false, later.lastStatus(), 0, 0, null, hostFree);
        }
        Fetched f;
        try {
            f = fetcher.get(uri, headers, Limits.MAX_FEED_BYTES, "the feed");
        } catch (FetchException e) {
            return failed(feed, "no answer", e.getMessage(), Optional.empty());
        }
        Instant now = ticker.now();
        if (f.status() == 304) {
            Duration next = PollInterval.next(feed.interval(), 0, List.of(), f.maxAge(), settings);
            FeedState after = feed.polled(feed.kind(), feed.title(), f.header("ETag").orElse(feed.etag()),
                    f.header("Last-Modified").orElse(feed.lastModified()), next, now, "304 not modified", 0, 0);
            ledger.recordFeed(after);
            return new Outcome(feed.url(), true, after.lastStatus(), 0, 0, null, after.nextPoll());
        }
        if (f.status() == 429 || f.status() == 503) {
            Optional<Duration> wait = f.retryAfter(now);
            wait.ifPresent(w -> fetcher.gate().holdOff(HostGate.key(uri), now.plus(w)));
            return failed(feed, "HTTP " + f.status(), (f.status() == 429 ? "rate limited (HTTP 429)" : "unavailable (HTTP 503)")
                    + wait.map(w -> "; Retry-After " + w.toSeconds() + " s").orElse("; no Retry-After, backing off"), wait);
        }
        if (!f.ok()) {
            return failed(feed, "HTTP " + f.status(), "HTTP " + f.status(), Optional.empty());
        }
        FeedDocument doc;
        try {
            doc = FeedDocument.parse(f.body(), f.uri());
        } catch (BadInputException e) {
            return failed(feed, "unreadable", e.getMessage(), Optional.empty());
        }
        List<Instant> dates = doc.items().stream().map(FeedItem::published).filter(Objects::nonNull).toList();
        Optional<Duration> maxAge = f.maxAge();
        String etag = f.header("ETag").orElse(null);
        String lastModified = f.header("Last-Modified").orElse(null);
        String title = doc.title() != null ? doc.title() : feed.title();
        // validators move only now, with the items they stand for, in one transaction
        FeedState after = ledger.recordPoll(feed.url(), doc.items(), now, added -> feed.polled(doc.kind(), title, etag,
                lastModified, PollInterval.next(feed.interval(), added, dates, maxAge, settings), now, "200",
                doc.items().size(), added));
        int added = (int) (after.itemsNew() - feed.itemsNew());
        return new Outcome(feed.url(), true, after.lastStatus(), doc.items().size(), added, null, after.nextPoll());
    }

    private Outcome failed(FeedState feed, String status, String reason, Optional<Duration> retryAfter) {
        Instant now = ticker.now();
        Duration wait = PollInterval.afterFailure(feed.interval(), feed.failures() + 1, retryAfter, settings);
        FeedState after = feed.failed(now, status, reason, wait);
        ledger.recordFeed(after);
        return new Outcome(feed.url(), true, status, 0, 0, reason, after.nextPoll());
    }
}
