package org.entente.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.ingest.BadInputException;
import org.junit.jupiter.api.Test;

/** The watcher's pure parts: URL normal forms, poll intervals, server hints, host spacing, feed parsing. */
class PolitenessTest {
    private static final WatchSettings S = new WatchSettings(Duration.ofMinutes(10), Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofSeconds(30), 5, Duration.ofMinutes(1),
            WatchSettings.userAgent("ops@example.org"));

    @Test
    void urlsLoseTrackingParametersFragmentsAndDefaultPortsButKeepWhatNamesTheArticle() {
        assertEquals("https://news.example.org/world/a-1.html?id=7&page=2", UrlNormalizer.normalize(
                "HTTPS://News.Example.org:443/world/a-1.html?utm_source=rss&page=2&fbclid=x1&id=7#comments"));
        assertEquals("http://example.org/", UrlNormalizer.normalize("http://example.org"));
        assertEquals("http://example.org:8080/A/B", UrlNormalizer.normalize("http://example.org:8080/A/B?utm_medium=x"));
        assertNull(UrlNormalizer.normalize("ftp://example.org/a"));
        assertNull(UrlNormalizer.normalize("/relative/only"));
        assertNull(UrlNormalizer.normalize("http://exa mple.org/%%"));
    }

    @Test
    void aFeedIsPolledAtItsOwnRateWithinTheBoundsAndNotBeforeMaxAge() {
        Instant t = Instant.parse("2026-05-01T12:00:00Z");
        List<Instant> everyTenMinutes = List.of(t, t.minusSeconds(600), t.minusSeconds(1200), t.minusSeconds(1800));
        assertEquals(Duration.ofMinutes(5), PollInterval.next(Duration.ofMinutes(10), 1, everyTenMinutes, Optional.empty(), S));
        List<Instant> everyDay = List.of(t, t.minusSeconds(86400), t.minusSeconds(2 * 86400));
        assertEquals(Duration.ofHours(1), PollInterval.next(Duration.ofMinutes(10), 0, everyDay, Optional.empty(), S));
        List<Instant> everySecond = List.of(t, t.minusSeconds(1), t.minusSeconds(2));
        assertEquals(Duration.ofMinutes(1), PollInterval.next(Duration.ofMinutes(10), 3, everySecond, Optional.empty(), S));
        // no dates: halve after news, grow by half after none
        assertEquals(Duration.ofMinutes(5), PollInterval.next(Duration.ofMinutes(10), 2, List.of(), Optional.empty(), S));
        assertEquals(Duration.ofMinutes(15), PollInterval.next(Duration.ofMinutes(10), 0, List.of(), Optional.empty(), S));
        // the server says the answer holds for 20 minutes
        assertEquals(Duration.ofMinutes(20), PollInterval.next(Duration.ofMinutes(10), 2, List.of(),
                Optional.of(Duration.ofMinutes(20)), S));
        // failures: Retry-After wins; else the interval doubles, up to the longest
        assertEquals(Duration.ofSeconds(90), PollInterval.afterFailure(Duration.ofMinutes(10), 1,
                Optional.of(Duration.ofSeconds(90)), S));
        assertEquals(Duration.ofMinutes(40), PollInterval.afterFailure(Duration.ofMinutes(10), 2, Optional.empty(), S));
        assertEquals(Duration.ofHours(1), PollInterval.afterFailure(Duration.ofMinutes(10), 9, Optional.empty(), S));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-05-01T12:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), Fetched.delay("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Fetched.delay("Fri, 01 May 2026 12:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), Fetched.delay("Fri, 01 May 2026 11:00:00 GMT", now));
        assertEquals(Optional.empty(), Fetched.delay("soon", now));
        assertEquals(Optional.empty(), Fetched.delay("-5", now));
    }

    @Test
    void oneHostIsAskedOnceAtATimeWithItsDelayAndHoldOff() throws Exception {
        TestTicker ticker = new TestTicker(Instant.parse("2026-05-01T12:00:00Z"));
        HostGate gate = new HostGate(ticker, Duration.ofSeconds(2));
        String host = HostGate.key(URI.create("https://Example.org/a"));
        assertEquals("https://example.org", host);
        Instant start = ticker.now();
        gate.acquire(host);
        gate.release(host);
        gate.acquire(host); // waits the delay (and at most half as much again)
        Duration waited = Duration.between(start, ticker.now());
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0 && waited.compareTo(Duration.ofSeconds(3)) <= 0,
                waited.toString());
        gate.release(host);
        gate.holdOff(host, ticker.now().plusSeconds(120));
        Instant before = ticker.now();
        gate.acquire(host);
        assertTrue(Duration.between(before, ticker.now()).compareTo(Duration.ofSeconds(120)) >= 0);
        gate.release(host);
        // another host does not wait for this one
        Instant other = ticker.now();
        gate.acquire("https://other.example.org");
        assertEquals(other, ticker.now());
    }

    @Test
    void feedsSitemapsAndWhatIsNeitherAreTold() throws Exception {
        URI base = URI.create("https://example.org/feed");
        FeedDocument atom = FeedDocument.parse(("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Example</title><id>urn:x</id><updated>2026-05-01T10:00:00Z</updated>"
                + "<entry><id>urn:x:1</id><title>One</title><link href=\"https://example.org/1\"/>"
                + "<updated>2026-05-01T09:00:00Z</updated></entry></feed>").getBytes(), base);
        assertEquals("atom", atom.kind());
        assertEquals(List.of(new FeedItem("urn:x:1", "https://example.org/1", "One",
                Instant.parse("2026-05-01T09:00:00Z"))), atom.items());
        FeedDocument sitemap = FeedDocument.parse(("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://example.org/2</loc><lastmod>2026-05-01</lastmod></url></urlset>").getBytes(),
                URI.create("https://example.org/sitemap.xml"));
        assertEquals("sitemap", sitemap.kind());
        assertEquals("https://example.org/2", sitemap.items().get(0).link());
        BadInputException index = assertThrows(BadInputException.class, () -> FeedDocument.parse(
                ("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                        + "https://example.org/s1.xml</loc></sitemap></sitemapindex>").getBytes(),
                URI.create("https://example.org/index.xml")));
        assertTrue(index.getMessage().contains("sitemap index"), index.getMessage());
        BadInputException html = assertThrows(BadInputException.class,
                () -> FeedDocument.parse("<!DOCTYPE html><html><body>hi</body></html>".getBytes(), base));
        assertTrue(html.getMessage().contains("an HTML page"), html.getMessage());
        assertTrue(S.userAgent().startsWith("Entente/") && S.userAgent().contains("+ops@example.org"), S.userAgent());
    }
}
