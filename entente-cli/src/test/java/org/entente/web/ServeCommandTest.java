package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entente.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands' refusals: what an analyst sees before any server starts. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void serveWithoutAStoreSaysSoAndExitsWithUsage() {
        String[] r = run("serve", "--db", dir.resolve("nothing-here").toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("no store in") && r[1].contains("entente demo"), r[1]);
        assertEquals(1, r[1].strip().lines().count(), "one line: " + r[1]);
    }

    @Test
    void demoWithoutSamplesSaysWhereItLooked() {
        String[] r = run("demo", "--samples", dir.resolve("no-samples").toString(), "--ingest-only");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("no samples at"), r[1]);
    }

    @Test
    void badPortIsAUsageError() {
        assertEquals("2", run("serve", "--port", "eighty")[0]);
    }
}
