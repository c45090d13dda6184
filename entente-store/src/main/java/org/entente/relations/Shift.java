package org.entente.relations;

import java.time.LocalDate;
import java.util.List;
import org.entente.store.EventSummary;

/**
 * A period where a pair's co-operation index left its normal range.
 *
 * @param baselineMean mean index of the trailing window
 * @param baselineSd   its standard deviation
 * @param z            (index − mean) / sd (sd floored, see {@link ShiftDetector})
 * @param direction    "cooperation" when the index rose, "conflict" when it fell
 * @param evidence     the period's most reported events pulling that way, with their sentences
 */
public record Shift(LocalDate period, double index, long events, double baselineMean, double baselineSd, double z,
                   String direction, List<EventSummary> evidence) {
    public Shift {
        evidence = List.copyOf(evidence);
    }
}
