package org.entente.store;

import java.time.LocalDate;
import java.util.Set;
import org.entente.events.model.Modality;

/**
 * What to look for among resolved events; every field is optional (null = any).
 *
 * @param actor    an actor code, as source or target ("RUSGOV"); a bare country code matches its roll-up ("RUS")
 * @param partner  with {@code actor}: only events between the two (either direction); same matching rules
 * @param country  alpha-3 country as source or target country
 * @param code     CAMEO code or prefix: "04" (a root) matches 040..046, "042" only 042 and its children
 * @param quad     QuadClass 1..4
 * @param modality modalities to keep; null or empty = asserted only (the store's default everywhere)
 * @param from     first event date (inclusive)
 * @param to       last event date (inclusive)
 * @param text     words that must appear in one of the event's sentences (case-insensitive)
 * @param includeHistorical whether background-history mentions count (default false)
 */
public record EventFilter(String actor, String partner, String country, String code, Integer quad, Set<Modality> modality,
                          LocalDate from, LocalDate to, String text, boolean includeHistorical) {
    public EventFilter {
        modality = modality == null || modality.isEmpty() ? Set.of(Modality.ASSERTED) : Set.copyOf(modality);
    }

    public static EventFilter any() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, false);
    }

    public EventFilter withModality(Set<Modality> m) {
        return new EventFilter(actor, partner, country, code, quad, m, from, to, text, includeHistorical);
    }

    public EventFilter withDates(LocalDate f, LocalDate t) {
        return new EventFilter(actor, partner, country, code, quad, modality, f, t, text, includeHistorical);
    }

    public EventFilter withActor(String a) {
        return new EventFilter(a, partner, country, code, quad, modality, from, to, text, includeHistorical);
    }

    public EventFilter withPair(String a, String b) {
        return new EventFilter(a, b, country, code, quad, modality, from, to, text, includeHistorical);
    }

    public EventFilter withText(String t) {
        return new EventFilter(actor, partner, country, code, quad, modality, from, to, t, includeHistorical);
    }

    /**
     * This filter as a SQL condition on the {@code events} table aliased {@code e}, appending its parameters to
     * {@code params} in order: the same matching the event search uses, for queries that aggregate instead of
     * listing (the dashboard's map).
     */
    public String toSql(java.util.List<Object> params) {
        return EventQueries.where(this, params);
    }

    /** All five modalities. */
    public static Set<Modality> allModalities() {
        return Set.of(Modality.values());
    }
}
