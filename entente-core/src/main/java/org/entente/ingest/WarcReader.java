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
 * Damage costs only the damaged record ({@link WarcChunks}): a truncated archive yields the records before the
 * damage plus one failure naming where it stopped; a wrong Content-Length or a corrupt gzip member is named and
 * reading resumes at the next record.
 */
final class WarcReader {
    private WarcReader() {
    }

    static void read(Input input, LocalDate defaultDate, ArticleSink sink) throws IOException {
        int[] recordNo = {0};
        int[] articles = {0};
        boolean[] damaged = {false};
        WarcChunks.read(input.raw(), input.gzipped(), new WarcChunks.Receiver() {
            @Override
            public void chunk(byte[] bytes) {
                records(bytes, input, defaultDate, sink, recordNo, articles);
            }

            @Override
            public void damage(String reason, boolean record) {
                damaged[0] = true;
                if (record) {
                    recordNo[0]++; // later records keep their numbers: file#n is the n-th record of the file
                }
                sink.failure(new InputFailure(input.label() + (record ? "#" + recordNo[0] : ""), reason + " ("
                        + articles[0] + " articles read before it)"));
            }
        });
        if (recordNo[0] == 0 && !damaged[0]) {
            sink.failure(new InputFailure(input.label(), "no WARC records"));
        }
    }

    /** The records of one undamaged chunk (usually one record): each HTML page becomes an article. */
    private static void records(byte[] chunk, Input input, LocalDate defaultDate, ArticleSink sink, int[] recordNo,
                                int[] articles) {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(
                new java.io.ByteArrayInputStream(chunk))) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    recordNo[0]++;
                    sink.failure(new InputFailure(input.label() + "#" + recordNo[0], "unreadable WARC record: "
                            + reason(e)));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                recordNo[0]++;
                String name = input.name() + "#" + recordNo[0];
                try {
                    Article a = article(next.get(), name, defaultDate);
                    if (a != null) {
                        articles[0]++;
                        sink.article(a);
                    }
                } catch (BadInputException e) {
                    sink.failure(new InputFailure(input.label() + "#" + recordNo[0], e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    sink.failure(new InputFailure(input.label() + "#" + recordNo[0], "unreadable record: " + reason(e)));
                }
            }
        } catch (IOException e) {
            sink.failure(new InputFailure(input.label(), "unreadable WARC data: " + reason(e)));
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
