package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.events.EventMention;
import org.entente.events.Span;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;

/**
 * Writes coded articles: each article with its actor mentions, event mentions and event updates in ONE
 * transaction, so a crash leaves either all of it or none. An article already in the store is skipped, which
 * makes ingest idempotent and lets a killed ingest resume where it stopped. Use from one thread.
 */
public final class StoreWriter {
    /** What happened to one article. */
    public enum Outcome { WRITTEN, ALREADY_STORED, FAILED }

    /** The outcome for one article, and why it failed when it did. */
    public record Written(Outcome outcome, String error) {
    }

    private final Store store;
    private final Resolution resolution;
    private final int runId;

    private StoreWriter(Store store, Resolution resolution, int runId) {
        this.store = store;
        this.resolution = resolution;
        this.runId = runId;
    }

    /** Starts a run: records which entente, actor knowledge base and coder are writing, for provenance. */
    public static StoreWriter start(Store store, Resolution resolution, String entente, String actors, String coder,
                                    String inputs) {
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
        return new StoreWriter(store, resolution, run);
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
        return store.write(c -> {
            c.setAutoCommit(false);
            try (StatementCache sc = new StatementCache(c)) {
                EventResolver resolver = new EventResolver(sc, resolution);
                List<Written> out = new java.util.ArrayList<>();
                try {
                    for (CodedArticle coded : batch) {
                        out.add(new Written(writeOne(sc, resolver, coded), null));
                    }
                    resolver.saveNextId(c);
                    c.commit();
                    return out;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    resolver.reset();
                    if (batch.size() == 1) {
                        return List.of(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                    }
                }
                out.clear();
                for (CodedArticle coded : batch) {
                    try {
                        Outcome o = writeOne(sc, resolver, coded);
                        resolver.saveNextId(c);
                        c.commit();
                        out.add(new Written(o, null));
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        resolver.reset();
                        out.add(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                    }
                }
                return out;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private Outcome writeOne(StatementCache c, EventResolver resolver, CodedArticle coded) throws SQLException {
        Article a = coded.analyzed().article();
        PreparedStatement has = c.get("SELECT 1 FROM articles WHERE id = ?");
        has.setString(1, a.id());
        try (ResultSet rs = has.executeQuery()) {
            if (rs.next()) {
                return Outcome.ALREADY_STORED;
            }
        }
        {
            PreparedStatement ps = c.get("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
            ps.setString(1, a.id());
            ps.setString(2, a.name());
            ps.setString(3, a.url());
            ps.setString(4, a.outlet());
            ps.setString(5, a.title());
            ps.setObject(6, a.date());
            ps.setString(7, a.author());
            ps.setString(8, a.language());
            ps.setString(9, a.text());
            ps.setString(10, metaJson(a));
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.setInt(12, runId);
            ps.executeUpdate();
        }
        writeActors(c, a.id(), coded.actors());
        writeEvents(c, resolver, a, coded.events());
        return Outcome.WRITTEN;
    }

    private static void writeActors(StatementCache c, String articleId, List<ActorMention> actors) throws SQLException {
        for (int from = 0, chunk; from < actors.size(); from += chunk) {
            chunk = chunk(actors.size() - from, 32);
            List<ActorMention> part = actors.subList(from, from + chunk);
            PreparedStatement ps = c.get(multiRow("actor_mentions", 15, part.size()));
            int i = 1;
            int idx = from;
            for (ActorMention m : part) {
                ps.setString(i++, articleId);
                ps.setInt(i++, idx++);
                ps.setInt(i++, m.sentence());
                ps.setInt(i++, m.start());
                ps.setInt(i++, m.end());
                ps.setInt(i++, m.firstToken());
                ps.setInt(i++, m.lastToken());
                ps.setString(i++, m.text());
                ps.setString(i++, m.code());
                ps.setString(i++, m.country());
                ps.setString(i++, m.role());
                ps.setString(i++, m.entityId());
                ps.setString(i++, m.kind());
                ps.setDouble(i++, m.confidence());
                ps.setString(i++, m.source());
            }
            ps.executeUpdate();
        }
    }

    /**
     * Rows for the next multi-row INSERT: a power of two (at most {@code max}), so a batch needs at most six
     * distinct statements. Preparing a many-row INSERT costs DuckDB more than running it, and with any row count
     * allowed almost every article needed a statement of its own size.
     */
    static int chunk(int left, int max) {
        return Integer.highestOneBit(Math.min(left, max));
    }

    /** INSERT of {@code rows} rows of {@code cols} parameters: one statement instead of one per row. */
    static String multiRow(String table, int cols, int rows) {
        String row = "(" + String.join(",", java.util.Collections.nCopies(cols, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(",", java.util.Collections.nCopies(rows, row));
    }

    private static void writeEvents(StatementCache c, EventResolver resolver, Article a, List<EventMention> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long[] ids = new long[events.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = resolver.resolve(a, events.get(k));
        }
        for (int from = 0, chunk; from < events.size(); from += chunk) {
            chunk = chunk(events.size() - from, 16);
            int to = from + chunk;
            PreparedStatement ps = c.get(multiRow("event_mentions", 30, to - from));
            int i = 1;
            for (int idx = from; idx < to; idx++) {
                EventMention m = events.get(idx);
                long eventId = ids[idx];
                ps.setString(i++, a.id());
                ps.setInt(i++, idx);
                ps.setString(i++, m.article());
                ps.setObject(i++, m.date());
                ps.setString(i++, m.source());
                ps.setString(i++, m.target());
                ps.setString(i++, m.sourceCountry());
                ps.setString(i++, m.targetCountry());
                ps.setString(i++, m.code());
                ps.setString(i++, m.root());
                ps.setInt(i++, m.quad());
                ps.setDouble(i++, m.goldstein());
                ps.setString(i++, m.plover());
                ps.setString(i++, m.modality().label());
                ps.setInt(i++, m.sentence());
                ps.setString(i++, m.text());
                i = span(ps, i, m.span());
                i = span(ps, i, m.sourceSpan());
                i = span(ps, i, m.verbSpan());
                i = span(ps, i, m.targetSpan());
                ps.setString(i++, m.location() == null ? null : m.location().country());
                ps.setString(i++, m.location() == null ? null : m.location().place());
                ps.setBoolean(i++, m.historical());
                ps.setString(i++, m.saidBy());
                ps.setString(i++, m.pattern());
                ps.setLong(i++, eventId);
            }
            ps.executeUpdate();
        }
    }

    private static int span(PreparedStatement ps, int i, Span s) throws SQLException {
        ps.setObject(i, s == null ? null : s.start());
        ps.setObject(i + 1, s == null ? null : s.end());
        return i + 2;
    }

    private static String metaJson(Article a) {
        try {
            return ArticleQueries.JSON.writeValueAsString(a.meta());
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
