package org.entente.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A new {@code events} row: the columns fixed when its first mention creates the event (actors, code, date,
 * text...), kept until the batch is written; {@link #values} adds what later mentions of the same batch change
 * (counts, seen dates, location, words, outlets). The one place that knows the table's column order
 * ({@link Schema}), so the writer cannot put a value in the wrong slot.
 */
record EventRow(long id, LocalDate date, String source, String target, String sourceCountry, String targetCountry,
                String srcKey, String tgtKey, String countryPair, String actorPair, String code, String root,
                byte quad, double goldstein, String plover, String modality, boolean historical, LocalDateTime added,
                String articleId, int sentence, String text) {

    /** The full row as the event {@code e} stands now, in table column order (for the Appender). */
    Object[] values(EventState e) {
        return new Object[] {id, date, source, target, sourceCountry, targetCountry, srcKey, tgtKey, countryPair,
            actorPair, code, root, quad, goldstein, plover, modality, historical, e.locCountry, e.locPlace,
            e.numMentions, e.numArticles, e.numSources, e.firstSeen, e.lastSeen, added, e.updated, articleId,
            sentence, text, e.words, List.copyOf(e.outlets), e.names, e.srcEntity, e.tgtEntity,
            Sketch.encode(e.lead)};
    }
}
