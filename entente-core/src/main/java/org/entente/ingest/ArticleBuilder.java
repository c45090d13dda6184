package org.entente.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.text.LanguageDetector;

/** Collects what a reader found about one article and makes the immutable {@link Article}. */
final class ArticleBuilder {
    String name;
    String url;
    String outlet;
    String title;
    LocalDate date;
    String dateSource;
    String author;
    String language;
    String text;
    final Map<String, String> meta = new LinkedHashMap<>();

    ArticleBuilder(String name, String format) {
        this.name = name;
        meta.put("format", format);
    }

    /** Sets the date only if none was found yet, remembering where it came from. */
    void date(LocalDate d, String source) {
        if (date == null && d != null) {
            date = d;
            dateSource = source;
        }
    }

    Article build(LocalDate defaultDate) throws BadInputException {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new BadInputException("no article text found");
        }
        if (clean.length() > Limits.MAX_TEXT_CHARS) {
            throw new BadInputException("too large: " + clean.length() + " characters of text exceed the "
                    + Limits.MAX_TEXT_CHARS + "-character cap; skipped");
        }
        if (url != null && date == null) {
            date(Dates.fromUrl(url), "url");
        }
        if (date == null && defaultDate != null) {
            date(defaultDate, "--date");
        }
        if (outlet == null && url != null) {
            outlet = Dates.domain(url);
        }
        // the text's own language wins over a declared one (a JSONL "lang", which may be a feed-wide default);
        // a text too short to tell keeps what was declared, or none
        LanguageDetector.Detection detected = LanguageDetector.detect(clean);
        if (detected != null) {
            if (language != null && !language.equalsIgnoreCase(detected.language())) {
                meta.put("declaredLanguage", language);
            }
            language = detected.language();
        }
        if (dateSource != null) {
            meta.put("dateSource", dateSource);
        }
        return new Article(Sources.reportId(clean, blankToNull(url), blankToNull(outlet)), name, blankToNull(url),
                blankToNull(outlet),
                blankToNull(title), date, blankToNull(author), language, clean, meta);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
