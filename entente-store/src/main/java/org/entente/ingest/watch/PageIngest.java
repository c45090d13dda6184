package org.entente.ingest.watch;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.entente.ingest.Article;
import org.entente.ingest.BadInputException;
import org.entente.ingest.Limits;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.store.CodingBudget;
import org.entente.store.Store;
import org.entente.store.StoreWriter;

/**
 * One pending item, taken to its end: robots.txt, the page fetched, its article read, recognised if it repeats one
 * already stored (canonical link, content hash), else coded by the pipeline ingest uses and written by the store
 * writer together with the item's new state. A failure that may pass (no answer, 5xx, 429) is tried again later with
 * a doubling wait, {@link WatchSettings#maxAttempts} times in all; one that will not (404, a page without article
 * text) ends the item at once. Either way it is named with the reason.
 */
final class PageIngest implements AutoCloseable {
    /** How an item ended this time. */
    enum Result { STORED, DUPLICATE, DISALLOWED, RETRY, FAILED, POSTPONED }

    /** A host that asked for a pause longer than this is left for a later round instead of waited for. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final HttpFetcher fetcher;
    private final Robots robots;
    private final WatchLedger ledger;
    private final Store store;
    private final StoreWriter writer;
    private final Function<Article, CodedArticle> coder;
    private final WatchSettings settings;
    private final Ticker ticker;
    private final PrintStream err;
    private final CodingBudget budget;
    private final ExecutorService coding = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-watch-code");
        t.setDaemon(true);
        return t;
    });

    PageIngest(HttpFetcher fetcher, WatchLedger ledger, Store store, StoreWriter writer,
               Function<Article, CodedArticle> coder, WatchSettings settings, Ticker ticker, PrintStream err,
               CodingBudget budget) {
        this.fetcher = fetcher;
        this.robots = new Robots(fetcher, ticker);
        this.ledger = ledger;
        this.store = store;
        this.writer = writer;
        this.coder = coder;
        this.settings = settings;
        this.ticker = ticker;
        this.err = err;
        this.budget = budget;
    }

    Result process(PendingItem it) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(it.url());
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return giveUp(it, "not an http(s) link");
            }
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return giveUp(it, "not a link the watcher can fetch: " + it.url());
        }
        Instant hostFree = fetcher.gate().notBefore(HostGate.key(uri));
        if (hostFree.isAfter(ticker.now().plus(LONGEST_WAIT))) {
            ledger.postpone(it, hostFree);
            return Result.POSTPONED;
        }
        Robots.Verdict verdict = robots.check(uri);
        if (!verdict.allowed()) {
            if (verdict.temporary()) {
                return retry(it, verdict.reason(), Optional.empty());
            }
            err.println("entente watch: " + it.url() + ": " + verdict.reason() + "; not fetched");
            ledger.settle(it, WatchLedger.DISALLOWED, null, verdict.reason(), List.of(), ticker.now());
            return Result.DISALLOWED;
        }
        Fetched page;
        try {
            page = fetcher.get(uri, Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"),
                    Limits.MAX_DOCUMENT_BYTES, "the page");
        } catch (FetchException e) {
            return retry(it, e.getMessage(), Optional.empty());
        }
        if (page.status() == 429 || page.status() == 503 || page.status() >= 500) {
            Optional<Duration> wait = page.retryAfter(ticker.now());
            wait.ifPresent(w -> fetcher.gate().holdOff(HostGate.key(uri), ticker.now().plus(w)));
            return retry(it, "HTTP " + page.status(), wait);
        }
        if (!page.ok()) {
            return giveUp(it, "HTTP " + page.status());
        }
        LocalDate itemDate = it.published() == null ? null : it.published().atOffset(ZoneOffset.UTC).toLocalDate();
        Article article;
        try {
            // stored under its link without tracking parameters: the store's URLs say where the article is, not who sent us
            String clean = UrlNormalizer.normalize(page.uri().toString());
            article = Sources.page(page.body(), clean != null ? clean : page.uri().toString(), page.charset(), itemDate);
        } catch (BadInputException e) {
            return giveUp(it, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return giveUp(it, "cannot read the page: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        List<String> keys = keys(article, page.uri());
        String sameAs = ledger.knownAs(keys, it.item());
        if (sameAs != null || store.hasArticle(article)) {
            ledger.settle(it, WatchLedger.DUPLICATE, article.id(), sameAs != null ? "same article as " + sameAs
                    : "same text as stored article " + article.id(), keys, ticker.now());
            return Result.DUPLICATE;
        }
        CodedArticle coded;
        try {
            coded = code(article);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return giveUp(it, "coding failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()));
        } catch (TimeoutException e) {
            return giveUp(it, e.getMessage());
        }
        Instant now = ticker.now();
        StoreWriter.Written w = writer.writeAll(List.of(coded), (c, outcomes) -> {
            if (outcomes.get(0).outcome() == StoreWriter.Outcome.WRITTEN) {
                WatchLedger.stored(c, it, article.id(), keys, now);
            }
        }).get(0);
        return switch (w.outcome()) {
            case WRITTEN -> Result.STORED;
            case ALREADY_STORED -> {
                ledger.settle(it, WatchLedger.DUPLICATE, article.id(), "same text as stored article " + article.id(),
                        keys, now);
                yield Result.DUPLICATE;
            }
            case FAILED -> retry(it, "store failed: " + w.error(), Optional.empty());
        };
    }

    /** The keys a page adds to its item's: its canonical link, the URL it was fetched from, its text's hash. */
    private static List<String> keys(Article a, URI fetched) {
        List<String> keys = new ArrayList<>(3);
        String canonical = a.meta().get("canonical");
        if (canonical != null) {
            try {
                String norm = UrlNormalizer.normalize(fetched.resolve(canonical.strip()).toString());
                if (norm != null) {
                    keys.add("url:" + norm);
                }
            } catch (IllegalArgumentException ignored) {
                // a canonical link that is no URL says nothing
            }
        }
        String at = UrlNormalizer.normalize(fetched.toString());
        if (at != null && !keys.contains("url:" + at)) {
            keys.add("url:" + at);
        }
        keys.add("hash:" + a.id());
        return keys;
    }

    /** Codes on a thread of its own, so that an article that overruns its {@link CodingBudget} can be cancelled. */
    private CodedArticle code(Article a) throws ExecutionException, TimeoutException, InterruptedException {
        CodingBudget.Meter meter = new CodingBudget.Meter();
        Future<CodedArticle> f = coding.submit(() -> {
            meter.start();
            return coder.apply(a);
        });
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                String overrun = meter.overrun(budget);
                if (overrun != null) {
                    f.cancel(true);
                    throw new TimeoutException(overrun);
                }
            } catch (InterruptedException e) {
                f.cancel(true);
                throw e;
            }
        }
    }

    private Result retry(PendingItem it, String reason, Optional<Duration> retryAfter) {
        int attempt = it.attempts() + 1;
        if (attempt >= settings.maxAttempts()) {
            return giveUp(it, reason + " (gave up after " + attempt + " attempts)");
        }
        Duration wait = retryAfter.orElse(settings.retryBase().multipliedBy(1L << Math.min(attempt - 1, 16)));
        Instant now = ticker.now();
        err.println("entente watch: " + it.url() + ": " + reason + "; attempt " + attempt + " of "
                + settings.maxAttempts() + ", next in " + WatchSettings.seconds(wait) + " s");
        ledger.retryLater(it, reason, now.plus(wait), now);
        return Result.RETRY;
    }

    private Result giveUp(PendingItem it, String reason) {
        err.println("entente watch: " + it.url() + ": " + reason + "; not stored");
        ledger.settle(it, WatchLedger.FAILED, null, reason, List.of(), ticker.now());
        return Result.FAILED;
    }

    @Override
    public void close() {
        coding.shutdownNow();
    }
}
