package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * An Entente store: one DuckDB file ({@code DIR/entente.duckdb}) holding articles, actor and event mentions,
 * resolved events and the versions of the pipeline that produced them.
 *
 * <p>Concurrency. DuckDB lets one process at a time open a file for writing. Inside a process every caller
 * shares one database through its own connection (MVCC: readers see committed articles while the writer works).
 * Across processes the store <em>leases</em> the file: it opens it when a call needs it and closes it after
 * {@link #IDLE} without use, and a long ingest lets go of it between batches ({@link #yieldLock}). Another
 * process (a {@code relations} or {@code serve} started during an ingest) waits for the lock instead of failing.
 * All query methods are thread-safe.
 */
public final class Store implements AutoCloseable {
    /** How long an unused database stays open before the lease is returned. */
    public static final Duration IDLE = Duration.ofMillis(800);
    public static final String FILE = "entente.duckdb";
    /** Marker left in the store folder by a process waiting for the file (see {@link #yieldLock}). */
    public static final String WANTED = ".entente-lock-wanted";
    /**
     * A process that opened the file keeps it at least this long before it lets a waiting process have it, so
     * that two busy processes (a server answering requests, an ingest) take turns and each gets work done.
     */
    static final Duration MIN_HOLD = Duration.ofMillis(250);
    /** After letting go for a waiting process, this one waits this long before taking the file back. */
    static final Duration HANDOVER = Duration.ofMillis(150);

    private final Path dir;
    private final Path file;
    private final Path wanted;
    private long pausedUntil;
    private final Duration lockWait;
    private final ScheduledExecutorService closer;
    private DuckDBConnection root;
    private DuckDBConnection probeConnection;
    private java.sql.PreparedStatement probe;
    private int users;
    private long lastRelease;
    private long openedAt;
    private boolean closed;

    private Store(Path dir, Duration lockWait) {
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.wanted = dir.resolve(WANTED);
        this.lockWait = lockWait;
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entente-store-lease");
            t.setDaemon(true);
            return t;
        });
        long period = IDLE.toMillis() / 2;
        closer.scheduleWithFixedDelay(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /** Opens (creating if needed) the store in {@code dir}; waits up to a minute for another process's lock. */
    public static Store open(Path dir) {
        return open(dir, Duration.ofMinutes(1));
    }

    public static Store open(Path dir, Duration lockWait) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        Store s = new Store(dir, lockWait);
        s.write(c -> {
            Schema.create(c);
            return null;
        });
        return s;
    }

    /** The default store folder: {@code ./entente-data/}. */
    public static Path defaultDir() {
        return Path.of("entente-data");
    }

    public Path dir() {
        return dir;
    }

    // ---------------------------------------------------------------- queries (the public face)

    /** Events matching a filter, newest first, one page. */
    public Page<EventSummary> searchEvents(EventFilter filter, int offset, int limit) {
        return read(c -> EventQueries.search(c, filter, offset, limit));
    }

    /** One resolved event with every mention (the evidence), or empty. */
    public Optional<EventDetail> event(long id) {
        return read(c -> EventQueries.detail(c, id));
    }

    /** Every article {@code id} names (see {@link ArticleQueries#matches}): one, or several under one JSONL id. */
    public List<ArticleRef> articleMatches(String id) {
        return read(c -> ArticleQueries.matches(c, id));
    }

    /** One article: its clean text and the spans of its actor and event mentions. */
    public Optional<ArticleView> article(String id) {
        return read(c -> ArticleQueries.article(c, id));
    }

    /** Actor codes seen in the store whose code or surface names contain {@code query} (all if blank). */
    public List<ActorCount> actors(String query, int limit) {
        return read(c -> ArticleQueries.actors(c, query, limit));
    }

    public StoreStats stats() {
        return read(ArticleQueries::stats);
    }

    /**
     * Whether an article id is stored (committed). Asked once per input article by ingest, so it keeps one
     * connection and prepared statement while the database is open (a fresh connection per call, as {@link #read}
     * takes, cost ~2.5× as much); serialised, and dropped with the lease. Opens the database as the others do.
     */
    public synchronized boolean hasArticle(org.entente.ingest.Article a) {
        DuckDBConnection db = database();
        try {
            if (probe == null) {
                probeConnection = (DuckDBConnection) db.duplicate();
                probe = probeConnection.prepareStatement("SELECT url, outlet, text_id FROM articles WHERE id = ?");
            }
            lastRelease = System.nanoTime();
            probe.setString(1, a.id());
            try (java.sql.ResultSet rs = probe.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
            // a store written before ids hashed the publisher keeps this report under the text's own hash
            String textId = org.entente.ingest.Sources.contentId(a.text());
            if (textId.equals(a.id())) {
                return false;
            }
            probe.setString(1, textId);
            try (java.sql.ResultSet rs = probe.executeQuery()) {
                return rs.next() && rs.getString(3) == null && java.util.Objects.equals(
                        org.entente.ingest.Sources.publisher(rs.getString(1), rs.getString(2)),
                        org.entente.ingest.Sources.publisher(a.url(), a.outlet()));
            }
        } catch (SQLException e) {
            closeProbe();
            throw failure(e);
        }
    }

    private void closeProbe() {
        try {
            if (probe != null) {
                probe.close();
            }
            if (probeConnection != null) {
                probeConnection.close();
            }
        } catch (SQLException ignored) {
            // closing the database frees it anyway
        }
        probe = null;
        probeConnection = null;
    }

    /** Articles whose date falls in [from, to] (either may be null), for exports and checks. */
    public long countArticles(LocalDate from, LocalDate to) {
        return read(c -> ArticleQueries.count(c, from, to));
    }

    // ---------------------------------------------------------------- connection lease

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a connection of its own (auto-commit); the database stays open meanwhile. */
    public <T> T read(SqlWork<T> work) {
        DuckDBConnection c = acquire();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            release(c);
        }
    }

    /** Same as {@link #read}; named apart so that writes are easy to find. */
    public <T> T write(SqlWork<T> work) {
        return read(work);
    }

    /**
     * Lets another process take the file if one is waiting for it: then closes the database (if no one in this
     * process uses it) and keeps this process from reopening it for {@code pause}, so that the waiting process
     * gets its turn. A process that finds the file locked leaves a marker ({@value #WANTED}) in the store folder
     * while it waits; without one this returns at once (closing the database costs a checkpoint and a reopen).
     * Called between batches by a long ingest.
     */
    public void yieldLock(Duration pause) {
        if (!Files.exists(wanted)) {
            return;
        }
        boolean released;
        synchronized (this) {
            released = users == 0 && root != null;
            if (released) {
                handOver(pause);
            }
        }
        if (released && !pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the database for a process that waits for it, and keeps this one off it for {@code pause}. */
    private void handOver(Duration pause) {
        try {
            Files.deleteIfExists(wanted);
        } catch (IOException ignored) {
            // the marker stays: at worst one more hand-over
        }
        closeRoot();
        pausedUntil = System.nanoTime() + pause.toNanos();
    }

    /**
     * Whether another process waits for the file and this one, unused now, has held it long enough: every user of
     * the store (a server between requests, an ingest between batches, a feed watcher) then lets go at once, so
     * that no reader, however busy, keeps a writer out (a dashboard polling 3 times a second used to hold the file
     * for good, and an ingest beside it failed after a minute).
     */
    private boolean someoneWaits() {
        return root != null && users == 0 && System.nanoTime() - openedAt > MIN_HOLD.toNanos() && Files.exists(wanted);
    }

    /** While a {@link #yieldLock} pause runs, callers wait instead of taking the file back at once. */
    private void awaitPause() {
        long left;
        while (root == null && (left = pausedUntil - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the store", e);
            }
        }
    }

    /** A connection of the caller's own on the open database, counted as a user until {@link #release}. */
    private synchronized DuckDBConnection acquire() {
        DuckDBConnection db = database();
        users++;
        try {
            return (DuckDBConnection) db.duplicate();
        } catch (SQLException e) {
            users--;
            throw failure(e);
        }
    }

    /**
     * The open database, opened if the lease had lapsed (after a {@link #yieldLock} pause has run out): the lease
     * step that {@link #acquire} and {@link #hasArticle} share. The caller holds this store's monitor.
     */
    private DuckDBConnection database() {
        if (closed) {
            throw new StoreException("store " + file + " is closed", null);
        }
        awaitPause();
        if (root == null) {
            root = connect();
            openedAt = System.nanoTime();
        }
        return root;
    }

    private StoreException failure(SQLException e) {
        return new StoreException("store " + file + ": " + e.getMessage(), e);
    }

    private synchronized void release(DuckDBConnection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            c.close();
        } catch (SQLException ignored) {
            // a broken connection is closed anyway; nothing to keep
        }
        users--;
        lastRelease = System.nanoTime();
        if (someoneWaits()) {
            handOver(HANDOVER);
        }
    }

    private DuckDBConnection connect() {
        long deadline = System.nanoTime() + lockWait.toNanos();
        long sleep = 20;
        while (true) {
            try {
                Properties p = new Properties();
                String threads = System.getProperty("entente.duckdb.threads");
                if (threads != null) {
                    p.setProperty("threads", threads);
                }
                return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                boolean locked = m.contains("lock") || m.contains("Conflicting");
                if (!locked || System.nanoTime() > deadline) {
                    throw new StoreException("cannot open store " + file + ": " + firstLine(m), e);
                }
                try {
                    Files.write(wanted, new byte[0]); // ask the holder (a long ingest) to let go for a moment
                } catch (IOException ignored) {
                    // read-only folder: wait for the holder's lease to end instead
                }
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the store lock", ie);
                }
                sleep = Math.min(100, sleep + 10);
            }
        }
    }

    private synchronized void closeIfIdle() {
        if (someoneWaits()) {
            handOver(HANDOVER);
        } else if (root != null && users == 0 && System.nanoTime() - lastRelease > IDLE.toNanos()) {
            closeRoot();
        }
    }

    private void closeRoot() {
        closeProbe();
        try {
            root.close();
        } catch (SQLException ignored) {
            // closing checkpoints the WAL; a failure leaves the WAL for the next open to replay
        }
        root = null;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closer.shutdownNow();
            if (root != null) {
                closeRoot();
            }
        }
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A failure for a person to read: its message's first line (with its kind only when it has no message). */
    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : firstLine(m);
    }
}
