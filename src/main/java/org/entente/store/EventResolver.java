package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.events.EventMention;
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
    private final EventIndex index;
    private long nextId;
    private final Rollups rollups = new Rollups();
    private String currentArticle;
    private final Set<Long> eventsOfArticle = new HashSet<>();

    EventResolver(Resolution rule, int maxEvents) {
        this.rule = rule;
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

    /** The event id for mention {@code m} of article {@code a} (found or created), with its counts updated. */
    long resolve(Connection c, Article a, EventMention m, LocalDateTime now) throws SQLException {
        if (!Objects.equals(currentArticle, a.id())) {
            currentArticle = a.id();
            eventsOfArticle.clear();
        }
        LocalDate date = m.date() != null ? m.date() : a.date();
        String src = dyadSide(m.sourceCountry(), m.source());
        String tgt = dyadSide(m.targetCountry(), m.target());
        String words = Resolution.words(m.text());
        EventIndex.Key key = new EventIndex.Key(m.root(), m.modality().label(), m.historical(), src, tgt);
        EventState best = (src == null && tgt == null) ? null : best(c, key, m, date, words);
        long id;
        if (best == null) {
            id = insert(c, key, a, m, date, src, tgt, words, now);
        } else {
            update(best, a, m, words, now);
            id = best.id;
        }
        String pair = src == null || tgt == null ? null : pair(src, tgt);
        LocalDate eventDate = best == null ? date : best.date;
        rollups.add(pair, eventDate, m.modality().label(), m.historical(), m.quad(), m.goldstein(),
                best == null ? 1 : 0, 1);
        eventsOfArticle.add(id);
        return id;
    }

    /**
     * The closest event: same key (or the reversed key for symmetric roots), date within the window (or both
     * undated), compatible location, same code or enough shared words; highest score, then lowest id.
     */
    private EventState best(Connection c, EventIndex.Key key, EventMention m, LocalDate date, String words)
            throws SQLException {
        List<EventState> cands = index.candidates(c, key, date, rule.windowDays());
        if (rule.symmetricRoots().contains(m.root())) {
            EventIndex.Key rev = new EventIndex.Key(key.root(), key.modality(), key.historical(), key.tgt(), key.src());
            if (!rev.equals(key)) {
                cands.addAll(index.candidates(c, rev, date, rule.windowDays()));
            }
        }
        EventState best = null;
        double bestScore = 0;
        for (EventState e : cands) {
            if (m.location() != null
                    && (conflict(e.locCountry, m.location().country()) || conflict(e.locPlace, m.location().place()))) {
                continue;
            }
            double overlap = Resolution.overlap(words, e.words);
            boolean sameCode = Objects.equals(e.code, m.code());
            if (!sameCode && overlap < rule.minOverlap()) {
                continue;
            }
            long days = e.date == null || date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(e.date, date));
            double score = (sameCode ? 1 : 0) + overlap - 0.01 * days;
            if (best == null || score > bestScore || (score == bestScore && e.id < best.id)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean conflict(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    private long insert(Connection c, EventIndex.Key key, Article a, EventMention m, LocalDate date, String src,
                        String tgt, String words, LocalDateTime now) throws SQLException {
        long id = nextId(c);
        String outlet = sourceOf(a);
        String locCountry = m.location() == null ? null : m.location().country();
        String locPlace = m.location() == null ? null : m.location().place();
        EventState e = new EventState(id, m.code(), date, locCountry, locPlace, words, 1, 1, 1, List.of(outlet),
                a.date(), a.date());
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

    private void update(EventState e, Article a, EventMention m, String words, LocalDateTime now) {
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
        e.words = union(e.words, words);
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
                    e.firstSeen, e.lastSeen, e.locCountry, e.locPlace, e.words, e.updated});
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
                    + " last_seen, location_country, location_place, words, updated FROM events", changed);
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET num_mentions = u.num_mentions,"
                    + " num_articles = u.num_articles, num_sources = u.num_sources, outlets = u.outlets,"
                    + " first_seen = u.first_seen, last_seen = u.last_seen, location_country = u.location_country,"
                    + " location_place = u.location_place, words = u.words, updated = u.updated"
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
