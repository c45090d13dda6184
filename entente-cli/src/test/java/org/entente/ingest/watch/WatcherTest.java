package org.entente.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.entente.app.Main;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.entente.web.StoreData;
import org.entente.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed watcher against a news site on 127.0.0.1 ({@link NewsSite}), coding with the real pipeline into a real
 * store. Time is a {@link TestTicker} (a Retry-After of two minutes passes at once); fetch timeouts are real.
 */
class WatcherTest {
    private static final Pipeline PIPELINE = Pipeline.standard(List.of(), List.of());
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    private NewsSite site;
    private Store store;
    private TestTicker ticker;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite(20);
        store = Store.open(dir.resolve("store"));
        ticker = new TestTicker(T0.plus(Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        site.close();
        store.close();
    }

    private static WatchSettings settings() {
        return new WatchSettings(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(600),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofSeconds(30), WatchSettings.userAgent(null));
    }

    private Watcher watcher(Store s, Function<Article, CodedArticle> coder) {
        StoreWriter writer = StoreWriter.start(s, Resolution.standard(), "test", "actors", "coder", "watch test");
        return new Watcher(s, writer, coder, settings(), ticker, err);
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            site.publish(T0.plus(Duration.ofMinutes(site.published())));
        }
    }

    private long count(Store s, String sql) {
        return s.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private FeedState feed(Watcher w, String url) {
        return w.ledger().feeds().stream().filter(f -> f.url().equals(url)).findFirst().orElseThrow();
    }

    private String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pollsTwoHundredThenNotModifiedThenANewItemThenBacksOffOnRetryAfter() throws Exception {
        publish(3);
        try (Watcher w = watcher(store, PIPELINE::process)) {
            w.follow(List.of(site.feedUrl()));

            w.round(true); // 200: three stories, each page fetched once and coded
            assertEquals(3, count(store, "SELECT count(*) FROM articles"));
            assertTrue(count(store, "SELECT count(*) FROM event_mentions") >= 3, "the stories code into events");
            for (int n = 0; n < 3; n++) {
                assertEquals(1, site.hits(NewsSite.pagePath(n)), "page " + n);
            }
            assertEquals(1, site.hits("/robots.txt"));
            assertTrue(site.agents().stream().allMatch(a -> a.startsWith("Entente/")), site.agents().toString());
            FeedState f = feed(w, site.feedUrl());
            assertEquals("\"v3\"", f.etag());
            assertEquals("rss", f.kind());
            // stories a minute apart: polled about twice a minute (half the gap), within [10 s, 600 s]
            assertEquals(Duration.ofSeconds(30), f.interval());

            w.round(true); // 304: the validators were sent, nothing new
            assertEquals("\"v3\"", last(site.feedValidators()));
            f = feed(w, site.feedUrl());
            assertTrue(f.lastStatus().startsWith("304"), f.lastStatus());
            assertEquals(Duration.ofSeconds(45), f.interval(), "nothing new: the interval grows by half");
            assertEquals(3, count(store, "SELECT count(*) FROM articles"));

            publish(1);
            w.round(true); // a new item: only its page is fetched
            assertEquals(4, count(store, "SELECT count(*) FROM articles"));
            assertEquals(1, site.hits(NewsSite.pagePath(3)));
            for (int n = 0; n < 3; n++) {
                assertEquals(1, site.hits(NewsSite.pagePath(n)), "page " + n + " not fetched again");
            }

            site.queueFeedAnswer(new NewsSite.Answer(429, Map.of("Retry-After", "120"), "slow down"));
            w.round(true); // 429 with Retry-After: the feed waits two minutes, its validators stay
            f = feed(w, site.feedUrl());
            assertEquals("HTTP 429", f.lastStatus());
            assertTrue(f.lastError().contains("Retry-After 120 s"), f.lastError());
            assertEquals("\"v4\"", f.etag());
            assertEquals(ticker.now().plusSeconds(120), f.nextPoll());
            assertTrue(errText().contains(site.feedUrl() + ": rate limited (HTTP 429)"), errText());

            int feedRequests = site.hits("/feed.xml");
            w.round(false);
            assertEquals(feedRequests, site.hits("/feed.xml"), "not asked again before Retry-After ran out");
            ticker.advance(Duration.ofSeconds(121));
            w.round(false); // 304 again, with the validators of the last good answer
            assertEquals(feedRequests + 1, site.hits("/feed.xml"));
            assertEquals("\"v4\"", last(site.feedValidators()));
            assertTrue(feed(w, site.feedUrl()).lastStatus().startsWith("304"));

            assertEquals(4, count(store, "SELECT count(DISTINCT url) FROM articles"));
            assertEquals(4, count(store, "SELECT count(*) FROM watch_items WHERE status = 'stored'"));
            assertEquals(0, count(store, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM watch_items i"
                    + " WHERE i.article_id = a.id AND i.status = 'stored')"));
            assertTrue(w.statusLine().contains("4 new, 4 coded"), w.statusLine());
        }
    }

    @Test
    void aBrokenFeedATimeoutARobotsRuleAndA404AreNamedAndNeverFatal() throws Exception {
        publish(2);
        try (Watcher w = watcher(store, PIPELINE::process)) {
            w.follow(List.of(site.feedUrl()));
            w.round(true);
            assertEquals(2, count(store, "SELECT count(*) FROM articles"));

            // a broken feed, answered with a validator of its own: named, backed off, validators kept
            site.queueFeedAnswer(new NewsSite.Answer(200, Map.of("ETag", "\"broken\""), "<rss><channel><item><title>cut"));
            w.round(true);
            FeedState f = feed(w, site.feedUrl());
            assertEquals("unreadable", f.lastStatus());
            assertTrue(f.lastError().startsWith("malformed feed"), f.lastError());
            assertEquals("\"v2\"", f.etag(), "validators are saved only after a good parse");
            assertEquals(1, f.failures());
            assertTrue(errText().contains("feed " + site.feedUrl() + ": malformed feed"), errText());

            // then items whose pages time out, are refused by robots.txt, or are gone
            site.slowMillis(3000);
            site.queueFeedAnswer(new NewsSite.Answer(200, Map.of(),
                    site.rssLinking(List.of("/slow/1.html", "/private/5.html", "/news/999.html"))));
            ticker.advance(Duration.ofMinutes(10));
            w.round(false);
            assertEquals(0, site.hits("/private/5.html"), "robots.txt disallows /private/");
            assertEquals(1, count(store, "SELECT count(*) FROM watch_items WHERE status = 'disallowed'"));
            assertEquals(1, count(store, "SELECT count(*) FROM watch_items WHERE status = 'failed'"
                    + " AND reason = 'HTTP 404'"));
            assertEquals(1, count(store, "SELECT count(*) FROM watch_items WHERE status = 'pending' AND attempts = 1"
                    + " AND reason LIKE 'timed out%'"), "a timed-out page waits for another try");
            assertTrue(errText().contains(site.base() + "/slow/1.html: timed out after 1 s"), errText());
            assertTrue(errText().contains(site.base() + "/news/999.html: HTTP 404; not stored"), errText());
            assertTrue(errText().contains("disallowed by " + site.base() + "/robots.txt"), errText());

            ticker.advance(Duration.ofSeconds(31));
            w.round(false); // the second and last attempt times out too: given up, named
            assertEquals(2, site.hits("/slow/1.html"));
            assertEquals(0, count(store, "SELECT count(*) FROM watch_items WHERE status = 'pending'"));
            assertTrue(errText().contains("gave up after 2 attempts"), errText());
            assertEquals(2, count(store, "SELECT count(*) FROM articles"));

            // and the feed itself goes on being polled
            publish(1);
            ticker.advance(Duration.ofMinutes(10));
            w.round(false);
            assertEquals(3, count(store, "SELECT count(*) FROM articles"));
        }
    }

    @Test
    void aRestartInTheMiddleFetchesNothingTwiceAndLosesNothing() throws Exception {
        publish(6);
        AtomicInteger coded = new AtomicInteger();
        Watcher[] first = new Watcher[1];
        try (Watcher w = watcher(store, a -> {
            CodedArticle c = PIPELINE.process(a);
            if (coded.incrementAndGet() == 2) {
                first[0].stop(); // stopped with four items still to fetch
            }
            return c;
        })) {
            first[0] = w;
            w.follow(List.of(site.feedUrl()));
            w.round(true);
        }
        assertEquals(2, count(store, "SELECT count(*) FROM articles"));
        assertEquals(4, count(store, "SELECT count(*) FROM watch_items WHERE status = 'pending'"));
        store.close();

        try (Store again = Store.open(dir.resolve("store")); Watcher w = watcher(again, PIPELINE::process)) {
            w.follow(List.of(site.feedUrl()));
            w.round(false); // the feed is not due yet; the pending items are
            assertEquals(6, count(again, "SELECT count(*) FROM articles"));
            assertEquals(1, site.hits("/feed.xml"));
            for (int n = 0; n < 6; n++) {
                assertEquals(1, site.hits(NewsSite.pagePath(n)), "page " + n + " fetched once over both runs");
            }
            ticker.advance(Duration.ofMinutes(5));
            w.round(false); // the validators survived the restart
            assertEquals("\"v6\"", last(site.feedValidators()));
            assertEquals(6, count(again, "SELECT count(*) FROM watch_items WHERE status = 'stored'"));
            assertEquals(6, count(again, "SELECT count(DISTINCT text) FROM articles"));
        }
        store = Store.open(dir.resolve("store")); // for @AfterEach
    }

    @Test
    void oneStoryReachedThroughAFeedASitemapAndAnotherLinkIsStoredOnce() throws Exception {
        publish(3);
        String sitemap = site.base() + "/news-sitemap.xml";
        try (Watcher w = watcher(store, PIPELINE::process)) {
            w.follow(List.of(site.feedUrl(), sitemap));
            w.round(true);
            assertEquals(3, count(store, "SELECT count(*) FROM articles"));
            FeedState sm = feed(w, sitemap);
            assertEquals("sitemap", sm.kind());
            assertEquals(3, sm.itemsSeen());
            assertEquals(0, sm.itemsNew(), "the sitemap's links are the feed's without tracking parameters");
            for (int n = 0; n < 3; n++) {
                assertEquals(1, site.hits(NewsSite.pagePath(n)));
            }
            // a link the normaliser cannot tell is the same (a query parameter it keeps): the page's canonical link can
            site.queueFeedAnswer(new NewsSite.Answer(200, Map.of(), site.rssLinking(List.of("/news/1.html?edition=intl"))));
            ticker.advance(Duration.ofMinutes(10));
            w.round(false);
            assertEquals(2, site.hits(NewsSite.pagePath(1)));
            assertEquals(3, count(store, "SELECT count(*) FROM articles"));
            assertEquals(1, count(store, "SELECT count(*) FROM watch_items WHERE status = 'duplicate'"));
        }
    }

    @Test
    void theDashboardSeesNewEventsWhileTheWatcherRuns() throws Exception {
        site.publish(Instant.now());
        site.publish(Instant.now());
        WatchSettings fast = new WatchSettings(Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMillis(20), Duration.ofSeconds(10), 2, Duration.ofSeconds(1), WatchSettings.userAgent(null));
        StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "test", "actors", "coder", "watch test");
        try (Watcher w = new Watcher(store, writer, PIPELINE::process, fast, Ticker.SYSTEM, err);
             WebServer server = quietServer(store)) {
            w.follow(List.of(site.feedUrl()));
            Thread running = new Thread(() -> {
                try {
                    w.run(() -> { });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "watcher-under-test");
            running.start();
            try {
                long before = awaitArticles(server, 2).get("events").asLong();
                assertTrue(before > 0);
                site.publish(Instant.now());
                site.publish(Instant.now());
                long after = awaitArticles(server, 4).get("events").asLong();
                assertTrue(after > before, "new events while the watcher runs: " + before + " -> " + after);
            } finally {
                w.stop();
                running.join(30_000);
            }
            assertTrue(!running.isAlive(), "the watcher stops when asked");
        }
    }

    private static WebServer quietServer(Store s) {
        WebServer.quietLogs();
        return WebServer.start(new StoreData(s, false), "127.0.0.1", 0);
    }

    /** /api/stats once it counts {@code articles} articles (asked a few times a second, for at most two minutes). */
    private static JsonNode awaitArticles(WebServer server, int articles) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI stats = URI.create("http://127.0.0.1:" + server.port() + "/api/stats");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            last = new ObjectMapper().readTree(r.body());
            if (last.get("articles").asLong() >= articles) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API never counted " + articles + " articles; last: " + last);
    }

    @Test
    void theCommandPollsOnceAndTellsItsStatus() throws Exception {
        publish(2);
        Path db = dir.resolve("cli-store");
        Path list = dir.resolve("feeds.txt");
        java.nio.file.Files.writeString(list, "# the loopback site\n\n" + site.feedUrl() + "   # its RSS feed\n");
        PrintStream out = System.out;
        PrintStream errBefore = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int once;
        int status;
        int bad;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            once = Main.run("watch", "--once", "--db", db.toString(), "--host-delay", "0.01", "--timeout", "10",
                    list.toString());
            status = Main.run("watch", "--status", "--json", "--db", db.toString());
            java.nio.file.Files.writeString(list, site.feedUrl() + "\nfeeds.example/rss\n");
            bad = Main.run("watch", "--once", "--db", db.toString(), list.toString());
        } finally {
            System.setOut(out);
            System.setErr(errBefore);
        }
        String errs = capturedErr.toString(StandardCharsets.UTF_8);
        assertEquals(0, once, errs);
        JsonNode s = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8).strip());
        assertEquals(0, status);
        assertEquals(1, s.get("feeds_followed").asInt());
        assertEquals(2, s.get("stored").asInt());
        assertEquals(0, s.get("pending").asInt());
        assertEquals("200", s.get("feeds").get(0).get("last_status").asText());
        assertTrue(errs.contains("2 new, 2 coded"), errs);
        assertEquals(2, bad, "a line that is no feed URL is a usage error");
        assertTrue(errs.contains(list + ":2: not an http(s) feed URL: feeds.example/rss"), errs);
    }

    private static String last(List<String> l) {
        assertNotNull(l);
        return l.get(l.size() - 1);
    }
}
