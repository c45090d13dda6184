package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More kinds of bad input (issue 19), one test each, with the outcome asserted: kept with a warning, kept as far
 * as it goes, or refused with a failure naming the input and the reason — and always the rest of the batch read.
 * {@link BadInputTest} holds the kinds handled before; {@code PathologicalInputTest} the ones that cost time.
 */
class BadInputKindsTest {
    static final String GOOD = "Russia and China signed an energy agreement in Beijing on Tuesday, "
            + "the Chinese foreign ministry said in a statement.";

    @TempDir
    Path tmp;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path good() throws IOException {
        return file("good.txt", GOOD);
    }

    private static String line(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + GOOD + "\"" + extra + "}\n";
    }

    /** One JSONL record with {@code date}: kept, with the given date (null: none) and warnings. */
    private Collect dated(String dateJson) throws IOException {
        Collect c = Collect.read(file("dated.jsonl", line("d", ",\"date\":" + dateJson) + line("next", "")));
        assertEquals(2, c.articles.size(), "the record and the next are kept: " + c.failures);
        assertTrue(c.failures.isEmpty(), c.failures.toString());
        return c;
    }

    private void keptWithoutDate(String dateJson, String why) throws IOException {
        Collect c = dated(dateJson);
        assertNull(c.articles.get(0).date(), "an unusable date is not stored");
        assertEquals(1, c.warnings.size(), c.warnings.toString());
        assertTrue(c.warnings.get(0).input().endsWith("dated.jsonl line 1"), c.warnings.toString());
        assertTrue(c.warnings.get(0).reason().contains(why), c.warnings.toString());
    }

    @Test
    void jsonlEmptyDateKeepsTheRecord() throws IOException {
        keptWithoutDate("\"\"", "empty");
    }

    @Test
    void jsonlSlashedDateOfUnknownOrderKeepsTheRecord() throws IOException {
        keptWithoutDate("\"03/03/2023\"", "order unknown");
    }

    @Test
    void jsonlMonthOnlyDateKeepsTheRecord() throws IOException {
        keptWithoutDate("\"2023-03\"", "a month, not a day");
    }

    @Test
    void jsonlDateAfterTodayKeepsTheRecord() throws IOException {
        keptWithoutDate("\"" + LocalDate.now().plusYears(3) + "\"", "after today");
    }

    @Test
    void jsonlDateBefore1900KeepsTheRecord() throws IOException {
        keptWithoutDate("\"1850-06-01\"", "before 1900");
    }

    @Test
    void jsonlGibberishDateKeepsTheRecord() throws IOException {
        keptWithoutDate("\"next tuesday-ish\"", "not a date format");
    }

    @Test
    void jsonlEpochSecondsAreADate() throws IOException {
        Collect c = dated("1677801600"); // 2023-03-03T00:00Z, as a JSON number
        assertEquals(LocalDate.of(2023, 3, 3), c.articles.get(0).date());
        assertTrue(c.warnings.isEmpty(), c.warnings.toString());
    }

    @Test
    void jsonlEpochMillisecondsAreADate() throws IOException {
        Collect c = dated("\"1677801600000\"");
        assertEquals(LocalDate.of(2023, 3, 3), c.articles.get(0).date());
    }

    @Test
    void jsonlUnusableDateFallsBackToTheTextsDateline() throws IOException {
        String text = "MOSCOW, March 4, 2023 (Wire) - " + GOOD;
        Collect c = Collect.read(file("dl.jsonl", "{\"id\":\"x\",\"text\":\"" + text + "\",\"date\":\"03/04/2023\"}\n"));
        assertEquals(LocalDate.of(2023, 3, 4), c.articles.get(0).date());
        assertTrue(c.warnings.get(0).reason().contains("date found in its text"), c.warnings.toString());
    }

    @Test
    void jsonlWithByteOrderMarkKeepsItsFirstLine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (line("first", "") + line("second", "")).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Collect c = Collect.read(file("bom.jsonl", all));
        assertEquals(List.of("first", "second"), c.articles.stream().map(Article::name).toList(), c.failures.toString());
    }

    @Test
    void textWithByteOrderMarkHasNoMarkInItsText() throws IOException {
        Article a = Collect.read(file("bom.txt", "\uFEFF" + GOOD)).only();
        assertFalse(a.text().startsWith("\uFEFF"), a.text());
        assertTrue(a.text().startsWith("Russia"), a.text());
    }

    @Test
    void htmlWithByteOrderMarkIsReadAsHtml() throws IOException {
        Article a = Collect.read(file("bom.html", "\uFEFF<!DOCTYPE html><html><head><title>T</title></head><body><p>"
                + GOOD + "</p></body></html>")).only();
        assertTrue(a.text().startsWith("Russia"), a.text());
        assertFalse(a.text().contains("<p>"), a.text());
    }

    @Test
    void feedWithByteOrderMarkIsReadAsAFeed() throws IOException {
        String feed = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>A</title><link>https://news.example/a</link><description>" + GOOD
                + "</description></item></channel></rss>";
        Article a = Collect.read(file("bom.xml", feed)).only();
        assertTrue(a.text().contains("energy agreement"), a.text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        Article a = Collect.read(file("utf16.txt", ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE))).only();
        assertTrue(a.text().startsWith("Russia"), a.text());
    }

    @Test
    void fifoOnTheCommandLineIsRefusedAndTheNextInputRead() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
        Collect c = Collect.read(fifo, good());
        assertEquals(1, c.articles.size(), "the input after the pipe is read");
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).input().endsWith("pipe") && c.failures.get(0).reason().contains("not a regular file"),
                c.failures.toString());
    }

    @Test
    void fifoInsideAFolderIsNamedAndTheFolderRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("withpipe"));
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("b-pipe").toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
        Files.writeString(dir.resolve("c.txt"), GOOD + " Again.");
        Collect c = Collect.read(dir);
        assertEquals(2, c.articles.size(), c.failures.toString());
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).input().endsWith("b-pipe"), c.failures.toString());
    }

    @Test
    void unreadableSubFolderIsOneFailureAndTheRestOfTheFolderIsRead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tree"));
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), GOOD + " Inside.");
        Files.writeString(dir.resolve("z.txt"), GOOD + " Last.");
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "permissions are enforced (not when running as root)");
        try {
            Collect c = Collect.read(dir);
            assertEquals(2, c.articles.size(), c.failures.toString());
            assertEquals(1, c.failures.size());
            assertTrue(c.failures.get(0).input().endsWith("locked"), c.failures.toString());
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void symlinkLoopInAFolderDoesNotHang() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("loop"));
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.createSymbolicLink(dir.resolve("self"), dir);
        Collect c = Collect.read(dir);
        assertEquals(1, c.articles.size(), c.failures.toString());
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("h"));
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.writeString(dir.resolve(".secret.txt"), GOOD + " Hidden.");
        Path git = Files.createDirectories(dir.resolve(".git"));
        Files.writeString(git.resolve("x.txt"), GOOD + " Git.");
        Collect c = Collect.read(dir);
        assertEquals(1, c.articles.size());
        assertTrue(c.failures.isEmpty());
    }

    @Test
    void emptyFolderReadsNothingAndFailsNothing() throws IOException {
        Collect c = Collect.read(Files.createDirectories(tmp.resolve("none")));
        assertTrue(c.articles.isEmpty() && c.failures.isEmpty());
    }

    @Test
    void whitespaceOnlyFileIsRefused() throws IOException {
        Path g = good();
        Collect c = Collect.read(g, file("blank.txt", " \n\t\n   \n"), g);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("blank.txt"), c.failures.toString());
    }

    @Test
    void htmlWithoutTextIsRefused() throws IOException {
        Path g = good();
        Collect c = Collect.read(g, file("scripts.html", "<html><head><script>var a = 1;</script></head><body>"
                + "<nav><a href='/'>Home</a></nav><script>track()</script></body></html>"), g);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("no article text"), c.failures.toString());
    }

    @Test
    void nulBytesInsideJsonTextAreKeptOut() throws IOException {
        Collect c = Collect.read(file("nul.jsonl", "{\"id\":\"n\",\"text\":\"" + GOOD.replace(" ", "\\u0000 ") + "\"}\n"
                + line("next", "")));
        assertEquals(2, c.articles.size(), c.failures.toString());
        for (Article a : c.articles) {
            assertFalse(a.text().indexOf('\0') >= 0, "no NUL reaches the store: " + a.name());
        }
    }

    @Test
    void jsonlTextThatIsNotAStringIsRefused() throws IOException {
        Collect c = Collect.read(file("arr.jsonl", "{\"id\":\"a\",\"text\":[1,2,3]}\n" + line("next", "")));
        assertEquals(List.of("next"), c.articles.stream().map(Article::name).toList());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("arr.jsonl line 1"), c.failures.toString());
    }

    @Test
    void jsonlDeeplyNestedRecordIsRefusedWithoutOverflow() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Collect c = Collect.read(file("deep.jsonl", deep + "\n" + line("next", "")));
        assertEquals(List.of("next"), c.articles.stream().map(Article::name).toList());
        assertEquals(1, c.failures.size(), c.failures.toString());
    }

    @Test
    void jsonlTruncatedLastLineIsOneFailure() throws IOException {
        Collect c = Collect.read(file("cut.jsonl", line("a", "") + "{\"id\":\"b\",\"text\":\"Russia and"));
        assertEquals(List.of("a"), c.articles.stream().map(Article::name).toList());
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).reason().startsWith("malformed JSON"), c.failures.toString());
    }

    @Test
    void jsonlWindowsLineEndingsAreRead() throws IOException {
        Collect c = Collect.read(file("crlf.jsonl", line("a", "").replace("\n", "\r\n") + line("b", "").replace("\n", "\r\n")));
        assertEquals(2, c.articles.size(), c.failures.toString());
    }

    @Test
    void jsonlBlankLinesAreSkippedSilently() throws IOException {
        Collect c = Collect.read(file("gaps.jsonl", "\n\n" + line("a", "") + "\n   \n" + line("b", "")));
        assertEquals(2, c.articles.size());
        assertTrue(c.failures.isEmpty(), c.failures.toString());
    }

    @Test
    void gzipBombIsRefusedAtTheCap() throws IOException {
        Path bomb = tmp.resolve("bomb.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = "a ".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII); // 1 MB of "a a a ..."
            for (int i = 0; i < 64; i++) {
                o.write(zeros); // 64 MB unpacked from a ~70 KB file
            }
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        Path g = good();
        Collect c = Collect.read(g, bomb, g);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("too large"), c.failures.toString());
    }

    @Test
    void feedEntityExpansionIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a \"lol\">");
        String prev = "a";
        for (int i = 0; i < 9; i++) {
            String n = "e" + i;
            dtd.append("<!ENTITY ").append(n).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = n;
        }
        dtd.append("]>");
        String feed = "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>T</title><item>"
                + "<title>A</title><description>&" + prev + ";</description></item></channel></rss>";
        Path g = good();
        Collect c = Collect.read(g, file("laughs.xml", feed), g);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("malformed feed"), c.failures.toString());
    }

    @Test
    void feedWithoutItemsIsNamed() throws IOException {
        Path g = good();
        Collect c = Collect.read(g, file("empty-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Nothing</title></channel></rss>"), g);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("empty-feed.xml"), c.failures.toString());
    }

    @Test
    void warcWithoutRecordsIsNamed() throws IOException {
        Path g = good();
        Collect c = Collect.read(InputFormat.WARC, null, file("nothing.warc", "this is not a web archive\n"));
        assertTrue(c.articles.isEmpty());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("nothing.warc"), c.failures.toString());
        assertEquals(1, Collect.read(g).articles.size());
    }

    @Test
    void controlAndBidiCharactersDoNotBreakReading() throws IOException {
        String text = "\u202EWarning\u202C: " + GOOD + "\u0007\u001B[31m red\u001B[0m \u200B\u200D";
        Article a = Collect.read(file("ctrl.txt", text)).only();
        assertTrue(a.text().contains("energy agreement"), a.text());
    }

    @Test
    void truncatedUtf8AtTheEndIsStillRead() throws IOException {
        byte[] body = (GOOD + " Москва").getBytes(StandardCharsets.UTF_8);
        Article a = Collect.read(file("cut-utf8.txt", java.util.Arrays.copyOf(body, body.length - 1))).only();
        assertTrue(a.text().startsWith("Russia and China"), a.text());
    }

    @Test
    void forcedWrongFormatIsAFailureNotACrash() throws IOException {
        Collect c = Collect.read(InputFormat.JSONL, null, good());
        assertTrue(c.articles.isEmpty());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("malformed JSON"), c.failures.toString());
    }

    /** A WARC of {@code n} HTML responses, plain or gzipped per record (see {@link ReadersTest#writeWarc}). */
    private static byte[] warc(Path file, int n, boolean gzip) throws IOException {
        ReadersTest.writeWarc(file, n, gzip ? org.netpreserve.jwarc.WarcCompression.GZIP
                : org.netpreserve.jwarc.WarcCompression.NONE);
        return Files.readAllBytes(file);
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (data[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void wrongContentLengthInRecord1(int delta) throws IOException {
        byte[] plain = warc(tmp.resolve("w.warc"), 4, false);
        byte[] key = "Content-Length: ".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(plain, key, 0) + key.length; // the first record's header
        int end = indexOf(plain, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
        long declared = Long.parseLong(new String(plain, at, end - at, StandardCharsets.US_ASCII));
        String s = new String(plain, StandardCharsets.ISO_8859_1);
        String bad = s.substring(0, at) + (declared + delta) + s.substring(end);
        Collect c = Collect.read(file("bad-length.warc", bad.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(3, c.articles.size(), "every record after the damaged one: " + c.failures);
        assertEquals(List.of("bad-length.warc#2", "bad-length.warc#3", "bad-length.warc#4"),
                c.articles.stream().map(Article::name).toList());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("bad-length.warc#1"), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("Content-Length"), c.failures.toString());
    }

    @Test
    void warcContentLengthTooLongInRecord1LosesOnlyRecord1() throws IOException {
        wrongContentLengthInRecord1(700);
    }

    @Test
    void warcContentLengthTooShortInRecord1LosesOnlyRecord1() throws IOException {
        wrongContentLengthInRecord1(-300);
    }

    @Test
    void warcContentLengthPastTheEndLosesOnlyRecord1() throws IOException {
        wrongContentLengthInRecord1(10_000_000 - 1);
    }

    @Test
    void corruptLaterGzipMemberKeepsTheRecordsAroundIt() throws IOException {
        byte[] gz = warc(tmp.resolve("w.warc.gz"), 3, true);
        byte[] magic = {0x1f, (byte) 0x8b, 8};
        int second = indexOf(gz, magic, 1);
        int third = indexOf(gz, magic, second + 1);
        for (int i = second + 20; i < third - 10; i += 3) {
            gz[i] = (byte) (gz[i] ^ 0x5a); // scramble the deflate data of the second member
        }
        Collect c = Collect.read(file("damaged.warc.gz", gz));
        assertEquals(List.of("damaged.warc#1", "damaged.warc#3"), c.articles.stream().map(Article::name).toList(),
                c.failures.toString());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("damaged.warc.gz#2"), c.failures.toString());
    }

    @Test
    void garbageBetweenGzipMembersIsNamedAndSkipped() throws IOException {
        byte[] gz = warc(tmp.resolve("w2.warc.gz"), 2, true);
        int second = indexOf(gz, new byte[] {0x1f, (byte) 0x8b, 8}, 1);
        byte[] junk = "not gzip at all".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[gz.length + junk.length];
        System.arraycopy(gz, 0, all, 0, second);
        System.arraycopy(junk, 0, all, second, junk.length);
        System.arraycopy(gz, second, all, second + junk.length, gz.length - second);
        Collect c = Collect.read(file("junk-between.warc.gz", all));
        assertEquals(2, c.articles.size(), c.failures.toString());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("no gzip member"), c.failures.toString());
    }
}
