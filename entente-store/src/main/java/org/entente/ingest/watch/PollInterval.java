package org.entente.ingest.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a feed is polled next: at its own rate, within the watcher's bounds, never before the server allows.
 *
 * <p>Steps, in order: (1) the rate: a feed whose items carry dates is polled about twice per gap between items
 * (half the mean gap of its newest items), so a wire feed with an item a minute is read every half-minute or so
 * and a weekly column once a day or so; a feed without dates halves its interval after a poll that brought new
 * items and grows it by half after one that brought none (a 304 included); (2) the bounds [min, max]; (3) the
 * server: not before Cache-Control max-age has run out (capped at max). A failed poll backs off instead:
 * {@link #afterFailure}.
 */
final class PollInterval {
    /** How many of the newest dated items the rate is read from. */
    private static final int RATE_ITEMS = 20;

    private PollInterval() {
    }

    static Duration next(Duration current, int newItems, List<Instant> itemDates, Optional<Duration> maxAge,
                         WatchSettings s) {
        Duration d = byRate(itemDates).orElseGet(() -> newItems > 0 ? current.dividedBy(2)
                : Duration.ofMillis(current.toMillis() * 3 / 2));
        d = clamp(d, s.minInterval(), s.maxInterval());
        if (maxAge.isPresent() && maxAge.get().compareTo(d) > 0) {
            d = min(maxAge.get(), s.maxInterval());
        }
        return d;
    }

    /** Half the mean gap between the newest dated items, when at least two have distinct dates. */
    static Optional<Duration> byRate(List<Instant> dates) {
        List<Instant> newest = dates.stream().sorted(java.util.Comparator.reverseOrder()).limit(RATE_ITEMS).toList();
        if (newest.size() < 2) {
            return Optional.empty();
        }
        Duration span = Duration.between(newest.get(newest.size() - 1), newest.get(0));
        if (span.compareTo(Duration.ZERO) <= 0) {
            return Optional.empty();
        }
        return Optional.of(span.dividedBy(newest.size() - 1).dividedBy(2));
    }

    /**
     * After a failed poll: what the server asked for (Retry-After, at most a day), else the interval doubled for
     * each failure in a row (at most the longest interval).
     */
    static Duration afterFailure(Duration current, int failuresInRow, Optional<Duration> retryAfter, WatchSettings s) {
        if (retryAfter.isPresent()) {
            return min(retryAfter.get(), Duration.ofDays(1));
        }
        long factor = 1L << Math.min(failuresInRow, 10);
        return min(Duration.ofMillis(Math.max(current.toMillis(), s.minInterval().toMillis()) * factor),
                s.maxInterval());
    }

    private static Duration clamp(Duration d, Duration lo, Duration hi) {
        return d.compareTo(lo) < 0 ? lo : min(d, hi);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
