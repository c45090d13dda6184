package org.entente.ingest.watch;

import java.time.Duration;

/**
 * How the watcher paces itself. Feeds are polled every {@code interval} at first; each feed's interval then adapts to
 * its own rate within [{@code minInterval}, {@code maxInterval}] ({@link PollInterval}). Requests to one host are at
 * least {@code hostDelay} apart (plus up to half as much again at random, so that several watchers do not fall into
 * step). Every fetch gives up after {@code timeout}. A page that fails is tried again after {@code retryBase},
 * doubled at each attempt, {@code maxAttempts} times in all.
 */
public record WatchSettings(Duration interval, Duration minInterval, Duration maxInterval, Duration hostDelay,
                            Duration timeout, int maxAttempts, Duration retryBase, String userAgent) {
    /** The name robots.txt rules are matched against (the first word of the User-Agent). */
    public static final String ROBOT_NAME = "entente";
    public static final String VERSION = "0.1.0";

    public WatchSettings {
        if (!positive(interval) || !positive(minInterval) || hostDelay.isNegative() || !positive(timeout)
                || !positive(retryBase)) {
            throw new IllegalArgumentException("intervals, timeouts and the retry wait must be positive, the host delay not negative");
        }
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException("the shortest interval (" + seconds(minInterval)
                    + " s) is longer than the longest (" + seconds(maxInterval) + " s)");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a page needs at least one attempt");
        }
    }

    /** Polite defaults for the open web: a feed every 10 minutes at first, 2 s between requests to one host. */
    public static WatchSettings standard() {
        return new WatchSettings(Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofSeconds(2), Duration.ofSeconds(30), 5, Duration.ofMinutes(1), userAgent(null));
    }

    /** The User-Agent: names Entente and its version, and how to reach whoever runs it when they say. */
    public static String userAgent(String contact) {
        return "Entente/" + VERSION + " (news event coder; feed watcher"
                + (contact == null || contact.isBlank() ? "" : "; +" + contact.strip()) + ")";
    }

    public WatchSettings withInterval(Duration start, Duration min, Duration max) {
        return new WatchSettings(start, min, max, hostDelay, timeout, maxAttempts, retryBase, userAgent);
    }

    public WatchSettings withPacing(Duration delay, Duration fetchTimeout, Duration retry) {
        return new WatchSettings(interval, minInterval, maxInterval, delay, fetchTimeout, maxAttempts, retry, userAgent);
    }

    public WatchSettings withUserAgent(String agent) {
        return new WatchSettings(interval, minInterval, maxInterval, hostDelay, timeout, maxAttempts, retryBase, agent);
    }

    private static boolean positive(Duration d) {
        return d.compareTo(Duration.ZERO) > 0;
    }

    /** Seconds for a message: "30", "1.50". */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : String.format(java.util.Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }
}
