package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz (jwarc): every HTML response record (status 2xx) or HTML resource record is one article,
 * named {@code file#n} by its record number. The crawl date is the last resort for the publication date.
 * A truncated archive yields the records before the damage plus one failure naming where it stopped.
 */
final class WarcReader {
    private WarcReader() {
    }

    static void read(Input input, LocalDate defaultDate, ArticleSink sink) throws IOException {
        int recordNo = 0;
        int articles = 0;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(input.raw())) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.failure(new InputFailure(input.label(), "truncated or corrupt WARC after record " + recordNo
                            + " (" + articles + " articles read): " + reason(e)));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                recordNo++;
                String name = input.name() + "#" + recordNo;
                try {
                    Article a = article(next.get(), name, defaultDate);
                    if (a != null) {
                        articles++;
                        sink.article(a);
                    }
                } catch (BadInputException e) {
                    sink.failure(new InputFailure(input.label() + "#" + recordNo, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    sink.failure(new InputFailure(input.label() + "#" + recordNo, "unreadable record: " + reason(e)));
                }
            }
        }
        if (recordNo == 0) {
            sink.failure(new InputFailure(input.label(), "no WARC records"));
        }
    }

    /** The article of one record, or null when the record is not an HTML page (requests, metadata, images). */
    private static Article article(WarcRecord record, String name, LocalDate defaultDate)
            throws IOException, BadInputException {
        String url;
        MediaType type;
        InputStream body;
        if (record instanceof WarcResponse resp) {
            if (!resp.contentType().base().equals(MediaType.HTTP)) { // application/http (msgtype=response)
                return null;
            }
            HttpResponse http = resp.http();
            if (http.status() < 200 || http.status() >= 300) {
                return null;
            }
            type = http.contentType();
            body = http.bodyDecoded().stream();
            url = resp.target();
        } else if (record instanceof WarcResource res) {
            type = res.contentType();
            body = res.body().stream();
            url = res.target();
        } else {
            return null;
        }
        String subtype = type.base().toString().toLowerCase(Locale.ROOT);
        if (!subtype.contains("html")) {
            return null;
        }
        byte[] bytes = Input.readCapped(body, Limits.MAX_RECORD_BYTES, "the record");
        Decoding.requireText(bytes, bytes.length);
        Decoding.Decoded decoded = Decoding.decode(bytes, type.parameters().get("charset"));
        LocalDate crawl = record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        Article a = HtmlReader.fromHtml(decoded.text(), name, url, null, "warc", decoded.charset());
        if (a.date() == null) {
            LocalDate fallback = crawl != null ? crawl : defaultDate;
            a = a.withDate(fallback);
            java.util.Map<String, String> meta = new java.util.LinkedHashMap<>(a.meta());
            if (fallback != null) {
                meta.put("dateSource", crawl != null ? "warc crawl date" : "--date");
            }
            a = new Article(a.id(), a.name(), a.url(), a.outlet(), a.title(), a.date(), a.author(), a.language(),
                    a.text(), meta);
        }
        return a;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException || (m != null && m.toLowerCase(Locale.ROOT).contains("unexpected end"))) {
            return "unexpected end of data";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
