package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;

/**
 * Assigns each new event mention to a resolved event (see {@link Resolution} for the rule), creating the event
 * or updating its counts. Candidates come from an in-memory {@link EventIndex}; the new and changed events are
 * written to the table by {@link #flush} inside the writer's transaction, so the events table is always
 * consistent with the mentions that are committed. Kept by the writer across batches; {@link #reset} after a
 * rollback.
 */
final class EventResolver {
    private static final int MAX_WORDS = 80;
    private final Resolution rule;
    private final MergeRule merge;
    private final EventIndex index;
    private long nextId;
    private final Rollups rollups = new Rollups();
    private String currentArticle;
    private final Set<Long> eventsOfArticle = new HashSet<>();
    /** Sees every comparison of a report with a candidate event (for measuring the thresholds); null: none. */
    private Comparisons comparisons;

    /** A comparison made: the report, the candidate event, and the evidence (null: contradicted). */
    interface Comparisons {
        void compared(Article a, EventMention m, EventState e, MergeEvidence evidence);

        /** A report started event {@code id}. */
        default void created(Article a, EventMention m, long id) {
        }
    }

    void watch(Comparisons c) {
        this.comparisons = c;
    }

    EventResolver(Resolution rule, int maxEvents) {
        this.rule = rule;
        this.merge = new MergeRule(rule);
        this.index = new EventIndex(maxEvents);
    }

    /** Forgets everything held in memory: after a rollback (or another writer's commit) it is read again. */
    void reset() {
        nextId = 0;
        index.clear();
        rollups.clear();
        currentArticle = null;
        eventsOfArticle.clear();
    }

    /** Where a report went: its event, and why it joined it (null evidence: it started the event). */
    record Resolved(long eventId, MergeEvidence evidence) {
    }

    /** The event for mention {@code m} of article {@code a} (found or created), with its counts updated. */
    Resolved resolve(Connection c, ReportContext ctx, Article a, EventMention m, LocalDateTime now)
            throws SQLException {
        if (!Objects.equals(currentArticle, a.id())) {
            currentArticle = a.id();
            eventsOfArticle.clear();
        }
        LocalDate date = m.date() != null ? m.date() : a.date();
        String src = dyadSide(m.sourceCountry(), m.source());
        String tgt = dyadSide(m.targetCountry(), m.target());
        MergeRule.Report report = new MergeRule.Report(m.code(), date,
                m.location() == null ? null : m.location().country(),
                m.location() == null ? null : m.location().place(),
                Resolution.words(m.text()), ctx.names(), MergeRule.role(m.source(), m.sourceCountry()),
                MergeRule.role(m.target(), m.targetCountry()), ctx.entityAt(m.sourceSpan()),
                ctx.entityAt(m.targetSpan()), ctx.lead());
        EventIndex.Block key = new EventIndex.Block(m.root(), m.modality().label(), m.historical());
        EventState best = null;
        MergeEvidence why = null;
        if (src != null || tgt != null) {
            for (Candidate cand : candidates(c, key, src, tgt, date)) {
                MergeEvidence ev = merge.compare(report, cand.event, cand.match,
                        eventsOfArticle.contains(cand.event.id));
                if (comparisons != null) {
                    comparisons.compared(a, m, cand.event, ev);
                }
                if (merge.merges(ev) && (best == null || ev.score() > why.score()
                        || (ev.score() == why.score() && cand.event.id < best.id))) {
                    best = cand.event;
                    why = ev;
                }
            }
        }
        long id;
        if (best == null) {
            id = insert(c, key, a, m, date, src, tgt, report, now);
            if (comparisons != null) {
                comparisons.created(a, m, id);
            }
        } else {
            update(best, a, m, report, why.match().reversed(), now);
            id = best.id;
        }
        String pair = src == null || tgt == null ? null : pair(src, tgt);
        LocalDate eventDate = best == null ? date : best.date;
        rollups.add(pair, eventDate, m.modality().label(), m.historical(), m.quad(), m.goldstein(),
                best == null ? 1 : 0, 1);
        eventsOfArticle.add(id);
        return new Resolved(id, why);
    }

    private record Candidate(EventState event, DyadMatch match) {
    }

    /** Events of the same block whose date is within the window and whose sides meet the report's. */
    private List<Candidate> candidates(Connection c, EventIndex.Block key, String src, String tgt, LocalDate date)
            throws SQLException {
        List<Candidate> out = new ArrayList<>();
        boolean symmetric = rule.symmetricRoots().contains(key.root());
        for (EventState e : index.candidates(c, key, date, rule.windowDays())) {
            DyadMatch match = DyadMatch.of(src, tgt, e.srcKey, e.tgtKey, symmetric, rule.missingSide());
            if (match != null) {
                out.add(new Candidate(e, match));
            }
        }
        return out;
    }

    private long insert(Connection c, EventIndex.Block key, Article a, EventMention m, LocalDate date, String src,
                        String tgt, MergeRule.Report r, LocalDateTime now) throws SQLException {
        long id = nextId(c);
        String outlet = sourceOf(a);
        EventState e = new EventState(id, m.code(), date, src, tgt, r.locCountry(), r.locPlace(), r.words(),
                String.join(" ", r.names()),
                r.srcRole(), r.tgtRole(), r.srcEntity(), r.tgtEntity(), 1, 1, 1, List.of(outlet), a.date(), a.date());
        e.lead = r.lead();
        e.updated = now;
        e.row = new EventRow(id, date, m.source(), m.target(), m.sourceCountry(), m.targetCountry(), src, tgt,
                src == null || tgt == null ? null : pair(src, tgt),
                m.source() == null || m.target() == null ? null : pair(m.source(), m.target()),
                m.code(), m.root(), (byte) m.quad(), m.goldstein(), m.plover(), m.modality().label(), m.historical(),
                now, a.id(), m.sentence(), m.text());
        index.add(c, key, e);
        index.touch(e);
        return id;
    }

    private void update(EventState e, Article a, EventMention m, MergeRule.Report r, boolean reversed,
                        LocalDateTime now) {
        String outlet = sourceOf(a);
        e.numMentions++;
        e.numArticles += eventsOfArticle.contains(e.id) ? 0 : 1;
        if (!e.outlets.contains(outlet)) {
            e.numSources++;
            e.outlets.add(outlet);
        }
        e.firstSeen = least(e.firstSeen, a.date());
        e.lastSeen = greatest(e.lastSeen, a.date());
        if (e.locCountry == null && m.location() != null) {
            e.locCountry = m.location().country();
        }
        if (e.locPlace == null && m.location() != null) {
            e.locPlace = m.location().place();
        }
        if (e.srcEntity == null) {
            e.srcEntity = reversed ? r.tgtEntity() : r.srcEntity();
        }
        if (e.tgtEntity == null) {
            e.tgtEntity = reversed ? r.srcEntity() : r.tgtEntity();
        }
        if (e.lead == null) {
            e.lead = r.lead();
        }
        e.words = union(e.words, r.words());
        e.names = ReportContext.union(e.names, r.names());
        e.updated = now;
        index.touch(e);
    }

    /** SQL's least(): NULLs are ignored. */
    private static LocalDate least(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (b.isBefore(a) ? b : a);
    }

    private static LocalDate greatest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (b.isAfter(a) ? b : a);
    }

    private static String union(String a, String b) {
        TreeSet<String> all = new TreeSet<>();
        for (String s : new String[] {a, b}) {
            if (s != null && !s.isEmpty()) {
                for (String w : s.split(" ")) {
                    if (all.size() < MAX_WORDS) {
                        all.add(w);
                    }
                }
            }
        }
        return String.join(" ", all);
    }

    /** The next GlobalEventID, kept in store_meta inside the transaction so ids never repeat. */
    private long nextId(Connection c) throws SQLException {
        if (nextId == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT CAST(value AS BIGINT) FROM store_meta WHERE key = 'next_event_id'");
                 ResultSet rs = ps.executeQuery()) {
                nextId = rs.next() ? rs.getLong(1) : 0;
            }
            if (nextId == 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM events");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    nextId = rs.getLong(1);
                }
            }
        }
        return nextId++;
    }

    /**
     * Writes the batch's new events, the changed counts of stored ones and the rollup deltas, inside
     * the caller's transaction (called once, before commit). {@link #committed} must follow a successful commit.
     */
    List<EventState> flush(Connection c, Bulk bulk) throws SQLException {
        List<EventState> dirty = index.dirty();
        List<EventState> created = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (EventState e : dirty) {
            if (e.row != null) {
                created.add(e);
            } else {
                changed.add(new Object[] {e.id, e.numMentions, e.numArticles, e.numSources, List.copyOf(e.outlets),
                    e.firstSeen, e.lastSeen, e.locCountry, e.locPlace, e.words, e.updated, e.names,
                    e.srcEntity, e.tgtEntity, Sketch.encode(e.lead)});
            }
        }
        created.sort((x, y) -> Long.compare(x.id, y.id));
        List<Object[]> fresh = new ArrayList<>(created.size());
        for (EventState e : created) {
            fresh.add(e.row.values(e));
        }
        bulk.insert("events", fresh);
        if (!changed.isEmpty()) {
            bulk.stage("events_changed", "SELECT id, num_mentions, num_articles, num_sources, outlets, first_seen,"
                    + " last_seen, location_country, location_place, words, updated, names, src_entity, tgt_entity,"
                    + " lead FROM events", changed);
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET num_mentions = u.num_mentions,"
                    + " num_articles = u.num_articles, num_sources = u.num_sources, outlets = u.outlets,"
                    + " first_seen = u.first_seen, last_seen = u.last_seen, location_country = u.location_country,"
                    + " location_place = u.location_place, words = u.words, updated = u.updated, names = u.names,"
                    + " src_entity = u.src_entity, tgt_entity = u.tgt_entity, lead = u.lead"
                    + " FROM stage_events_changed u WHERE events.id = u.id")) {
                ps.executeUpdate();
            }
        }
        rollups.flush(c);
        return dirty;
    }

    /** Saves the next event id and the writer's token (one statement: each costs DuckDB a few ms). */
    void saveMeta(Connection c, String token) throws SQLException {
        String sql = "INSERT OR REPLACE INTO store_meta VALUES ('writer', ?)"
                + (nextId != 0 ? ", ('next_event_id', ?)" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, token);
            if (nextId != 0) {
                ps.setString(2, Long.toString(nextId));
            }
            ps.executeUpdate();
        }
    }

    /** After the commit of what {@link #flush} wrote. */
    void committed(List<EventState> written) {
        index.committed(written);
    }

    /**
     * The side of a dyad an actor stands for: its country, else an international body's own code ("IGOUNO");
     * a role of unknown country ("---REB", unnamed insurgents) stands for no one, so its events join no pair.
     */
    static String dyadSide(String country, String code) {
        return country != null ? country : code == null || code.startsWith("---") ? null : code;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** The outlet that counts as a distinct source: the outlet, else the URL's host, else the article itself. */
    static String sourceOf(Article a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return a.outlet();
        }
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: fall through
            }
        }
        return "article:" + a.id();
    }
}
