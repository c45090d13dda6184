package org.entente.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an actor dictionary: the surface forms it matches and what they mean, optionally only between two
 * dates (start inclusive, end exclusive; null = open).
 *
 * @param patterns surface forms (as written in the file; matching is case aware, see {@link WordScanner})
 * @param code     full CAMEO-style code ("RUS", "RUSGOV", "---MIL", "IGOUNO", "IGOWSTNAT")
 * @param country  ISO alpha-3 or null (international organisations, role words without a country)
 * @param role     role code(s) after the country part ("GOV", "MIL"), or null for a bare country / an IGO
 * @param kind     what the row names; decides how it combines with its neighbours
 * @param entityId stable id of the entity ("country:RUS", "person:vladimir-putin", "org:nato")
 * @param title    office title or note from the file (people: "President of Russia"), may be empty
 * @param source   provenance: "file:line"
 * @param order    load order, used to break ties deterministically (earlier file/line wins)
 * @param origin   the open dataset a derived people row came from ("cia-2019"), "" for a hand-written row
 */
public record KbEntry(List<String> patterns, String code, String country, String role, Kind kind,
                      LocalDate start, LocalDate end, String entityId, String title, String source, int order,
                      String origin) {
    public KbEntry {
        patterns = List.copyOf(patterns);
    }

    /** What a dictionary row names. */
    public enum Kind {
        COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT, CITY, REGION, ORG, ROLE, TITLE, MODIFIER, PAIR, PERSON;

        /** Things that stand for a country and can take a role word after them ("Russia's army", "Kyiv police"). */
        boolean isPlace() {
            return this == COUNTRY || this == DEMONYM || this == PEOPLE || this == CAPITAL || this == CITY || this == REGION;
        }

        boolean isRole() {
            return this == ROLE || this == TITLE;
        }
    }

    boolean validAt(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
    }

    /** A row derived in bulk from an open dataset (people files with a {@code source} column). */
    boolean derived() {
        return !origin.isEmpty();
    }

    KbEntry withEntityId(String id) {
        return new KbEntry(patterns, code, country, role, kind, start, end, id, title, source, order, origin);
    }

    KbEntry withPatterns(List<String> names) {
        return new KbEntry(names, code, country, role, kind, start, end, entityId, title, source, order, origin);
    }

    boolean dated() {
        return start != null || end != null;
    }
}
