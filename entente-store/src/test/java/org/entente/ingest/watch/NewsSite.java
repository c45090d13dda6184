package org.entente.ingest.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for the watcher's tests and soak (the JDK's HttpServer): an RSS feed of its newest
 * stories with an ETag and Last-Modified (304 when they match), a page per story whose feed link carries tracking
 * parameters and whose page names its clean canonical link, a robots.txt, and answers a test can queue up in front of
 * the feed (a 429 with Retry-After, a broken feed) or make slow (a page that takes longer than the watcher's timeout).
 * It counts every request by path and remembers the User-Agents it saw.
 */
final class NewsSite implements AutoCloseable {
    /** A scripted answer to the next feed request. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<Instant> stories = Collections.synchronizedList(new ArrayList<>());
    private final Queue<Answer> feedAnswers = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> agents = Collections.synchronizedList(new ArrayList<>());
    private final List<String> conditional = Collections.synchronizedList(new ArrayList<>());
    private final int window;
    private volatile String robots = "User-agent: *\nDisallow: /private/\n";
    private volatile long slowMillis = 3000;

    NewsSite(int window) throws IOException {
        this.window = window;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    /** Publishes the next story (dated {@code at}); returns its number. */
    int publish(Instant at) {
        synchronized (stories) {
            stories.add(at);
            return stories.size() - 1;
        }
    }

    int published() {
        return stories.size();
    }

    void queueFeedAnswer(Answer a) {
        feedAnswers.add(a);
    }

    void robots(String text) {
        robots = text;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    Map<String, AtomicInteger> allHits() {
        return hits;
    }

    List<String> agents() {
        return List.copyOf(agents);
    }

    /** The If-None-Match value of each feed request, "-" when it had none, in order. */
    List<String> feedValidators() {
        return List.copyOf(conditional);
    }

    static String pagePath(int n) {
        return "/news/" + n + ".html";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            agents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            if (path.equals("/feed.xml")) {
                feed(ex);
            } else if (path.equals("/news-sitemap.xml")) {
                sitemap(ex);
            } else if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", robots);
            } else if (path.startsWith("/slow/")) {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/html; charset=utf-8", page(0, path));
            } else if (path.matches("/(news|private)/\\d+\\.html")) {
                int n = Integer.parseInt(path.replaceAll("\\D", ""));
                if (n >= stories.size()) {
                    send(ex, 404, "text/plain", "no such story");
                } else {
                    send(ex, 200, "text/html; charset=utf-8", page(n, path));
                }
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        }
    }

    private void feed(HttpExchange ex) throws IOException {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        conditional.add(inm == null ? "-" : inm);
        Answer scripted = feedAnswers.poll();
        if (scripted != null) {
            scripted.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            send(ex, scripted.status(), "application/rss+xml", scripted.body());
            return;
        }
        List<Instant> snapshot;
        synchronized (stories) {
            snapshot = List.copyOf(stories);
        }
        String etag = "\"v" + snapshot.size() + "\"";
        ex.getResponseHeaders().add("ETag", etag);
        if (!snapshot.isEmpty()) {
            ex.getResponseHeaders().add("Last-Modified", HTTP_DATE.format(snapshot.get(snapshot.size() - 1)));
        }
        if (etag.equals(inm)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Loopback Wire</title><link>" + base() + "/</link><description>test feed</description>\n");
        for (int n = snapshot.size() - 1; n >= Math.max(0, snapshot.size() - window); n--) {
            String link = base() + pagePath(n) + "?utm_source=rss&utm_medium=feed";
            rss.append("<item><title>").append(NewsWriter.title(n)).append("</title><link>").append(link.replace("&", "&amp;"))
                    .append("</link><guid isPermaLink=\"false\">loopback-wire-").append(n).append("</guid><pubDate>")
                    .append(HTTP_DATE.format(snapshot.get(n))).append("</pubDate></item>\n");
        }
        rss.append("</channel></rss>\n");
        send(ex, 200, "application/rss+xml; charset=utf-8", rss.toString());
    }

    /** A Google News sitemap of the same stories, linked without tracking parameters. */
    private void sitemap(HttpExchange ex) throws IOException {
        List<Instant> snapshot;
        synchronized (stories) {
            snapshot = List.copyOf(stories);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (int n = snapshot.size() - 1; n >= Math.max(0, snapshot.size() - window); n--) {
            xml.append("<url><loc>").append(base()).append(pagePath(n)).append("</loc><news:news><news:publication>"
                    + "<news:name>Loopback Wire</news:name><news:language>en</news:language></news:publication>"
                    + "<news:publication_date>").append(DateTimeFormatter.ISO_INSTANT.format(snapshot.get(n)))
                    .append("</news:publication_date><news:title>").append(NewsWriter.title(n))
                    .append("</news:title></news:news></url>\n");
        }
        xml.append("</urlset>\n");
        send(ex, 200, "application/xml; charset=utf-8", xml.toString());
    }

    /** An RSS feed (no validators) whose items link to {@code paths} on this site, for one scripted answer. */
    String rssLinking(List<String> paths) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Loopback Wire</title><link>" + base() + "/</link><description>test feed</description>\n");
        for (String p : paths) {
            rss.append("<item><title>item ").append(p).append("</title><link>").append(base()).append(p)
                    .append("</link><guid>").append(base()).append(p).append("</guid></item>\n");
        }
        return rss.append("</channel></rss>\n").toString();
    }

    void slowMillis(long ms) {
        slowMillis = ms;
    }

    private String page(int n, String path) {
        StringBuilder body = new StringBuilder();
        for (String p : NewsWriter.paragraphs(n)) {
            body.append("<p>").append(p).append("</p>\n");
        }
        String date = n < stories.size() ? stories.get(n).atZone(ZoneOffset.UTC).toLocalDate().toString() : "2026-01-01";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + NewsWriter.title(n) + " | Loopback Wire</title>"
                + "<link rel=\"canonical\" href=\"" + base() + path + "\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>" + NewsWriter.title(n) + "</h1>\n" + body + "</article>"
                + "<footer>Copyright Loopback Wire. All rights reserved.</footer></body></html>";
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
