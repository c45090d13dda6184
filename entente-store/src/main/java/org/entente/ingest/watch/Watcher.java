package org.entente.ingest.watch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.store.CodingBudget;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.StoreWriter;

/**
 * The feed watcher: rounds of (1) polling every feed that is due, then (2) taking every pending item that is due to
 * its end, then sleeping until the next feed or item is due, until stopped. One thread does the fetching, so the
 * watcher never has more than one request in flight (the {@link HostGate} would keep it to one per host anyway).
 * Everything it decides is in the store ({@link WatchLedger}), so a watcher started again on the same store goes on
 * where the last one stopped, whether that one was stopped or killed.
 */
public final class Watcher implements AutoCloseable {
    /** Pending items taken per look at the table; the round looks again until none is due. */
    private static final int ITEMS_PER_LOOK = 100;
    /** The longest sleep between two looks at the stop flag. */
    private static final Duration NAP = Duration.ofMillis(200);

    /** What this watcher did since it started (the store has the totals: {@link WatchStatus}). */
    public static final class Counters {
        public final AtomicLong polls = new AtomicLong();
        public final AtomicLong feedFailures = new AtomicLong();
        public final AtomicLong itemsSeen = new AtomicLong();
        public final AtomicLong itemsNew = new AtomicLong();
        public final AtomicLong coded = new AtomicLong();
        public final AtomicLong duplicates = new AtomicLong();
        public final AtomicLong failed = new AtomicLong();
        public final AtomicLong retries = new AtomicLong();
        public final AtomicLong disallowed = new AtomicLong();
    }

    private final WatchLedger ledger;
    private final WatchSettings settings;
    private final Ticker ticker;
    private final PrintStream err;
    private final HttpFetcher fetcher;
    private final FeedPoller poller;
    private final PageIngest pages;
    private final Counters counters = new Counters();
    private volatile boolean stopping;
    private volatile Instant nextDue;
    private List<String> feeds = List.of();

    public Watcher(Store store, StoreWriter writer, Function<Article, CodedArticle> coder, WatchSettings settings,
                   Ticker ticker, PrintStream err) {
        this.ledger = new WatchLedger(store);
        this.settings = settings;
        this.ticker = ticker;
        this.err = err;
        this.fetcher = new HttpFetcher(new HostGate(ticker, settings.hostDelay()), settings.userAgent(),
                settings.timeout());
        this.poller = new FeedPoller(fetcher, ledger, settings, ticker);
        this.pages = new PageIngest(fetcher, ledger, store, writer, coder, settings, ticker, err,
                CodingBudget.standard());
    }

    /** Follows {@code urls} (added to the store's feeds if new; a feed already known keeps its state). */
    public void follow(Collection<String> urls) {
        ledger.addFeeds(urls, settings.interval(), ticker.now());
        feeds = List.copyOf(urls);
    }

    public Counters counters() {
        return counters;
    }

    public WatchLedger ledger() {
        return ledger;
    }

    /** When the next feed poll or page is due (after a round), or null before the first. */
    public Instant nextDue() {
        return nextDue;
    }

    /** Asks {@link #run} to end after the step it is on (an article being stored is stored, or not at all). */
    public void stop() {
        stopping = true;
    }

    /**
     * One round: the feeds that are due (every followed feed when {@code allFeeds}) are polled, then the pending
     * items that are due are taken to their end. Returns true if anything was fetched.
     */
    public boolean round(boolean allFeeds) throws InterruptedException {
        boolean worked = false;
        for (FeedState f : ledger.feeds()) {
            if (stopping) {
                return worked;
            }
            if (!feeds.contains(f.url()) || !allFeeds && f.nextPoll() != null && f.nextPoll().isAfter(ticker.now())) {
                continue;
            }
            worked = true;
            FeedPoller.Outcome o = poller.poll(f);
            if (o.asked()) {
                counters.polls.incrementAndGet();
            }
            counters.itemsSeen.addAndGet(o.seen());
            counters.itemsNew.addAndGet(o.added());
            if (o.failed()) {
                counters.feedFailures.incrementAndGet();
                err.println("entente watch: feed " + f.url() + ": " + o.error() + "; next try in "
                        + WatchSettings.seconds(Duration.between(ticker.now(), o.next())) + " s");
            }
        }
        while (!stopping) {
            List<PendingItem> due = ledger.due(ticker.now(), ITEMS_PER_LOOK, feeds);
            if (due.isEmpty()) {
                break;
            }
            for (PendingItem it : due) {
                if (stopping) {
                    break;
                }
                worked = true;
                count(pages.process(it));
            }
        }
        nextDue = computeNextDue();
        return worked;
    }

    private void count(PageIngest.Result r) {
        switch (r) {
            case STORED -> counters.coded.incrementAndGet();
            case DUPLICATE -> counters.duplicates.incrementAndGet();
            case FAILED -> counters.failed.incrementAndGet();
            case RETRY -> counters.retries.incrementAndGet();
            case DISALLOWED -> counters.disallowed.incrementAndGet();
            case POSTPONED -> { }
        }
    }

    /** The earlier of the next feed poll and the next pending item's turn. */
    private Instant computeNextDue() {
        Instant next = null;
        for (FeedState f : ledger.feeds()) {
            if (feeds.contains(f.url()) && f.nextPoll() != null && (next == null || f.nextPoll().isBefore(next))) {
                next = f.nextPoll();
            }
        }
        Instant item = ledger.nextItemDue(feeds);
        return item != null && (next == null || item.isBefore(next)) ? item : next;
    }

    /**
     * Rounds until {@link #stop}: after each round that fetched something, {@code afterRound} is called (the
     * status line); between rounds the watcher sleeps until the next feed or item is due.
     */
    public void run(Runnable afterRound) throws InterruptedException {
        while (!stopping) {
            Instant wake;
            try {
                if (round(false)) {
                    afterRound.run();
                }
                wake = nextDue != null ? nextDue : ticker.now().plus(settings.interval());
            } catch (StoreException e) {
                // the store could not be had (another process held it past the lease wait, a full disk): nothing was
                // half-written (every step is one transaction); say so and try again after the shortest interval
                wake = ticker.now().plus(settings.minInterval());
                err.println("entente watch: store unavailable: " + e.getMessage() + "; trying again in "
                        + WatchSettings.seconds(settings.minInterval()) + " s");
            }
            while (!stopping && ticker.now().isBefore(wake)) {
                Duration left = Duration.between(ticker.now(), wake);
                ticker.sleep(left.compareTo(NAP) < 0 ? left : NAP);
            }
        }
    }

    /** The one-line account: this run's counts and the next poll. */
    public String statusLine() {
        Counters c = counters;
        Instant next = nextDue;
        String when = next == null ? "none"
                : java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(
                        next.atZone(java.time.ZoneOffset.UTC).toLocalTime().withNano(0)) + " UTC (in "
                        + Math.max(0, Duration.between(ticker.now(), next).toSeconds()) + " s)";
        return String.format(java.util.Locale.ROOT,
                "entente watch: %d feeds, %d polls (%d failed), %d items seen, %d new, %d coded, %d duplicates,"
                        + " %d failed, %d to retry, %d refused by robots.txt; next %s",
                feeds.size(), c.polls.get(), c.feedFailures.get(), c.itemsSeen.get(), c.itemsNew.get(), c.coded.get(),
                c.duplicates.get(), c.failed.get(), c.retries.get(), c.disallowed.get(), when);
    }

    @Override
    public void close() {
        stopping = true;
        pages.close();
        fetcher.close();
    }
}
