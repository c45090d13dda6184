package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ReadersTest {
    @TempDir
    Path tmp;

    @Test
    void plainTextWithDatelineAndHeadline() {
        Article a = Collect.read(Collect.samples().resolve("2023-03-21-moscow-xi-putin-summit.txt")).only();
        assertEquals(LocalDate.of(2023, 3, 21), a.date());
        assertEquals("Entente Wire", a.outlet());
        assertEquals("Xi and Putin pledge deeper partnership at Moscow summit", a.title());
        assertEquals("en", a.language());
        assertEquals("2023-03-21-moscow-xi-putin-summit.txt", a.name());
        assertTrue(a.text().contains("MOSCOW, March 21 (Entente Wire) - Chinese President"));
    }

    @Test
    void plainTextHeaderLinesAreMetadataNotText() {
        Article a = Collect.read(Collect.samples().resolve("2023-06-14-washington-sanctions-chinese-firms.txt")).only();
        assertEquals(LocalDate.of(2023, 6, 14), a.date());
        assertTrue(a.title().startsWith("U.S. sanctions Chinese"));
        assertFalse(a.text().contains("Date:"));
        assertFalse(a.text().contains("Title:"));
    }

    @Test
    void htmlMetadataFromMetaTagsJsonLdTimeAndUrl() {
        Article og = Collect.read(Collect.samples().resolve("2023-08-07-meridian-joint-patrol-alaska.html")).only();
        assertEquals(LocalDate.of(2023, 8, 7), og.date());
        assertEquals("The Meridian Post", og.outlet());
        assertEquals("Dana Whitcombe", og.author());
        assertTrue(og.url().startsWith("https://www.meridianpost.example/world/2023/08/07/"));
        Article ld = Collect.read(Collect.samples().resolve("2024-02-08-globalledger-russia-china-trade-record.html")).only();
        assertEquals(LocalDate.of(2024, 2, 8), ld.date());
        assertEquals("json-ld", ld.meta().get("dateSource"));
        assertEquals("Mei Lin Haworth", ld.author());
        Article time = Collect.read(Collect.samples().resolve("2024-05-16-harbortimes-putin-beijing-visit.html")).only();
        assertEquals(LocalDate.of(2024, 5, 16), time.date());
        assertEquals("harbortimes.example", time.outlet());
    }

    @Test
    void feedItemsAreArticles() {
        Collect c = Collect.read(Collect.samples().resolve("feed.xml"));
        assertEquals(3, c.articles.size(), c.failures.toString());
        Article first = c.articles.get(0);
        assertEquals("feed.xml#1", first.name());
        assertEquals(LocalDate.of(2023, 12, 19), first.date());
        assertEquals("https://wire.entente.example/world/2023/12/19/un-north-korea-veto", first.url());
        assertTrue(first.title().startsWith("Russia and China veto"));
        assertTrue(first.text().startsWith("UNITED NATIONS, Dec 19"));
        assertTrue(c.articles.get(2).text().contains("Riyadh"));
    }

    @Test
    void jsonLinesUseTheIdAsNameAndAcceptHtml() {
        Collect c = Collect.read(Collect.samples().resolve("articles.jsonl"));
        assertEquals(3, c.articles.size(), c.failures.toString());
        Article html = c.articles.get(1);
        assertEquals("entente-wire-2024-08-29-us-china-military-call", html.name());
        assertEquals(LocalDate.of(2024, 8, 29), html.date());
        assertFalse(html.text().contains("Share this story"));
        assertTrue(html.text().startsWith("BEIJING, Aug 29"));
        assertEquals(LocalDate.of(2025, 9, 1), c.articles.get(2).date()); // no "date": from its URL
    }

    @Test
    void warcResponseRecordsAreArticles() throws IOException {
        Path warc = tmp.resolve("crawl.warc.gz");
        writeWarc(warc, 3);
        Collect c = Collect.read(warc);
        assertEquals(3, c.articles.size(), c.failures.toString());
        Article a = c.articles.get(0);
        assertEquals("crawl.warc#1", a.name());
        assertEquals("https://news.example/world/page-0", a.url());
        assertEquals(LocalDate.of(2024, 5, 16), a.date()); // from the page, not the crawl date
        assertEquals("warc", a.meta().get("format"));
    }

    @Test
    void bundledWarcSampleYieldsItsTwoPagesWithoutChrome() {
        Collect c = Collect.read(Collect.samples().resolve("crawl.warc.gz"));
        assertEquals(2, c.articles.size(), c.failures.toString());
        assertEquals("crawl.warc#2", c.articles.get(0).name()); // record 1 is the request
        assertEquals("Coastal Herald", c.articles.get(0).outlet());
        assertEquals(LocalDate.of(2025, 3, 14), c.articles.get(1).date());
        for (Article a : c.articles) {
            assertFalse(a.text().contains("cookies") || a.text().contains("Related") || a.text().contains("Share"),
                    a.text());
        }
    }

    @Test
    void foldersAreReadRecursivelyAndSniffingBeatsExtensions() throws IOException {
        Path sub = Files.createDirectories(tmp.resolve("a/b"));
        Files.copy(Collect.samples().resolve("feed.xml"), sub.resolve("feed.html"));  // misnamed feed
        Files.copy(Collect.samples().resolve("2023-08-07-meridian-joint-patrol-alaska.html"), tmp.resolve("a/page.txt"));
        Collect c = Collect.read(tmp);
        assertEquals(4, c.articles.size(), c.failures.toString());
        assertTrue(c.articles.stream().anyMatch(a -> "html".equals(a.meta().get("format"))));
        assertEquals(3, c.articles.stream().filter(a -> "feed".equals(a.meta().get("format"))).count());
    }

    @Test
    void stdinIsRead() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Russia and China held talks in Moscow on Monday about trade."
                    .getBytes(StandardCharsets.UTF_8)));
            Article a = Collect.read("-").only();
            assertEquals("stdin", a.name());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void idIsAStableContentHashAndDateOptionOnlyFillsGaps() throws IOException {
        Path f = tmp.resolve("x.txt");
        Files.writeString(f, "China and Russia signed a trade agreement in Beijing on Tuesday, officials said.");
        Article undated = Collect.read(InputFormat.AUTO, LocalDate.of(2020, 1, 2), f).only();
        Article again = Collect.read(f).only();
        assertEquals(undated.id(), again.id());
        assertEquals(LocalDate.of(2020, 1, 2), undated.date());
        assertEquals("--date", undated.meta().get("dateSource"));
        assertNull(again.date());
        Article dated = Collect.read(InputFormat.AUTO, LocalDate.of(2020, 1, 2),
                Collect.samples().resolve("2024-06-17-second-thomas-shoal-clash.txt")).only();
        assertEquals(LocalDate.of(2024, 6, 17), dated.date());
        assertNotEquals(undated.id(), dated.id());
    }

    @Test
    void datesFromStrings() {
        assertEquals(LocalDate.of(2016, 11, 21), Dates.parse("Nov. 21, 2016"));
        assertEquals(LocalDate.of(2016, 11, 21), Dates.parse("21 November 2016"));
        assertEquals(LocalDate.of(2016, 11, 21), Dates.parse("2016-11-21T10:00:00+03:00"));
        assertEquals(LocalDate.of(2016, 11, 21), Dates.parse("Mon, 21 Nov 2016 10:00:00 GMT"));
        assertEquals(LocalDate.of(2019, 3, 5), Dates.fromUrl("https://x.example/news/2019/03/05/story"));
        assertEquals(LocalDate.of(2019, 3, 5), Dates.fromUrl("https://x.example/20190305/story.html"));
        Dates.Dateline d = Dates.dateline("MOSCOW, Nov 21 (Reuters) - Russia said");
        assertEquals("Reuters", d.agency());
        assertEquals(LocalDate.of(2016, 11, 21), d.date(2016));
        assertNull(d.date(null));
    }

    /** A gzipped WARC of {@code n} HTML responses, built with jwarc (no fixture file needed). */
    static void writeWarc(Path file, int n) throws IOException {
        writeWarc(file, n, WarcCompression.GZIP);
    }

    static void writeWarc(Path file, int n, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            for (int i = 0; i < n; i++) {
                String html = "<html><head><title>Talks " + i + "</title>"
                        + "<meta property=\"article:published_time\" content=\"2024-05-16T08:00:00Z\"></head><body>"
                        + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Talks " + i + "</h1>"
                        + "<p>Russian and Chinese officials met in Beijing on Thursday for talks on trade and energy, "
                        + "the foreign ministry said in a statement, number " + i + ".</p>"
                        + "<p>The two sides agreed to meet again in Moscow next month, according to the statement.</p>"
                        + "</article><footer>Copyright 2024 News Example. All rights reserved.</footer></body></html>";
                byte[] body = html.getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                w.write(new WarcResponse.Builder(URI.create("https://news.example/world/page-" + i))
                        .date(Instant.parse("2024-06-01T00:00:00Z")).body(http).build());
            }
        }
    }

    static void gzip(Path out, byte[] data) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            o.write(data);
        }
    }
}
