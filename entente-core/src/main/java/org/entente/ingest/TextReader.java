package org.entente.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles. Optional "Key: value" header lines at the top (Title, Date, URL, Source/Outlet,
 * Author) are metadata, not text. Otherwise the date comes from the header, a wire dateline, or a date in
 * the file name; the outlet from the header or the dateline's agency; the title is a short first line
 * without a full stop.
 */
final class TextReader {
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(title|headline|date|published|url|link|source|outlet|publisher|author|by(?:line)?)\\s*:\\s*(.+)$");

    private TextReader() {
    }

    static Article read(Input input, LocalDate defaultDate) throws IOException, BadInputException {
        byte[] bytes = input.readAll(Limits.MAX_DOCUMENT_BYTES, "the document");
        Decoding.requireText(bytes, bytes.length);
        Decoding.Decoded decoded = Decoding.decode(bytes, null);
        ArticleBuilder b = new ArticleBuilder(input.name(), "text");
        b.meta.put("charset", decoded.charset());
        fill(b, decoded.text(), input.name());
        return b.build(defaultDate);
    }

    /** Fills metadata and clean text from raw text; {@code fileName} may carry a date. */
    static void fill(ArticleBuilder b, String raw, String fileName) {
        List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(raw));
        while (!paragraphs.isEmpty()) {
            Matcher m = HEADER.matcher(paragraphs.get(0));
            if (!m.matches()) {
                break;
            }
            header(b, m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            paragraphs.remove(0);
        }
        // a date on a line of its own ("3 December 2024") is header material too
        if (!paragraphs.isEmpty() && Chrome.words(paragraphs.get(0)) <= 5 && Dates.parse(paragraphs.get(0)) != null) {
            b.date(Dates.parse(paragraphs.remove(0)), "header");
        }
        if (b.title == null && paragraphs.size() > 1 && looksLikeHeadline(paragraphs.get(0))) {
            b.title = paragraphs.get(0);
        }
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            Dates.Dateline d = Dates.dateline(paragraphs.get(i));
            if (d != null) {
                LocalDate fromName = Dates.fromUrl(fileName);
                Integer year = fromName != null ? Integer.valueOf(fromName.getYear()) : null;
                b.date(d.date(year), d.year() != null ? "dateline" : "dateline+file name year");
                if (b.outlet == null && d.agency() != null) {
                    b.outlet = d.agency();
                }
                b.meta.put("dateline", d.place());
                break;
            }
        }
        b.date(Dates.fromUrl(fileName), "file name");
        b.text = String.join("\n\n", paragraphs);
    }

    private static void header(ArticleBuilder b, String key, String value) {
        switch (key) {
            case "title", "headline" -> b.title = value;
            case "date", "published" -> b.date(Dates.parse(value), "header");
            case "url", "link" -> b.url = value;
            case "source", "outlet", "publisher" -> b.outlet = value;
            default -> b.author = value.replaceFirst("(?i)^by\\s+", "");
        }
    }

    static boolean looksLikeHeadline(String line) {
        int w = Chrome.words(line);
        return w >= 2 && w <= 25 && !line.strip().endsWith(".") && Dates.dateline(line) == null;
    }
}
