package org.entente.store;

import java.time.LocalDate;

/**
 * A resolved event: one real-world happening, however many reports it had.
 *
 * @param id          GDELT-style GlobalEventID (stable once written)
 * @param date        event date (the earliest date its mentions give)
 * @param text        the sentence of its first mention
 * @param articleId   the article of its first mention
 * @param numMentions mentions grouped into it
 * @param numArticles distinct articles
 * @param numSources  distinct outlets
 * @param firstSeen   earliest publication date of a report
 * @param lastSeen    latest publication date of a report
 */
public record EventSummary(long id, LocalDate date, String source, String target, String sourceCountry,
                           String targetCountry, String code, String root, int quad, double goldstein,
                           String plover, String modality, boolean historical, String locationCountry,
                           String locationPlace, int numMentions, int numArticles, int numSources,
                           LocalDate firstSeen, LocalDate lastSeen, String articleId, int sentence, String text) {
}
