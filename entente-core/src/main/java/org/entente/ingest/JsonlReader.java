package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * JSON Lines (DESIGN.md §3): one article per line, {@code {"id", "text" | "html", "date"?, "url"?, "outlet"?,
 * "title"?}}. The {@code id} becomes the article's name. A bad line is one failure ("file line N: reason")
 * and reading goes on; lines are read with a size cap, so one enormous line cannot exhaust the heap.
 */
final class JsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlReader() {
    }

    static void read(Input input, LocalDate defaultDate, ArticleSink sink) throws IOException {
        InputStream in = input.stream();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
        int lineNo = 0;
        int good = 0;
        while (true) {
            Line line = readLine(in, buf, Limits.MAX_RECORD_BYTES);
            if (line == null) {
                break;
            }
            lineNo++;
            String where = input.label() + " line " + lineNo;
            if (line.tooLong) {
                sink.failure(new InputFailure(where, "too large: line exceeds the "
                        + Limits.mb(Limits.MAX_RECORD_BYTES) + " cap; skipped"));
                continue;
            }
            // a byte-order mark (a file saved by a Windows editor starts with one) is no part of the JSON
            String text = stripBom(new String(line.bytes, StandardCharsets.UTF_8)).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                String at = where;
                sink.article(article(JSON.readTree(text), input.name(), lineNo, defaultDate,
                        reason -> sink.warning(new InputFailure(at, reason))));
                good++;
            } catch (JsonProcessingException e) {
                sink.failure(new InputFailure(where, "malformed JSON: " + e.getOriginalMessage()));
            } catch (BadInputException e) {
                sink.failure(new InputFailure(where, e.getMessage()));
            } catch (RuntimeException e) {
                sink.failure(new InputFailure(where, "unreadable record: " + e));
            }
        }
        if (lineNo == 0) {
            sink.failure(new InputFailure(input.label(), "empty input"));
        }
    }

    static Article article(JsonNode o, String fileName, int lineNo, LocalDate defaultDate) throws BadInputException {
        return article(o, fileName, lineNo, defaultDate, reason -> { });
    }

    /** The record's article; {@code warn} hears what was set aside (a date it cannot use). */
    static Article article(JsonNode o, String fileName, int lineNo, LocalDate defaultDate,
                           java.util.function.Consumer<String> warn) throws BadInputException {
        if (!o.isObject()) {
            throw new BadInputException("not a JSON object");
        }
        String id = str(o, "id");
        String name = id != null ? id : fileName + "#" + lineNo;
        // a JSON escape can carry NUL, which no file reader lets through (binary) and the store cannot hold
        String text = withoutNul(str(o, "text"));
        String html = withoutNul(str(o, "html"));
        if (text == null && html == null) {
            throw new BadInputException("neither \"text\" nor \"html\"");
        }
        String url = str(o, "url");
        ArticleBuilder b = new ArticleBuilder(name, "jsonl");
        b.url = url;
        if (text == null) {
            HtmlReader.fill(b, html, url);
        } else {
            TextReader.fill(b, text, "");
        }
        // fields the record states win over what was found in its text
        b.url = url != null ? url : b.url;
        b.title = str(o, "title") != null ? str(o, "title") : b.title;
        b.outlet = str(o, "outlet") != null ? str(o, "outlet") : b.outlet;
        b.author = str(o, "author") != null ? str(o, "author") : b.author;
        b.language = str(o, "lang");
        String date = str(o, "date");
        if (date != null) {
            // a date the record states wins; one that cannot be used costs the date, not the article
            LocalDate d = RecordDates.parse(date);
            if (d != null) {
                b.date = null;
                b.date(d, "jsonl");
            } else {
                warn.accept("date \"" + Limits.clip(date) + "\" not used (" + RecordDates.whyNot(date) + "); stored "
                        + (b.date != null ? "with the date found in its text, " + b.date : "without a date"));
            }
        }
        return b.build(defaultDate);
    }

    private static String withoutNul(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', ' ');
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /** One line (without its newline), null at end of input; a line over {@code cap} is skipped, not kept. */
    private static Line readLine(InputStream in, ByteArrayOutputStream buf, int cap) throws IOException {
        buf.reset();
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (buf.size() < cap) {
                buf.write(c);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        return new Line(buf.toByteArray(), tooLong);
    }
}
