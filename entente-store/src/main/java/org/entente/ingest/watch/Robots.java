package org.entente.ingest.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * robots.txt for article pages (crawler-commons' parser): fetched once a day per host, matched against the
 * watcher's robot name, its Crawl-delay handed to the {@link HostGate}. As the robots.txt standard (RFC 9309)
 * says: no robots.txt (4xx) allows everything; a server error (5xx) or no answer disallows for now, and the page is
 * tried again later. Feeds themselves are fetched without it: a feed is published to be polled.
 */
final class Robots {
    /** RFC 9309 asks crawlers to read at least 500 KiB. */
    static final int MAX_BYTES = 512 * 1024;
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(10);
    /** Hosts whose rules are kept; the least recently used are dropped past this (memory stays bounded). */
    private static final int MAX_HOSTS = 2000;

    /** Whether a page may be fetched; when not, why, and whether asking again later may change it. */
    record Verdict(boolean allowed, boolean temporary, String reason) {
    }

    private record Entry(BaseRobotRules rules, Instant until, String problem) {
    }

    private final HttpFetcher fetcher;
    private final Ticker ticker;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_HOSTS;
        }
    };

    Robots(HttpFetcher fetcher, Ticker ticker) {
        this.fetcher = fetcher;
        this.ticker = ticker;
    }

    Verdict check(URI page) throws InterruptedException {
        String host = HostGate.key(page);
        Entry e = cache.get(host);
        if (e == null || ticker.now().isAfter(e.until())) {
            e = load(host);
            cache.put(host, e);
        }
        if (e.problem() != null) {
            return new Verdict(false, true, e.problem());
        }
        if (e.rules().isAllowed(page.toString())) {
            return new Verdict(true, false, null);
        }
        return new Verdict(false, false, "disallowed by " + host + "/robots.txt");
    }

    private Entry load(String host) throws InterruptedException {
        URI robots = URI.create(host + "/robots.txt");
        Instant now = ticker.now();
        try {
            Fetched f = fetcher.get(robots, Map.of(), MAX_BYTES, "robots.txt");
            BaseRobotRules rules;
            if (f.ok()) {
                rules = parser.parseContent(robots.toString(), f.body(), f.header("Content-Type").orElse("text/plain"),
                        WatchSettings.ROBOT_NAME);
            } else if (f.status() >= 500 || f.status() == 429) {
                return new Entry(null, now.plus(KEEP_UNREACHABLE),
                        host + "/robots.txt answered HTTP " + f.status() + "; the page waits until it can be read");
            } else {
                rules = parser.failedFetch(f.status()); // 4xx: no rules, everything allowed
            }
            if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
                fetcher.gate().crawlDelay(host, Duration.ofMillis(rules.getCrawlDelay()));
            }
            return new Entry(rules, now.plus(KEEP), null);
        } catch (FetchException ex) {
            return new Entry(null, now.plus(KEEP_UNREACHABLE),
                    host + "/robots.txt could not be read (" + ex.getMessage() + "); the page waits until it can");
        }
    }
}
