package org.entente.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTML pages: metadata from the head, clean text by {@link HtmlExtractor}. */
final class HtmlReader {
    private HtmlReader() {
    }

    static Article read(Input input, LocalDate defaultDate) throws IOException, BadInputException {
        byte[] bytes = input.readAll(Limits.MAX_DOCUMENT_BYTES, "the page");
        Decoding.requireText(bytes, bytes.length);
        Decoding.Decoded decoded = Decoding.decode(bytes, null);
        return fromHtml(decoded.text(), input.name(), null, defaultDate, "html", decoded.charset());
    }

    /**
     * A page fetched from {@code url} (the feed watcher): decoded with the charset the server declared (or what
     * the page itself says), its article named and located by that URL.
     */
    static Article fromFetched(byte[] bytes, String url, String declaredCharset, LocalDate defaultDate)
            throws BadInputException {
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            throw new BadInputException("too large: " + Limits.mb(bytes.length) + " exceeds the "
                    + Limits.mb(Limits.MAX_DOCUMENT_BYTES) + " page cap; skipped");
        }
        Decoding.requireText(bytes, bytes.length);
        Decoding.Decoded decoded = Decoding.decode(bytes, declaredCharset);
        return fromHtml(decoded.text(), url, url, defaultDate, "html", decoded.charset());
    }

    /**
     * @param knownUrl the page's URL when the container knows it (WARC target, feed link), else null
     */
    static Article fromHtml(String html, String name, String knownUrl, LocalDate defaultDate, String format,
                            String charset) throws BadInputException {
        ArticleBuilder b = new ArticleBuilder(name, format);
        if (charset != null) {
            b.meta.put("charset", charset);
        }
        fill(b, html, knownUrl);
        return b.build(defaultDate);
    }

    /** Metadata and clean text of a page into {@code b}. */
    static void fill(ArticleBuilder b, String html, String knownUrl) {
        Document doc = Jsoup.parse(html, knownUrl == null ? "" : knownUrl);
        HtmlMetadata.fill(b, doc, knownUrl);
        b.text = HtmlExtractor.extract(doc, b.title);
        if (b.date == null) {
            Dates.Dateline d = Dates.dateline(b.text);
            LocalDate hint = Dates.fromUrl(b.name);
            if (d != null) {
                b.date(d.date(hint == null ? null : hint.getYear()), "dateline");
            }
        }
        b.date(Dates.fromUrl(b.name), "file name");
    }
}
