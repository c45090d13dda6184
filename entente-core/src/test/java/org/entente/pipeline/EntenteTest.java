package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.events.model.EventMention;
import org.entente.ingest.ArticleRecord;
import org.entente.ingest.BadInputException;
import org.entente.ingest.InputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedding face: a record and a stream of the same article code alike, and as the pipeline codes it. */
class EntenteTest {
    // written for this test
    private static final String TEXT = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on "
            + "Tuesday. Xi praised the partnership between the two countries.";
    private static final String HTML = "<html><head><title>Leaders meet</title></head><body><h1>Leaders meet</h1><p>"
            + TEXT + "</p></body></html>";

    private static Entente entente;

    @BeforeAll
    static void build() {
        entente = Entente.standard();
    }

    @Test
    void aRecordIsCodedAsThePipelineCodesItsArticle() throws BadInputException {
        ArticleRecord r = new ArticleRecord("a1", TEXT, null, "https://news.example/2024/03/05/meet", null, null);
        Entente.Result result = entente.code(r, null);
        assertEquals("a1", result.article().name());
        assertEquals(LocalDate.of(2024, 3, 5), result.article().date(), "date from the URL, as for a JSONL line");
        assertEquals("news.example", result.article().outlet());
        assertFalse(result.events().isEmpty(), "a meeting of two heads of state is an event");
        assertTrue(result.events().stream().anyMatch(e -> e.source().startsWith("RUS") && e.target().startsWith("CHN")),
                result.events().toString());
        assertEquals(signatures(entente.pipeline().process(r.toArticle(null)).events()), signatures(result.events()));
    }

    @Test
    void anHtmlRecordAndTheSamePageAsAGzippedStreamGiveTheSameEvents() throws Exception {
        Entente.Result fromRecord = entente.code(new ArticleRecord("p1", null, HTML, null, "2024-03-05", null), null);
        Entente.Batch fromStream = entente.code(new ByteArrayInputStream(gzip(HTML)), "page.html.gz",
                InputFormat.AUTO, LocalDate.of(2024, 3, 5));
        assertEquals(List.of(), fromStream.failures());
        assertEquals(1, fromStream.results().size());
        assertEquals(fromRecord.article().text(), fromStream.results().get(0).article().text());
        assertEquals(signatures(fromRecord.events()), signatures(fromStream.results().get(0).events()));
    }

    @Test
    void aJsonlStreamCodesEachLineAndNamesTheBadOne() {
        String jsonl = "{\"id\": \"one\", \"date\": \"2024-03-05\", \"text\": \"" + TEXT + "\"}\n"
                + "{\"id\": \"two\"}\n"
                + "{\"id\": \"three\", \"date\": \"2024-03-06\", \"text\": \"" + TEXT + "\"}\n";
        Entente.Batch batch = entente.code(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                "day.jsonl", InputFormat.AUTO, null);
        assertEquals(List.of("one", "three"), batch.results().stream().map(r -> r.article().name()).toList());
        assertEquals(1, batch.failures().size());
        assertTrue(batch.failures().get(0).input().startsWith("day.jsonl"), batch.failures().toString());
        assertEquals(signatures(batch.results().get(0).events()), signatures(batch.results().get(1).events()));
    }

    @Test
    void aRecordWithoutTextIsRefused() {
        assertThrows(BadInputException.class, () -> entente.code(new ArticleRecord("x", null, null, null, null, null),
                null));
        assertThrows(BadInputException.class, () -> entente.code(ArticleRecord.ofText("y", "   "), null));
    }

    /** What an event says, without the article it is in. */
    private static List<String> signatures(List<EventMention> events) {
        return events.stream().map(e -> e.sentence() + " " + e.source() + " " + e.code() + " " + e.target() + " "
                + e.modality()).toList();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
