package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import org.duckdb.DuckDBConnection;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.store.gdelt.GdeltNames;
import org.entente.text.Tone;

/**
 * Writes coded articles: each article with its actor mentions, event mentions and event updates in the same
 * transaction (a batch of whole articles per transaction), so a crash leaves either all of it or none. An article
 * already in the store is skipped, which makes ingest idempotent and lets a killed ingest resume where it stopped.
 * Rows go in through DuckDB's Appender ({@link Bulk}); events are resolved from memory ({@link EventResolver}).
 * Use from one thread.
 */
public final class StoreWriter {
    /** What happened to one article. */
    public enum Outcome { WRITTEN, ALREADY_STORED, FAILED }

    /**
     * The outcome for one article, why it failed when it did, and what a reader should know about an article
     * written ({@code note}: its input id also names other stored articles), or null.
     */
    public record Written(Outcome outcome, String error, String note) {
        public Written(Outcome outcome, String error) {
            this(outcome, error, null);
        }
    }

    private final Store store;
    private final int runId;
    private final EventResolver resolver;
    /** Names this writer's commits in store_meta (see {@link #stored}). */
    private final String writerId = UUID.randomUUID().toString();
    private long batches;
    private String lastToken;

    private StoreWriter(Store store, Resolution resolution, int runId, int maxEvents) {
        this.store = store;
        this.runId = runId;
        this.resolver = new EventResolver(resolution, maxEvents);
    }

    /** Starts a run: records which entente, actor knowledge base and coder are writing, for provenance. */
    public static StoreWriter start(Store store, Resolution resolution, String entente, String actors, String coder,
                                    String inputs) {
        return start(store, resolution, entente, actors, coder, inputs, EventIndex.MAX_EVENTS);
    }

    /** As above, holding at most about {@code maxEvents} events in memory for resolution (tests use few). */
    static StoreWriter start(Store store, Resolution resolution, String entente, String actors, String coder,
                             String inputs, int maxEvents) {
        int run = store.write(c -> newRun(c, entente, actors, coder, inputs));
        return new StoreWriter(store, resolution, run, maxEvents);
    }

    /** Adds a row to {@code runs} (which entente, actor knowledge base and coder wrote, from which inputs); its id. */
    static int newRun(Connection c, String entente, String actors, String coder, String inputs) throws SQLException {
        int id;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(run_id), 0) + 1 FROM runs");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, id);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setString(3, entente);
            ps.setString(4, actors);
            ps.setString(5, coder);
            ps.setString(6, inputs);
            ps.executeUpdate();
        }
        return id;
    }

    public int runId() {
        return runId;
    }

    /** Writes one article atomically (or skips it when already stored). */
    public Outcome write(CodedArticle coded) {
        Written w = writeAll(List.of(coded)).get(0);
        if (w.outcome() == Outcome.FAILED) {
            throw new StoreException(w.error(), null);
        }
        return w.outcome();
    }

    /**
     * Writes several articles in order. Whole articles are committed together (one transaction per batch: a
     * commit costs DuckDB a WAL sync), so an article is never half-stored; if any article fails, the batch is
     * rolled back and rewritten one article per transaction, so only the bad article is left out.
     */
    public List<Written> writeAll(List<CodedArticle> batch) {
        return writeAll(batch, (c, written) -> { });
    }

    /**
     * Rows another part of Entente keeps beside an article (the feed watcher's state of the item it came from),
     * written by {@link #writeAll(List, AlsoWrite)} inside the article's own transaction, so that both are stored
     * or neither is.
     */
    @FunctionalInterface
    public interface AlsoWrite {
        /** {@code outcomes} holds, in batch order, what became of each article of the transaction. */
        void write(Connection c, List<Written> outcomes) throws SQLException;
    }

    /** As {@link #writeAll(List)}, with {@code also} written in each transaction before it commits. */
    public List<Written> writeAll(List<CodedArticle> batch, AlsoWrite also) {
        return store.write(conn -> {
            DuckDBConnection c = (DuckDBConnection) conn;
            c.setAutoCommit(false);
            try {
                Bulk bulk = new Bulk(c);
                try {
                    return writeBatch(c, bulk, batch, also);
                } catch (SQLException | RuntimeException e) {
                    rolledBack(c, bulk);
                    if (batch.size() == 1) {
                        return List.of(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                    }
                }
                List<Written> out = new ArrayList<>();
                for (CodedArticle coded : batch) {
                    try {
                        out.add(writeBatch(c, bulk, List.of(coded), also).get(0));
                    } catch (SQLException | RuntimeException e) {
                        rolledBack(c, bulk);
                        out.add(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                    }
                }
                return out;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private void rolledBack(Connection c, Bulk bulk) throws SQLException {
        c.rollback();
        bulk.rolledBack();
        resolver.reset();
        lastToken = null;
    }

    /** One transaction: the articles not stored yet, with all their rows, or nothing. */
    private List<Written> writeBatch(DuckDBConnection c, Bulk bulk, List<CodedArticle> batch, AlsoWrite also)
            throws SQLException {
        // the first statement of the transaction: it must run before any appender flushes (see Bulk)
        StoredReports.Found found = stored(c, batch);
        Set<String> stored = new HashSet<>(found.stored());
        Map<String, String> batchNames = new HashMap<>();
        Rows rows = new Rows();
        List<Written> out = new ArrayList<>(batch.size());
        for (CodedArticle coded : batch) {
            Article a = coded.analyzed().article();
            if (!stored.add(a.id())) {
                out.add(new Written(Outcome.ALREADY_STORED, null));
                continue;
            }
            Set<String> sameName = new java.util.LinkedHashSet<>(found.sameName().getOrDefault(a.id(), Set.of()));
            if (StoredReports.namedByInput(a)) {
                String earlier = batchNames.putIfAbsent(a.name(), a.id());
                if (earlier != null) {
                    sameName.add(earlier);
                }
            }
            // UTC, whatever the JVM's zone: GDELT's DATEADDED and every reader of the store expect one clock
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            rows.articles.add(TableRows.article(coded, now, runId));
            rows.actors.addAll(TableRows.actors(a.id(), coded.actors()));
            eventRows(c, rows.events, ReportContext.of(a, coded.actors()), coded, now);
            out.add(new Written(Outcome.WRITTEN, null, sameName.isEmpty() ? null : collision(sameName)));
        }
        bulk.insert("articles", rows.articles);
        bulk.insert("actor_mentions", rows.actors);
        bulk.insert("event_mentions", rows.events);
        List<EventState> written = resolver.flush(c, bulk);
        String token = writerId + ":" + (++batches);
        resolver.saveMeta(c, token);
        also.write(c, out);
        c.commit();
        lastToken = token;
        resolver.committed(written);
        return out;
    }

    /** Rows of one batch, in table column order. */
    private static final class Rows {
        final List<Object[]> articles = new ArrayList<>();
        final List<Object[]> actors = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
    }

    /**
     * What the store holds of the batch already ({@link StoredReports}), and whether this writer's in-memory events
     * are still good. They are only while this writer is the store's only writer: each commit leaves a token in
     * store_meta, and a different token means someone else wrote in between (another process, while this one had
     * let go of the file), so the memory is dropped and read again.
     */
    private StoredReports.Found stored(Connection c, List<CodedArticle> batch) throws SQLException {
        String token = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE key = 'writer'");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                token = rs.getString(1);
            }
        }
        StoredReports.Found found = StoredReports.find(c, batch.stream().map(a -> a.analyzed().article()).toList());
        if (lastToken == null || !lastToken.equals(token)) {
            resolver.reset();
        }
        return found;
    }

    private static String collision(Set<String> others) {
        return "its id also names " + others.size() + " other stored article" + (others.size() == 1 ? "" : "s")
                + " (" + String.join(", ", others) + "); all kept, and a lookup by this id returns every match";
    }

    /** Rows of at most {@code max} (a power of two) for the next IN list, so only a few statements are prepared. */
    static int chunk(int left, int max) {
        return Integer.highestOneBit(Math.min(left, max));
    }

    private void eventRows(Connection c, List<Object[]> out, ReportContext ctx, CodedArticle coded, LocalDateTime now)
            throws SQLException {
        Article a = coded.analyzed().article();
        List<EventMention> events = coded.events();
        for (int idx = 0; idx < events.size(); idx++) {
            EventResolver.Resolved r = resolver.resolve(c, ctx, a, events.get(idx), now);
            out.add(TableRows.mention(ctx, coded, idx, r.eventId(), r.evidence()));
        }
    }
}
