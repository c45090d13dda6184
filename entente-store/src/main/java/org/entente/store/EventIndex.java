package org.entente.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolver's candidate lookup, in memory: stored events grouped by event date, then by resolution block
 * (root, modality, history flag); the resolver then matches the dyad's sides ({@link DyadMatch}), which may differ
 * by a missing side or the direction, so the sides are no part of the lookup key. Asking the database once per mention meant a scan of
 * the events table per mention (DuckDB keeps no index on it); here a date's events are read once, the first time a
 * mention within the resolution window of that date needs them, and kept while the writer works.
 *
 * <p>Memory stays bounded: after a commit, the dates used longest ago are dropped once more than
 * {@link #MAX_EVENTS} events (by default) are held (they are read again if needed). The index only ever holds committed state
 * plus the current batch's changes; after a rollback, or when another writer has touched the store, the writer
 * {@link #clear}s it and it fills again from the table.
 */
final class EventIndex {
    static final int MAX_EVENTS = 100_000;
    /** Stands for "no date" in the bucket map (undated mentions only meet undated events). */
    private static final LocalDate NO_DATE = LocalDate.MIN;

    /** What two events must share to be compared at all: the CAMEO root, the modality and the history flag. */
    record Block(String root, String modality, boolean historical) {
    }

    /** Buckets in access order, so the least recently used comes first when memory must be given back. */
    private final int maxEvents;
    private final LinkedHashMap<LocalDate, Map<Block, List<EventState>>> buckets = new LinkedHashMap<>(64, 0.75f, true);
    private int size;
    private final List<EventState> dirty = new ArrayList<>();

    EventIndex(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    void clear() {
        dirty.clear();
        buckets.clear();
        size = 0;
    }

    /** The events under {@code block} whose date is within {@code window} days of {@code date} (or undated, if null). */
    List<EventState> candidates(Connection c, Block key, LocalDate date, int window) throws SQLException {
        List<EventState> out = new ArrayList<>();
        if (date == null) {
            addFrom(bucket(c, NO_DATE, NO_DATE).get(key), out);
            return out;
        }
        load(c, date.minusDays(window), date.plusDays(window));
        for (LocalDate d = date.minusDays(window); !d.isAfter(date.plusDays(window)); d = d.plusDays(1)) {
            addFrom(buckets.get(d).get(key), out);
        }
        return out;
    }

    /** Adds an event created by the current batch (its date's bucket was loaded by the lookup before it). */
    void add(Connection c, Block key, EventState e) throws SQLException {
        LocalDate d = e.date == null ? NO_DATE : e.date;
        bucket(c, d, d).computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
        size++;
    }

    /** Events held now. */
    int size() {
        return size;
    }

    /** Marks an event as changed by the current batch. */
    void touch(EventState e) {
        if (!e.dirty) {
            e.dirty = true;
            dirty.add(e);
        }
    }

    /** Events changed since the last {@link #committed} (new ones and updated ones), in the order first changed. */
    List<EventState> dirty() {
        return new ArrayList<>(dirty);
    }

    /** The batch is in the table now: nothing is dirty, and memory can be given back. */
    void committed(List<EventState> written) {
        for (EventState e : written) {
            e.dirty = false;
            e.row = null;
        }
        dirty.clear();
        Iterator<Map.Entry<LocalDate, Map<Block, List<EventState>>>> it = buckets.entrySet().iterator();
        while (size > maxEvents && it.hasNext()) {
            Map<Block, List<EventState>> b = it.next().getValue();
            for (List<EventState> l : b.values()) {
                size -= l.size();
            }
            it.remove();
        }
    }

    private static void addFrom(List<EventState> l, List<EventState> out) {
        if (l != null) {
            out.addAll(l);
        }
    }

    private Map<Block, List<EventState>> bucket(Connection c, LocalDate from, LocalDate to) throws SQLException {
        load(c, from, to);
        return buckets.get(from);
    }

    /** Reads the dates in [from, to] not held yet (NO_DATE: the undated events) from the events table. */
    private void load(Connection c, LocalDate from, LocalDate to) throws SQLException {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (buckets.get(d) == null) {
                first = first == null ? d : first;
                last = d;
            }
        }
        if (first == null) {
            return;
        }
        Map<LocalDate, Map<Block, List<EventState>>> fresh = new HashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (!buckets.containsKey(d)) {
                fresh.put(d, new HashMap<>());
            }
        }
        String sql = "SELECT id, code, date, location_country, location_place, words, num_mentions, num_articles,"
                + " num_sources, outlets, first_seen, last_seen, root, modality, historical, src_key, tgt_key, names,"
                + " source, target, source_country, target_country, src_entity, tgt_entity, lead"
                + " FROM events WHERE " + (first.equals(NO_DATE) ? "date IS NULL" : "date BETWEEN ? AND ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!first.equals(NO_DATE)) {
                ps.setObject(1, first);
                ps.setObject(2, last);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(3, LocalDate.class);
                    Map<Block, List<EventState>> b = fresh.get(d == null ? NO_DATE : d);
                    if (b == null) {
                        continue; // that date is held already, with this batch's changes
                    }
                    EventState e = new EventState(rs.getLong(1), rs.getString(2), d, side(rs.getString(16)),
                            side(rs.getString(17)), rs.getString(4),
                            rs.getString(5), rs.getString(6),
                            rs.getString(18) == null ? "" : rs.getString(18),
                            MergeRule.role(rs.getString(19), rs.getString(21)),
                            MergeRule.role(rs.getString(20), rs.getString(22)), rs.getString(23), rs.getString(24),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9),
                            strings(rs.getArray(10)), rs.getObject(11, LocalDate.class),
                            rs.getObject(12, LocalDate.class));
                    e.lead = Sketch.decode(rs.getString(25));
                    Block k = new Block(rs.getString(13), rs.getString(14), rs.getBoolean(15));
                    b.computeIfAbsent(k, x -> new ArrayList<>(2)).add(e);
                    size++;
                }
            }
        }
        // ascending ids within a key, as the table gave them; resolution breaks ties on id anyway
        buckets.putAll(fresh);
    }

    /**
     * One copy of each side's code (a few hundred countries and bodies) for all the events that name it, rather than
     * two fresh strings per event read from the table: the index holds up to {@link #MAX_EVENTS} events.
     */
    private static String side(String code) {
        return code == null ? null : code.intern();
    }

    private static List<String> strings(Array a) throws SQLException {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(o == null ? null : o.toString());
            }
        }
        return out;
    }
}
