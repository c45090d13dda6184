package org.entente.ingest;

import java.time.LocalDate;
import java.util.Map;

/**
 * One news article after reading and boilerplate removal. {@code text} is the single clean text that
 * every later offset (sentences, tokens, actor and event spans) points into.
 *
 * @param id       stable hash of the text and its publisher ({@link Sources#reportId}): the same article read twice has
 *                 the same id; one text from several outlets (syndication) has one id per outlet
 * @param name     what the user calls this input: the JSONL {@code id}, or the file name (plus "#n" for one record
 *                 of a multi-record file such as a WARC or a feed); used as {@code article} in command output
 * @param url      where the article was published, or null
 * @param outlet   publisher (og:site_name or domain), or null
 * @param title    headline, or null
 * @param date     publication date, or null when unknown and no {@code --date} was given
 * @param author   byline, or null
 * @param language ISO 639-1 guess ("en"), or null
 * @param text     clean main text, boilerplate removed
 * @param meta     anything else worth keeping (format, dateSource, ...)
 *
 * <p>Serializable: the Spark job hands articles from the tasks that read inputs to the tasks that code them.
 */
public record Article(String id, String name, String url, String outlet, String title, LocalDate date,
                      String author, String language, String text, Map<String, String> meta)
        implements java.io.Serializable {
    public Article {
        text = text == null ? "" : text;
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, name, url, outlet, title, newDate, author, language, text, meta);
    }
}
