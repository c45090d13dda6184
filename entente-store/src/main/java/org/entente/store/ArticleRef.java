package org.entente.store;

import java.time.LocalDate;

/**
 * One stored article as a line in a list: enough to tell it from the others and to open it by its unique {@code id}.
 * Lookups by an input id list every article that id names; an article lists the other reports of its text.
 */
public record ArticleRef(String id, String name, String outlet, String url, String title, LocalDate date,
                         String language, long eventMentions) {
}
