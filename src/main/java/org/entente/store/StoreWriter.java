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
import java.util.Set;
import java.util.UUID;
import org.duckdb.DuckDBConnection;
import org.entente.actors.ActorMention;
import org.entente.events.EventMention;
import org.entente.events.Location;
import org.entente.events.Span;
import org.entente.ingest.Article;
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

    /** The outcome for one article, and why it failed when it did. */
    public record Written(Outcome outcome, String error) {
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
        int run = store.write(c -> {
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
        });
        return new StoreWriter(store, resolution, run, maxEvents);
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
        return store.write(conn -> {
            DuckDBConnection c = (DuckDBConnection) conn;
            c.setAutoCommit(false);
            try {
                Bulk bulk = new Bulk(c);
                try {
                    return writeBatch(c, bulk, batch);
                } catch (SQLException | RuntimeException e) {
                    rolledBack(c, bulk);
                    if (batch.size() == 1) {
                        return List.of(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                    }
                }
                List<Written> out = new ArrayList<>();
                for (CodedArticle coded : batch) {
                    try {
                        out.add(writeBatch(c, bulk, List.of(coded)).get(0));
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
    private List<Written> writeBatch(DuckDBConnection c, Bulk bulk, List<CodedArticle> batch) throws SQLException {
        // the first statement of the transaction: it must run before any appender flushes (see Bulk)
        Set<String> stored = stored(c, batch);
        Rows rows = new Rows();
        List<Written> out = new ArrayList<>(batch.size());
        for (CodedArticle coded : batch) {
            Article a = coded.analyzed().article();
            if (!stored.add(a.id())) {
                out.add(new Written(Outcome.ALREADY_STORED, null));
                continue;
            }
            // UTC, whatever the JVM's zone: GDELT's DATEADDED and every reader of the store expect one clock
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            Tone.Score tone = coded.analyzed().tone();
            rows.articles.add(new Object[] {a.id(), a.name(), a.url(), a.outlet(), a.title(), a.date(), a.author(),
                a.language(), a.text(), metaJson(a), now, runId, tone.tone(), tone.words()});
            actorRows(rows.actors, a.id(), coded.actors());
            eventRows(c, rows.events, ReportContext.of(a, coded.actors()), coded, now);
            out.add(new Written(Outcome.WRITTEN, null));
        }
        bulk.insert("articles", rows.articles);
        bulk.insert("actor_mentions", rows.actors);
        bulk.insert("event_mentions", rows.events);
        List<EventState> written = resolver.flush(c, bulk);
        String token = writerId + ":" + (++batches);
        resolver.saveMeta(c, token);
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
     * Which of the batch's article ids the store holds already (one query for the batch), and whether this
     * writer's in-memory events are still good. They are only while this writer is the store's only writer: each
     * commit leaves a token in store_meta, and a different token means someone else wrote in between (another
     * process, while this one had let go of the file), so the memory is dropped and read again.
     */
    private Set<String> stored(Connection c, List<CodedArticle> batch) throws SQLException {
        Set<String> out = new HashSet<>();
        String token = null;
        for (int from = 0, chunk; from < batch.size(); from += chunk) {
            chunk = chunk(batch.size() - from, 64);
            String marks = String.join(",", java.util.Collections.nCopies(chunk, "?"));
            String sql = "SELECT id, false FROM articles WHERE id IN (" + marks + ")"
                    + (from == 0 ? " UNION ALL SELECT value, true FROM store_meta WHERE key = 'writer'" : "");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk; i++) {
                    ps.setString(i + 1, batch.get(from + i).analyzed().article().id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) {
                            token = rs.getString(1);
                        } else {
                            out.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        if (lastToken == null || !lastToken.equals(token)) {
            resolver.reset();
        }
        return out;
    }

    private static void actorRows(List<Object[]> out, String articleId, List<ActorMention> actors) {
        int idx = 0;
        for (ActorMention m : actors) {
            out.add(new Object[] {articleId, idx++, m.sentence(), m.start(), m.end(), m.firstToken(), m.lastToken(),
                m.text(), m.code(), m.country(), m.role(), m.entityId(), m.kind(), m.confidence(), m.source()});
        }
    }

    /** Rows of at most {@code max} (a power of two) for the next IN list, so only a few statements are prepared. */
    static int chunk(int left, int max) {
        return Integer.highestOneBit(Math.min(left, max));
    }

    private void eventRows(Connection c, List<Object[]> out, ReportContext ctx, CodedArticle coded, LocalDateTime now)
            throws SQLException {
        Article a = coded.analyzed().article();
        List<ActorMention> actors = coded.actors();
        List<EventMention> events = coded.events();
        for (int idx = 0; idx < events.size(); idx++) {
            EventMention m = events.get(idx);
            EventResolver.Resolved r = resolver.resolve(c, ctx, a, m, now);
            Location loc = m.location();
            out.add(new Object[] {a.id(), idx, m.article(), m.date(), m.source(), m.target(), m.sourceCountry(),
                m.targetCountry(), m.code(), m.root(), (byte) m.quad(), m.goldstein(), m.plover(),
                m.modality().label(), m.sentence(), m.text(),
                start(m.span()), end(m.span()), start(m.sourceSpan()), end(m.sourceSpan()),
                start(m.verbSpan()), end(m.verbSpan()), start(m.targetSpan()), end(m.targetSpan()),
                m.location() == null ? null : m.location().country(),
                m.location() == null ? null : m.location().place(), m.historical(), m.saidBy(), m.pattern(),
                r.eventId(),
                // columns added later, in the order the store adds them: ColumnAdditions
                r.evidence() == null ? null : r.evidence().score(),
                r.evidence() == null ? null : r.evidence().explain(),
                loc == null ? null : loc.division(), loc == null ? null : loc.adm1Code(),
                loc == null ? null : loc.lat(), loc == null ? null : loc.lon(), loc == null ? null : loc.featureId(),
                m.span() == null ? null : coded.analyzed().tone(m.sentence(), m.span().start(), m.span().end()),
                GdeltNames.standard().forSpan(actors, m.sourceSpan(), m.source(), m.sourceCountry()),
                GdeltNames.standard().forSpan(actors, m.targetSpan(), m.target(), m.targetCountry())});
        }
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    private static String metaJson(Article a) {
        try {
            // sorted: Map.copyOf iterates in an order that changes from one JVM run to the next
            return ArticleQueries.JSON.writeValueAsString(new java.util.TreeMap<>(a.meta()));
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
