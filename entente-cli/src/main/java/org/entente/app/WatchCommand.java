package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.ingest.watch.FeedState;
import org.entente.ingest.watch.Ticker;
import org.entente.ingest.watch.WatchLedger;
import org.entente.ingest.watch.WatchSettings;
import org.entente.ingest.watch.Watcher;
import org.entente.pipeline.Pipeline;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente watch FEED...}: follows RSS/Atom feeds and news sitemaps, fetches each new article page politely and
 * codes it into the store, until stopped (or once, with {@code --once}); {@code --status} tells what the watcher
 * of a store has done. The watcher itself is {@link Watcher}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow RSS/Atom feeds and news sitemaps; fetch and code each new article into the store.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FEED", arity = "0..*",
            description = "A feed URL, or a file listing feed URLs one a line (# comments). None: the feeds the store follows.")
    List<String> feedArgs;

    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ./entente-data).")
    Path db;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "First poll interval of a feed, before it "
            + "adapts to the feed's rate (default: ${DEFAULT-VALUE}).", defaultValue = "600")
    double interval;

    @Option(names = "--min-interval", paramLabel = "SECONDS", description = "Shortest poll interval (default: 60, "
            + "or --interval when shorter).")
    Double minInterval;

    @Option(names = "--max-interval", paramLabel = "SECONDS", description = "Longest poll interval (default: 3600, "
            + "or --interval when longer).")
    Double maxInterval;

    @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "2",
            description = "Least time between two requests to one host, plus up to half as much at random "
                    + "(default: ${DEFAULT-VALUE}; a longer robots.txt Crawl-delay wins).")
    double hostDelay;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a fetch after this long (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--retry", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wait before a failed page is tried again, doubled at each attempt (default: ${DEFAULT-VALUE}).")
    double retry;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
            description = "Attempts at a page before it is given up (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--contact", paramLabel = "URL|EMAIL",
            description = "How site owners reach you, added to the User-Agent.")
    String contact;

    @Option(names = "--once", description = "Poll each feed once, store what is new, and exit.")
    boolean once;

    @Option(names = "--status", description = "Print what the store's watcher has done (feeds, items, failures) and exit.")
    boolean status;

    @Option(names = "--json", description = "With --status: one JSON object.")
    boolean json;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary files.")
    List<String> actors;

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern files.")
    List<String> patterns;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Path dir = db != null ? db : Store.defaultDir();
        if (status) {
            if (!Files.isRegularFile(dir.resolve(Store.FILE))) {
                err.println("entente watch: no store in " + dir);
                return ExitCode.USAGE;
            }
            try (Store store = Store.open(dir)) {
                printStatus(new WatchLedger(store), System.out);
            }
            return ExitCode.OK;
        }
        WatchSettings settings;
        List<String> feeds;
        try {
            settings = settings();
            feeds = feedArgs == null ? List.of() : FeedList.read(feedArgs);
        } catch (IllegalArgumentException e) {
            err.println("entente watch: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Pipeline pipeline;
        try {
            pipeline = Pipeline.standard(InputOptions.paths(actors), InputOptions.paths(patterns));
        } catch (RuntimeException e) {
            err.println("entente watch: cannot build the pipeline: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (Store store = Store.open(dir)) {
            if (feeds.isEmpty()) {
                feeds = new WatchLedger(store).feeds().stream().map(FeedState::url).toList();
                if (feeds.isEmpty()) {
                    err.println("entente watch: no feeds: name feed URLs or a file listing them");
                    return ExitCode.USAGE;
                }
            }
            StoreWriter writer = StoreWriter.start(store, Resolution.standard(), IngestCommand.version(),
                    IngestCommand.describe(pipeline.actors(), actors), IngestCommand.describe(pipeline.coder(), patterns),
                    "watch " + String.join(" ", feeds));
            try (Watcher watcher = new Watcher(store, writer, pipeline::process, settings, Ticker.SYSTEM, err)) {
                watcher.follow(feeds);
                err.println("entente watch: following " + feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s")
                        + " into " + dir.toAbsolutePath() + " as \"" + settings.userAgent() + "\""
                        + (once ? "" : "; Ctrl-C stops"));
                return once ? once(watcher, err) : untilStopped(watcher, err);
            }
        } finally {
            closed.countDown();
        }
    }

    private int once(Watcher watcher, PrintStream err) {
        try {
            watcher.round(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println(watcher.statusLine());
        Watcher.Counters c = watcher.counters();
        return c.feedFailures.get() + c.failed.get() + c.retries.get() > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
    }

    /** Counted down once the store is closed: a stop signal's hook waits for it, so that the store closes whole. */
    private final CountDownLatch closed = new CountDownLatch(1);

    private int untilStopped(Watcher watcher, PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM or Ctrl-C: finish the step at hand (an article is stored whole or not at all), close the store
            watcher.stop();
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // the JVM is going down anyway; DuckDB's WAL keeps what was committed
            }
        }, "entente-watch-stop"));
        String[] last = {""};
        long[] lastPrinted = {0};
        try {
            watcher.run(() -> {
                // a line when something changed, else one every few minutes to say the watcher is alive
                String line = watcher.statusLine();
                String counts = line.substring(0, line.indexOf("; next"));
                if (!counts.equals(last[0]) || System.nanoTime() - lastPrinted[0] > QUIET_STATUS.toNanos()) {
                    err.println(line);
                    last[0] = counts;
                    lastPrinted[0] = System.nanoTime();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println(watcher.statusLine());
        return ExitCode.OK;
    }

    private static final Duration QUIET_STATUS = Duration.ofMinutes(5);

    private WatchSettings settings() {
        Duration start = seconds(interval, "--interval");
        Duration min = minInterval != null ? seconds(minInterval, "--min-interval")
                : start.compareTo(Duration.ofMinutes(1)) < 0 ? start : Duration.ofMinutes(1);
        Duration max = maxInterval != null ? seconds(maxInterval, "--max-interval")
                : start.compareTo(Duration.ofHours(1)) > 0 ? start : Duration.ofHours(1);
        if (attempts < 1) {
            throw new IllegalArgumentException("--attempts must be at least 1");
        }
        return new WatchSettings(start, min, max, hostDelay == 0 ? Duration.ZERO : seconds(hostDelay, "--host-delay"),
                seconds(timeout, "--timeout"), attempts, seconds(retry, "--retry"), WatchSettings.userAgent(contact));
    }

    private static Duration seconds(double s, String option) {
        if (!(s > 0) || s > 366 * 86400) {
            throw new IllegalArgumentException(option + " must be a number of seconds above 0, got " + s);
        }
        return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
    }

    private void printStatus(WatchLedger ledger, PrintStream out) {
        List<FeedState> feeds = ledger.feeds();
        Map<String, Map<String, Long>> counts = ledger.itemCounts();
        List<String[]> problems = ledger.problems(20);
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            ArrayNode fs = o.putArray("feeds");
            long[] totals = new long[5];
            for (FeedState f : feeds) {
                Map<String, Long> c = counts.getOrDefault(f.url(), Map.of());
                ObjectNode n = fs.addObject();
                n.put("url", f.url()).put("kind", f.kind()).put("title", f.title())
                        .put("last_poll", f.lastPoll() == null ? null : f.lastPoll().toString())
                        .put("next_poll", f.nextPoll() == null ? null : f.nextPoll().toString())
                        .put("interval_seconds", f.interval().toMillis() / 1000.0)
                        .put("last_status", f.lastStatus()).put("last_error", f.lastError())
                        .put("failures_in_row", f.failures()).put("polls", f.polls())
                        .put("items_seen", f.itemsSeen()).put("items_new", f.itemsNew());
                String[] statuses = {WatchLedger.STORED, WatchLedger.PENDING, WatchLedger.DUPLICATE, WatchLedger.FAILED,
                    WatchLedger.DISALLOWED};
                for (int i = 0; i < statuses.length; i++) {
                    long v = c.getOrDefault(statuses[i], 0L);
                    n.put(statuses[i], v);
                    totals[i] += v;
                }
            }
            o.put("feeds_followed", feeds.size());
            o.put("stored", totals[0]).put("pending", totals[1]).put("duplicate", totals[2]).put("failed", totals[3])
                    .put("disallowed", totals[4]);
            ArrayNode ps = o.putArray("problems");
            for (String[] p : problems) {
                ps.addObject().put("url", p[0]).put("status", p[1]).put("reason", p[2]).put("attempts", Integer.parseInt(p[3]));
            }
            out.println(o);
            return;
        }
        out.println(feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s") + " followed");
        for (FeedState f : feeds) {
            Map<String, Long> c = counts.getOrDefault(f.url(), Map.of());
            out.printf("%s%n  %s%s, polled %d times, last %s: %s%s; next %s (interval %s s)%n"
                            + "  items: %d stored, %d pending, %d duplicate, %d failed, %d refused by robots.txt%n",
                    f.url(), f.kind() == null ? "not read yet" : f.kind(), f.title() == null ? "" : " \"" + f.title() + "\"",
                    f.polls(), f.lastPoll() == null ? "never" : f.lastPoll(), f.lastStatus() == null ? "-" : f.lastStatus(),
                    f.lastError() == null ? "" : " (" + f.lastError() + ", " + f.failures() + " in a row)",
                    f.nextPoll(), String.format(java.util.Locale.ROOT,
                            "%.1f", f.interval().toMillis() / 1000.0),
                    c.getOrDefault(WatchLedger.STORED, 0L), c.getOrDefault(WatchLedger.PENDING, 0L),
                    c.getOrDefault(WatchLedger.DUPLICATE, 0L), c.getOrDefault(WatchLedger.FAILED, 0L),
                    c.getOrDefault(WatchLedger.DISALLOWED, 0L));
        }
        if (!problems.isEmpty()) {
            out.println("recent problems:");
            for (String[] p : problems) {
                out.println("  " + p[0] + "\t" + p[1] + "\t" + p[2] + " (" + p[3] + " attempts)");
            }
        }
    }
}
