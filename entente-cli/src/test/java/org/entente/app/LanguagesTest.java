package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles in languages the coder does not read are stored, counted and named, never coded as eventless English,
 * and Spanish ones are coded natively: the mixed folder samples-multilingual/ (three Spanish articles, French,
 * Russian and German news written for Entente, and one English article) through the real ingest and code commands.
 */
class LanguagesTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one in-process command. */
    private static synchronized String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            String out = Cli.run(args);
            return new String[] {out.substring(0, out.indexOf('\n')), out.substring(out.indexOf('\n') + 1),
                buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void ingestNamesEachSkippedArticleAndItsLanguage() throws Exception {
        String[] r = run("ingest", "--db", dir.resolve("db").toString(), "--json", "samples-multilingual");
        assertEquals("0", r[0], r[2]);
        JsonNode summary = new ObjectMapper().readTree(r[1]);
        assertEquals(7, summary.path("stored").asInt());
        assertEquals(3, summary.path("not_coded").asInt());
        Map<String, String> named = new TreeMap<>();
        summary.path("not_coded_articles").forEach(a -> named.put(a.path("article").asText(), a.path("language").asText()));
        assertEquals(Map.of("2024-05-03-paris-berlin-sommet-fr.txt", "fr",
                "2024-05-04-moskva-peking-vizit-ru.txt", "ru", "2024-05-05-berlin-warschau-grenze-de.txt", "de"), named);
        assertTrue(summary.path("event_mentions").asInt() > 0, "the English and Spanish articles are coded");
        // stderr: one line per article as it is stored, and the closing summary naming each with its language
        assertTrue(r[2].contains("2024-05-04-moskva-peking-vizit-ru.txt: stored, not coded: written in Russian (ru)"),
                r[2]);
        assertTrue(r[2].contains("3 articles stored but not coded"), r[2]);
        for (Map.Entry<String, String> e : named.entrySet()) {
            assertTrue(r[2].contains("  " + e.getKey() + "\t" + e.getValue()), r[2]);
        }
        assertFalse(r[2].contains("ankara-athens"), "the English article is not listed: " + r[2]);
        assertFalse(r[2].contains("madrid-rabat"), "the Spanish article is coded, not listed: " + r[2]);
    }

    /** {@code code} writes to the process's stdout itself: run it as a child JVM. Exit code, stdout, stderr. */
    private static String[] child(String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(java.util.List.of(args));
        Path err = Files.createTempFile("entente-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            return new String[] {Integer.toString(code), out, Files.readString(err)};
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void codeSaysWhatItDoesNotReadAndAddsLanguageAndTone() throws Exception {
        String[] fr = child("code", "samples-multilingual/2024-05-03-paris-berlin-sommet-fr.txt");
        assertEquals("0", fr[0]);
        assertEquals("", fr[1], "no event is made up from a French text");
        assertTrue(fr[2].contains("not coded: written in French (fr)"), fr[2]);
        String[] es = child("code", "samples-multilingual/2024-05-08-kiev-varsovia-ayuda-es.txt");
        assertEquals("0", es[0], es[2]);
        List<JsonNode> spanish = new java.util.ArrayList<>();
        for (String line : es[1].split("\n")) {
            spanish.add(new ObjectMapper().readTree(line));
        }
        assertTrue(spanish.stream().allMatch(o -> o.path("language").asText().equals("es")), es[1]);
        // "Rusia condenó el acuerdo y amenazó a Polonia con una respuesta militar."
        assertTrue(spanish.stream().anyMatch(o -> o.path("source").asText().equals("RUS")
                && o.path("target").asText().equals("POL") && o.path("root").asText().equals("13")), es[1]);
        // "Si Moscú ataca territorio polaco, ...": a conditional attack is hypothetical
        assertTrue(spanish.stream().anyMatch(o -> o.path("root").asText().equals("19")
                && o.path("modality").asText().equals("hypothetical")), es[1]);
        String[] en = child("code", "samples-multilingual/2024-05-06-ankara-athens-talks-en.txt");
        JsonNode first = new ObjectMapper().readTree(en[1].lines().findFirst().orElseThrow());
        assertEquals("en", first.path("language").asText());
        assertTrue(first.has("tone") && first.has("doc_tone"), first.toString());
        for (String k : new String[] {"article", "date", "source", "target", "code", "modality", "evidence"}) {
            assertTrue(first.has(k), "contract field " + k + " kept");
        }
    }
}
