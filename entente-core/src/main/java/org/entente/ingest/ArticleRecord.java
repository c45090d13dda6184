package org.entente.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * One article as an embedding program holds it: the fields of a JSONL input line. Give {@code text} or {@code html}
 * (the page, from which the main text is extracted); every other field may be null.
 *
 * @param id     what the caller calls the article (the output's {@code article}); null names it "record"
 * @param text   the article's text, or null when {@code html} is given
 * @param html   the article's page, or null when {@code text} is given
 * @param url    where it was published, or null (its domain names the outlet when {@code outlet} is null)
 * @param date   publication date as written (ISO, RFC 1123, ...), or null to take it from the text, URL or default
 * @param outlet publisher, or null
 */
public record ArticleRecord(String id, String text, String html, String url, String date, String outlet) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record of a plain text. */
    public static ArticleRecord ofText(String id, String text) {
        return new ArticleRecord(id, text, null, null, null, null);
    }

    /**
     * The article exactly as {@code ./entente code} makes it from the same JSONL line: boilerplate removal, dates,
     * outlet, language and id alike.
     *
     * @param defaultDate the date when neither the record, nor its text or URL, tells one ({@code --date}); or null
     * @throws BadInputException when the record holds no usable text (none given, empty after extraction, too large)
     */
    public Article toArticle(LocalDate defaultDate) throws BadInputException {
        ObjectNode line = JSON.createObjectNode();
        put(line, "id", id);
        put(line, "text", text);
        put(line, "html", html);
        put(line, "url", url);
        put(line, "date", date);
        put(line, "outlet", outlet);
        return JsonlReader.article(line, "record", 1, defaultDate);
    }

    private static void put(ObjectNode line, String field, String value) {
        if (value != null) {
            line.put(field, value);
        }
    }
}
