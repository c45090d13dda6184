package org.entente.relations;

import java.time.LocalDate;
import java.util.Set;
import org.entente.events.model.Modality;

/**
 * A relationship to measure.
 *
 * @param a        actor or country code ("RUS", "RUSGOV", "IGOUNO"); null in a ranking query
 * @param b        the other side
 * @param from     first date (inclusive) or null
 * @param to       last date (inclusive) or null
 * @param by       series step
 * @param modality modalities counted; null or empty = asserted only
 * @param rollup   true (default): a bare country code stands for all its actors (RUS covers RUSGOV, RUSMIL);
 *                 in rankings, pairs are formed from countries rather than full actor codes
 * @param directed false (default): a→b and b→a both count
 */
public record PairQuery(String a, String b, LocalDate from, LocalDate to, Period by, Set<Modality> modality,
                        boolean rollup, boolean directed) {
    public PairQuery {
        by = by == null ? Period.MONTH : by;
        modality = modality == null || modality.isEmpty() ? Set.of(Modality.ASSERTED) : Set.copyOf(modality);
    }

    public static PairQuery of(String a, String b, Period by) {
        return new PairQuery(a, b, null, null, by, null, true, false);
    }

    public static PairQuery ranking(LocalDate from, LocalDate to) {
        return new PairQuery(null, null, from, to, Period.MONTH, null, true, false);
    }

    public PairQuery withDates(LocalDate f, LocalDate t) {
        return new PairQuery(a, b, f, t, by, modality, rollup, directed);
    }

    public PairQuery withModality(Set<Modality> m) {
        return new PairQuery(a, b, from, to, by, m, rollup, directed);
    }
}
