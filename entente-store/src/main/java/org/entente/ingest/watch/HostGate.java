package org.entente.ingest.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Politeness per host: at most one request at a time, the next one no sooner than the delay after the last one
 * ended (plus a random share of up to half the delay, so that watchers started together drift apart), and not
 * before a time the host asked for (Retry-After, a back-off, a robots.txt Crawl-delay). Time comes from the
 * {@link Ticker}; state is one small record per host seen.
 */
public final class HostGate {
    private final Ticker ticker;
    private final Duration delay;
    private final Map<String, Host> hosts = new HashMap<>();

    private static final class Host {
        boolean busy;
        Instant notBefore = Instant.EPOCH;
        Duration delay;
    }

    public HostGate(Ticker ticker, Duration delay) {
        this.ticker = ticker;
        this.delay = delay;
    }

    /** The politeness key of a URL: scheme, host and port (lower case). */
    public static String key(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
        return (uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) + "://"
                + host.toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Waits until no request to {@code host} runs and its next slot has come, then takes the host. */
    void acquire(String host) throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                Host h = hosts.computeIfAbsent(host, k -> new Host());
                if (!h.busy) {
                    wait = Duration.between(ticker.now(), h.notBefore);
                    if (wait.compareTo(Duration.ZERO) <= 0) {
                        h.busy = true;
                        return;
                    }
                } else {
                    wait = Duration.ofMillis(20);
                }
            }
            ticker.sleep(wait.compareTo(Duration.ofMillis(250)) > 0 ? Duration.ofMillis(250) : wait);
        }
    }

    /** Ends a request to {@code host}: its next slot is the delay (and some jitter) from now, or later if set so. */
    synchronized void release(String host) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.busy = false;
        Duration d = h.delay != null && h.delay.compareTo(delay) > 0 ? h.delay : delay;
        long jitter = d.toMillis() <= 1 ? 0 : ThreadLocalRandom.current().nextLong(d.toMillis() / 2 + 1);
        Instant next = ticker.now().plus(d).plusMillis(jitter);
        if (next.isAfter(h.notBefore)) {
            h.notBefore = next;
        }
    }

    /** Keeps every request to {@code host} off until {@code until} (a Retry-After, a back-off). */
    public synchronized void holdOff(String host, Instant until) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        if (until.isAfter(h.notBefore)) {
            h.notBefore = until;
        }
    }

    /** Spaces requests to {@code host} at least {@code crawlDelay} apart (robots.txt), if longer than the default. */
    public synchronized void crawlDelay(String host, Duration crawlDelay) {
        hosts.computeIfAbsent(host, k -> new Host()).delay = crawlDelay;
    }

    /** When {@code host} may be asked next (for the status line and the scheduler). */
    public synchronized Instant notBefore(String host) {
        Host h = hosts.get(host);
        return h == null ? Instant.EPOCH : h.notBefore;
    }
}
