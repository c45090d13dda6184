package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, groups 5 and 6 through the real command line in a child JVM (so that a hang or an OutOfMemoryError is
 * seen from outside, and the heap limit is the one the issue names): a FIFO on the command line, 8 MB of short
 * lines and a folder of bad inputs under {@code -Xmx1g}, extra arguments and errors printed without Java's
 * internals. The waits are hang guards, not timings: the 60-second figures come from
 * {@code scripts/pathological-inputs.sh}.
 */
class BoundedCliTest {
    static final String GOOD = "Russia and China signed an energy agreement in Beijing on Tuesday, "
            + "the Chinese foreign ministry said in a statement.";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** {@code entente ARGS} in a child JVM with {@code -Xmx1g}, its stdout and stderr. */
    private Run entente(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseParallelGC",
                "-XX:+ExitOnOutOfMemoryError"));
        if (Runtime.version().feature() >= 22) {
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("child.out");
        Path err = tmp.resolve("child.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(15, TimeUnit.MINUTES);   // a hang guard only
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the command ended: " + String.join(" ", args));
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void noJavaInternals(String err) {
        for (String internal : List.of("Exception", "\tat ", "java.", "org.entente.", "OutOfMemoryError")) {
            assertFalse(err.contains(internal), "stderr shows Java's internals (" + internal + "): " + err);
        }
    }

    private static String shortLines(int bytes, long seed) {
        String[] countries = {"Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Poland"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes + 64);
        while (sb.length() < bytes) {
            sb.append(countries[r.nextInt(countries.length)]).append(" met ")
                    .append(countries[r.nextInt(countries.length)]).append(".\n");
        }
        return sb.toString();
    }

    @Test
    void fifoOnTheCommandLineOfARealIngestDoesNotBlockTheInputsAfterIt() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
        Path good = Files.writeString(tmp.resolve("good.txt"), GOOD);
        Run r = entente("ingest", "--db", tmp.resolve("db").toString(), "--json", fifo.toString(), good.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(fifo + ": not a regular file"), r.err());
        assertEquals(1, Json.MAPPER.readTree(r.out()).get("stored").asLong(), r.out());
    }

    @Test
    void eightMegabytesOfShortLinesUnderOneGigabyteOfHeap() throws Exception {
        Path big = Files.writeString(tmp.resolve("short-lines-8m.txt"), shortLines(8_000_000, 8));
        Path good = Files.writeString(tmp.resolve("good.txt"), GOOD);
        Run r = entente("ingest", "--db", tmp.resolve("db").toString(), "--json", big.toString(), good.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("short-lines-8m.txt: too large"), r.err());
        JsonNode s = Json.MAPPER.readTree(r.out());
        assertEquals(1, s.get("stored").asLong(), "the good article after it is stored: " + r.out());
        assertEquals(1, s.get("failed").asLong());
        noJavaInternals(r.err());
    }

    @Test
    void aFolderOfBadInputsUnderOneGigabyteOfHeap() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("a-good.txt"), GOOD);
        Files.writeString(dir.resolve("b-short-lines-8m.txt"), shortLines(8_000_000, 9));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c-bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                o.write(zeros);          // 300 MB of zeros in a ~300 KB file
            }
        }
        byte[] noise = new byte[200_000];
        new Random(4).nextBytes(noise);
        Files.write(dir.resolve("d-binary.bin"), noise);
        Files.writeString(dir.resolve("e-nested.jsonl"), "{\"id\":\"n\",\"text\":" + "[".repeat(200_000) + "\n");
        Files.writeString(dir.resolve("f-huge-line.jsonl"), "{\"id\":\"h\",\"text\":\"" + "Russia met China. ".repeat(
                700_000) + "\"}\n");
        Files.writeString(dir.resolve("g-entities.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&c;&c;&c;"
                + "</description></item></channel></rss>");
        Files.writeString(dir.resolve("h-empty.txt"), "");
        Files.write(dir.resolve("i-truncated.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1});
        Files.writeString(dir.resolve("z-good.txt"), "France and Germany agreed to expand rail links on Monday, "
                + "the French transport ministry said.");
        Run r = entente("ingest", "--db", tmp.resolve("db").toString(), "--json", dir.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode s = Json.MAPPER.readTree(r.out());
        assertEquals(2, s.get("stored").asLong(), "both good articles stored: " + r.out() + r.err());
        for (String named : List.of("b-short-lines-8m.txt", "c-bomb.txt.gz", "d-binary.bin", "e-nested.jsonl",
                "f-huge-line.jsonl", "h-empty.txt", "i-truncated.warc.gz")) {
            assertTrue(r.err().contains(named), named + " is named: " + r.err());
        }
        noJavaInternals(r.err());
    }

    @Test
    void relationsWithThreeCodesIsAUsageErrorNotTheTopPairs() throws Exception {
        Run r = entente("relations", "--db", tmp.resolve("nodb").toString(), "RUS", "CHN", "USA");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("USA"), "the extra argument is named: " + r.err());
        assertEquals("", r.out(), "no table printed");
        noJavaInternals(r.err());
    }

    @Test
    void aStoreThatIsNotADatabaseIsOneCleanMessage() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("notastore"));
        Files.writeString(db.resolve("entente.duckdb"), "this is not a database file\n".repeat(100));
        Run r = entente("relations", "--db", db.toString(), "--json");
        assertTrue(r.code() == 1 || r.code() == 2, r.err());
        assertTrue(r.err().startsWith("entente relations: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        noJavaInternals(r.err());
    }
}
