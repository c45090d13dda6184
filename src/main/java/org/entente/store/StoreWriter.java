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
     * Writes several articles on one connection, each in its own transaction, in order. An article that fails is
     * rolled back alone and reported in its outcome; the others are kept.
     */
    public List<Written> writeAll(List<CodedArticle> batch) {
        return store.write(c -> {
            c.setAutoCommit(false);
            List<Written> out = new java.util.ArrayList<>();
            for (CodedArticle coded : batch) {
                EventResolver resolver = new EventResolver(c, resolution);
                try {
                    Outcome o = writeOne(c, resolver, coded);
                    c.commit();
                    out.add(new Written(o, null));
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    out.add(new Written(Outcome.FAILED, Store.firstLine(String.valueOf(e.getMessage()))));
                }
            }
            c.setAutoCommit(true);
            return out;
        });
    }

    private Outcome writeOne(Connection c, EventResolver resolver, CodedArticle coded) throws SQLException {
        Article a = coded.analyzed().article();
        if (ArticleQueries.has(c, a.id())) {
            return Outcome.ALREADY_STORED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
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

    private static void writeActors(Connection c, String articleId, List<ActorMention> actors) throws SQLException {
        if (actors.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actor_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int idx = 0;
            for (ActorMention m : actors) {
                int i = 1;
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
                ps.setString(i, m.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeEvents(Connection c, EventResolver resolver, Article a, List<EventMention> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions VALUES (?,?,?,?,?,?,?,?,?,?,"
                + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int idx = 0;
            for (EventMention m : events) {
                long eventId = resolver.resolve(a, m);
                int i = 1;
                ps.setString(i++, a.id());
                ps.setInt(i++, idx++);
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
                ps.setLong(i, eventId);
                ps.addBatch();
            }
            ps.executeBatch();
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
