package org.entente.ingest.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Plain GETs for the watcher with the JDK's HTTP client, each bounded: a connect and header timeout, a deadline for
 * the whole body (a server that trickles one byte a second is cut off), a size cap on the body after decompression
 * (a gzip bomb stops at the cap), and the {@link HostGate} around it so that one host gets one request at a time,
 * spaced out. Every request carries the watcher's User-Agent.
 */
public final class HttpFetcher implements AutoCloseable {
    private final HttpClient client;
    private final HostGate gate;
    private final String userAgent;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "entente-watch-deadline");
        t.setDaemon(true);
        return t;
    });

    public HttpFetcher(HostGate gate, String userAgent, Duration timeout) {
        this.gate = gate;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HostGate gate() {
        return gate;
    }

    /**
     * GETs {@code uri} with {@code headers} added (validators for a conditional GET), waiting for the host's turn
     * first. Any status comes back as a {@link Fetched}; only a failure to get an answer at all throws.
     *
     * @param cap  the most body bytes kept; a longer body is refused
     * @param what what is fetched, for the message ("the feed", "the page")
     */
    public Fetched get(URI uri, Map<String, String> headers, int cap, String what)
            throws FetchException, InterruptedException {
        String host = HostGate.key(uri);
        gate.acquire(host);
        try {
            return fetch(uri, headers, cap, what);
        } finally {
            gate.release(host);
        }
    }

    private Fetched fetch(URI uri, Map<String, String> headers, int cap, String what)
            throws FetchException, InterruptedException {
        HttpRequest.Builder rb;
        try {
            rb = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", userAgent)
                    .header("Accept-Encoding", "gzip");
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL the watcher can fetch: " + e.getMessage());
        }
        headers.forEach(rb::header);
        HttpResponse<InputStream> response;
        try {
            response = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + WatchSettings.seconds(timeout) + " s waiting for an answer");
        } catch (ConnectException e) {
            // the JDK's client often says only "ClosedChannelException" for a refused connection
            throw new FetchException("cannot connect to " + HostGate.key(uri) + " (refused or unreachable"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (IOException e) {
            throw new FetchException("fetch failed: " + reason(e));
        }
        AtomicBoolean cut = new AtomicBoolean();
        InputStream raw = response.body();
        // the header timeout does not cover the body: a deadline closes the stream under a slow reader
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            cut.set(true);
            close(raw);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = decoded(raw, response)) {
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > cap && !isGzip(response)) {
                throw new FetchException(what + " is too large: " + declared + " bytes over the " + cap + "-byte cap");
            }
            return new Fetched(response.statusCode(), response.uri(), response.headers(), readCapped(in, cap, what));
        } catch (IOException e) {
            if (cut.get()) {
                throw new FetchException("timed out after " + WatchSettings.seconds(timeout) + " s reading " + what);
            }
            throw new FetchException("cannot read " + what + ": " + reason(e));
        } finally {
            deadline.cancel(false);
            close(raw);
        }
    }

    private static boolean isGzip(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
    }

    private static InputStream decoded(InputStream raw, HttpResponse<?> r) throws IOException {
        return isGzip(r) ? new GZIPInputStream(raw, 8192) : raw;
    }

    private static byte[] readCapped(InputStream in, int cap, String what) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > cap) {
                throw new FetchException(what + " is too large: over the " + cap + "-byte cap");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how a late body is abandoned; nothing more to do
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
