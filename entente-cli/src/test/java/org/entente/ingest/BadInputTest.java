package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.entente.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input: one failure naming the input and the reason, the rest of the batch goes on. */
class BadInputTest {
    private static final String GOOD = "Russia and China signed an energy agreement in Beijing on Tuesday, "
            + "the Chinese foreign ministry said in a statement.";

    @TempDir
    Path tmp;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private Path good() throws IOException {
        return file("good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code bad} between two good files; asserts one failure naming it, with the reason. */
    private InputFailure failsAlone(Path bad, String reasonPart) throws IOException {
        Path g = good();
        Collect c = Collect.read(g, bad, g);
        assertEquals(2, c.articles.size(), "the rest of the batch must go on: " + c.failures);
        assertEquals(1, c.failures.size(), c.failures.toString());
        InputFailure f = c.failures.get(0);
        assertTrue(f.input().contains(bad.getFileName().toString()), f.toString());
        assertTrue(f.reason().contains(reasonPart), f.toString());
        assertFalse(f.toString().contains("\n"), "one line: " + f);
        return f;
    }

    @Test
    void emptyFile() throws IOException {
        failsAlone(file("empty.html", new byte[0]), "empty");
    }

    @Test
    void missingFile() throws IOException {
        failsAlone(tmp.resolve("nope.txt"), "no such file");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] junk = new byte[20000];
        new Random(7).nextBytes(junk);
        failsAlone(file("junk.txt", junk), "binary");
    }

    @Test
    void invalidUtf8ThatDeclaresUtf8() throws IOException {
        byte[] junk = new byte[3000];
        new Random(3).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 | (junk[i] & 0x3f)); // continuation bytes only: never valid UTF-8, never NUL
        }
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>".getBytes(StandardCharsets.US_ASCII);
        byte[] page = Arrays.copyOf(head, head.length + junk.length);
        System.arraycopy(junk, 0, page, head.length, junk.length);
        failsAlone(file("bad-utf8.html", page), "invalid UTF-8");
    }

    @Test
    void undeclaredLatin1IsDecodedAsWindows1252() throws IOException {
        String text = "Le président français a rencontré le ministre chinois à Pékin mardi, a déclaré l'Élysée.";
        Article a = Collect.read(file("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1))).only();
        assertEquals(text, a.text());
        assertTrue(a.meta().get("charset").startsWith("windows-1252"));
    }

    @Test
    void declaredCharsetIsHonoured() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>Россия и Китай подписали соглашение о торговле в Москве во вторник, сообщил "
                + "министр иностранных дел.</p></body></html>";
        Article a = Collect.read(file("cyrillic.html", html.getBytes(Charset.forName("windows-1251")))).only();
        assertTrue(a.text().startsWith("Россия и Китай"), a.text());
        assertEquals("ru", a.language());
    }

    @Test
    void truncatedGzip() throws IOException {
        Path whole = tmp.resolve("whole.txt.gz");
        ReadersTest.gzip(whole, (GOOD + "\n\n").repeat(400).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(whole);
        failsAlone(file("cut.txt.gz", Arrays.copyOf(bytes, bytes.length / 2)), "truncated");
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
        Path warc = tmp.resolve("full.warc.gz");
        ReadersTest.writeWarc(warc, 6);
        byte[] bytes = Files.readAllBytes(warc);
        // cut inside the compressed body of the last record (each record is one ~500-byte gzip member)
        Path cut = file("cut.warc.gz", Arrays.copyOf(bytes, bytes.length - 100));
        Collect c = Collect.read(cut);
        assertEquals(5, c.articles.size(), "articles before the cut");
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("truncated"), c.failures.toString());
    }

    @Test
    void malformedFeed() throws IOException {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
                + "<description>unclosed";
        failsAlone(file("broken.xml", feed.getBytes(StandardCharsets.UTF_8)), "malformed feed");
    }

    @Test
    void feedWithExternalEntityIsRefusedNotFollowed() throws IOException {
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><description>&x;</description>"
                + "</item></channel></rss>";
        failsAlone(file("xxe.rss", feed.getBytes(StandardCharsets.UTF_8)), "malformed feed");
    }

    @Test
    void malformedJsonLinesFailOneByOne() throws IOException {
        String jsonl = "{\"id\":\"a\",\"text\":\"" + GOOD + "\"}\n"
                + "{\"id\":\"b\",\"text\": oops}\n"
                + "{\"id\":\"c\"}\n"
                + "[1,2]\n"
                + "{\"id\":\"d\",\"text\":\"" + GOOD + "\",\"date\":\"someday\"}\n"
                + "{\"id\":\"e\",\"html\":\"<p>" + GOOD + "</p>\"}\n";
        Collect c = Collect.read(file("mixed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, c.articles.size(), c.failures.toString()); // d is kept without its date (issue 19)
        assertEquals(3, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("mixed.jsonl line 2"), c.failures.toString());
        assertTrue(c.failures.get(0).reason().startsWith("malformed JSON"));
        assertTrue(c.failures.get(1).reason().contains("neither \"text\" nor \"html\""));
        assertEquals(1, c.warnings.size(), c.warnings.toString());
        assertTrue(c.warnings.get(0).input().endsWith("mixed.jsonl line 5"), c.warnings.toString());
        assertTrue(c.warnings.get(0).reason().contains("\"someday\" not used"), c.warnings.toString());
    }

    @Test
    void enormousDocumentIsRefusedWithTheCap() throws IOException {
        byte[] big = ("<p>" + GOOD + "</p>\n").repeat(Limits.MAX_DOCUMENT_BYTES / GOOD.length() + 10)
                .getBytes(StandardCharsets.UTF_8);
        InputFailure f = failsAlone(file("huge.html", big), "too large");
        assertTrue(f.reason().contains("8.0 MB"), f.toString());
    }

    @Test
    void enormousJsonLineIsSkippedAndTheNextLineRead() throws IOException {
        Path p = tmp.resolve("big.jsonl");
        try (OutputStream o = Files.newOutputStream(p)) {
            o.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i * chunk.length <= Limits.MAX_RECORD_BYTES; i++) {
                o.write(chunk);
            }
            o.write(("\"}\n{\"id\":\"small\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Collect c = Collect.read(p);
        assertEquals(1, c.articles.size());
        assertEquals("small", c.articles.get(0).name());
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).reason().contains("too large"));
    }

    @Test
    void pathologicalNestingNeitherOverflowsNorHangs() throws IOException {
        int depth = 200_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + GOOD + "</p>" + "</div>".repeat(depth)
                + "<p>" + GOOD + " Again.</p></body></html>";
        Collect c = Collect.read(file("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, c.articles.size() + c.failures.size(), "one outcome for the input");
        if (!c.articles.isEmpty()) {
            assertTrue(c.articles.get(0).text().contains("energy agreement"));
        }
    }

    @Test
    void commandLineReportsEachBadInputOnOneLineAndExitsOne() throws IOException {
        Path empty = file("empty.txt", new byte[0]);
        byte[] junk = new byte[5000];
        new Random(1).nextBytes(junk);
        Path bin = file("junk.bin", junk);
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("extract", empty.toString(), good().toString(), bin.toString());
        } finally {
            System.setErr(savedErr);
        }
        assertEquals(1, code);
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, Arrays.toString(lines));
        assertTrue(lines[0].contains("empty.txt") && lines[0].contains("empty"), lines[0]);
        assertTrue(lines[1].contains("junk.bin") && lines[1].contains("binary"), lines[1]);
    }
}
