package org.entente.relations;

import java.time.LocalDate;
import java.util.List;
import org.entente.events.model.Modality;

/**
 * What a figure counts, said once for every surface (API, command line, each dashboard view), so that the same
 * pair shows the same number everywhere and the reader can see why: events (one per happening, however many
 * reports), of the modalities asked for (asserted only by default), background history left out, and dates:
 * without a date range every event counts, undated ones too (they have no place on a time axis, so a series
 * reports them beside its periods); with a range, only events dated inside it.
 *
 * @param modalities      the modalities counted, in their natural order
 * @param from            first date, or null
 * @param to              last date, or null
 * @param undatedIncluded whether events without a date are in the totals (true exactly when no range is given)
 * @param text            the definition in one sentence, for a screen or a terminal
 */
public record Counting(List<String> modalities, LocalDate from, LocalDate to, boolean undatedIncluded,
                       String text) {

    /** The definition a query applies. */
    public static Counting of(PairQuery q) {
        List<String> mods = q.modality().stream().sorted().map(Modality::label).toList();
        boolean undated = q.from() == null && q.to() == null;
        String dates = undated ? "all dates, undated events included"
                : q.from() != null && q.to() != null ? "dated " + q.from() + " to " + q.to()
                : q.from() != null ? "dated from " + q.from() : "dated up to " + q.to();
        String text = "Events (one per happening, however many reports): " + String.join(", ", mods)
                + (mods.size() == 1 ? " only" : "") + "; " + dates + "; background history left out.";
        return new Counting(mods, q.from(), q.to(), undated, text);
    }
}
