package org.entente.events.syntax;

import org.entente.events.syntax.Lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word categories of events/lexicon.tsv and es/lexicon.tsv: exact lists, inflected lists, the checks on reading
 * them, and that neither file holds a category no class reads or a word twice in one category.
 */
class LexiconTest {
    @Test
    void exactCategoriesHoldTheirWordsAsWritten() {
        assertEquals(Set.of("is", "are", "was", "were", "be", "been"), Lexicon.words("auxiliaries.be"));
    }

    @Test
    void baseFormCategoriesHoldEveryInflection() {
        Set<String> clash = Lexicon.forms("rioting.clash");
        assertTrue(clash.containsAll(Set.of("clash", "clashed", "clashes", "clashing", "skirmished")), clash.toString());
    }

    @Test
    void aCategoryIsReadTheWayTheFileDeclaresIt() {
        IllegalStateException wrongWay = assertThrows(IllegalStateException.class, () -> Lexicon.words("rioting.clash"));
        assertTrue(wrongWay.getMessage().contains("rioting.clash"), wrongWay.getMessage());
        assertThrows(IllegalStateException.class, () -> Lexicon.forms("auxiliaries.be"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Lexicon.words("no.such"));
        assertTrue(missing.getMessage().contains("no.such"), missing.getMessage());
    }

    @Test
    void spanishCategoriesAreExactWordsOfTheirOwnFile() {
        assertTrue(Lexicon.spanish("roles.target-marks").contains("contra"));
        assertThrows(IllegalStateException.class, () -> Lexicon.spanish("auxiliaries.be"));
        assertThrows(IllegalStateException.class, () -> Lexicon.words("roles.target-marks"));
    }

    private static final java.util.regex.Pattern ASKED = java.util.regex.Pattern.compile(
            "Lexicon\\.(words|forms|ordered|spanish)\\(\\s*\"([^\"]+)\"");

    /** The categories the main sources ask for, as {@code english:category} or {@code spanish:category}. */
    private static Set<String> asked() throws IOException {
        Set<String> out = new TreeSet<>();
        // the tests run from the repository's root (pom.xml, surefire workingDirectory): every module's sources
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java")
                    && x.toString().contains("/src/main/java/"))::iterator) {
                Matcher m = ASKED.matcher(Files.readString(f));
                while (m.find()) {
                    out.add((m.group(1).equals("spanish") ? "spanish:" : "english:") + m.group(2));
                }
            }
        }
        return out;
    }

    /** category -> its words in file order (repeats kept), read from the resource as the loader reads it. */
    private static Map<String, List<String>> file(String resource) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (InputStream in = LexiconTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
        }
        return out;
    }

    @Test
    void everyCategoryIsReadBySomeClassAndEveryOneAskedForExists() throws IOException {
        Set<String> inFiles = new TreeSet<>();
        file("/events/lexicon.tsv").keySet().forEach(c -> inFiles.add("english:" + c));
        file("/es/lexicon.tsv").keySet().forEach(c -> inFiles.add("spanish:" + c));
        Set<String> asked = asked();
        Set<String> dead = new TreeSet<>(inFiles);
        dead.removeAll(asked);
        assertEquals(Set.of(), dead, "categories no class reads (Lexicon.words/forms/ordered/spanish with the name)");
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(inFiles);
        assertEquals(Set.of(), missing, "categories asked for that the files do not have");
    }

    @Test
    void noCategoryHoldsAWordTwice() throws IOException {
        for (String resource : List.of("/events/lexicon.tsv", "/es/lexicon.tsv")) {
            Set<String> twice = new TreeSet<>();
            file(resource).forEach((category, words) -> {
                Set<String> seen = new HashSet<>();
                for (String w : words) {
                    if (!seen.add(w)) {
                        twice.add(category + " " + w);
                    }
                }
            });
            assertEquals(Set.of(), twice, resource);
        }
    }
}
