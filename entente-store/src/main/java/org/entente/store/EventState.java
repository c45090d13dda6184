package org.entente.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer's in-memory copy of one resolved event: what resolution compares (key, code, date, location, words,
 * story names, roles, entities)
 * and the counters it updates. Mutable on purpose and confined to the writer thread: the writer changes these
 * while it resolves a batch and writes the changed ones to the {@code events} table before the batch commits.
 * {@code row} holds the rest of a new row when the event was created in the current batch (else null).
 */
final class EventState {
    final long id;
    final String code;
    final LocalDate date;
    /** The dyad's sides as first reported (country, else actor code; null: no one stood there). */
    final String srcKey;
    final String tgtKey;
    String locCountry;
    String locPlace;
    String words;
    /**
     * The story names of the event's articles ({@link ReportContext}), capped, space-separated: one string rather
     * than a list, as the index may hold 100,000 events.
     */
    String names;
    /**
     * The sketch of the lead words of the event's first article that had one ({@link Sketch}); null: none yet. One
     * article's, not a union: a union's overlap with a new report shrinks as the event grows.
     */
    short[] lead;
    /** Roles (GOV, MIL...) and dictionary entities on each side, as first reported; null when none was. */
    final String srcRole;
    final String tgtRole;
    String srcEntity;
    String tgtEntity;
    int numMentions;
    int numArticles;
    int numSources;
    final List<String> outlets;
    LocalDate firstSeen;
    LocalDate lastSeen;
    LocalDateTime updated;
    /** The rest of a new event's row (source, target, text...); null for a stored event. */
    EventRow row;
    /** Changed in the current batch. */
    boolean dirty;

    EventState(long id, String code, LocalDate date, String srcKey, String tgtKey, String locCountry, String locPlace, String words,
               String names, String srcRole, String tgtRole, String srcEntity, String tgtEntity,
               int numMentions, int numArticles, int numSources, List<String> outlets, LocalDate firstSeen,
               LocalDate lastSeen) {
        this.id = id;
        this.code = code;
        this.date = date;
        this.srcKey = srcKey;
        this.tgtKey = tgtKey;
        this.locCountry = locCountry;
        this.locPlace = locPlace;
        this.words = words;
        this.names = names;
        this.srcRole = srcRole;
        this.tgtRole = tgtRole;
        this.srcEntity = srcEntity;
        this.tgtEntity = tgtEntity;
        this.numMentions = numMentions;
        this.numArticles = numArticles;
        this.numSources = numSources;
        this.outlets = new ArrayList<>(outlets);
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
    }
}
