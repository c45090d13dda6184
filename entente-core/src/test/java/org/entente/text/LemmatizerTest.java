package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
    @Test
    void everyFormOnTheCheckListGetsItsLemma() throws IOException {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("lemma-gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                n++;
                String got = Lemmatizer.english().lemma(f[0], f[1]);
                if (!got.equals(f[2])) {
                    wrong.add(f[0] + "/" + f[1] + " -> " + got + " (want " + f[2] + ")");
                }
            }
        }
        assertTrue(n > 100, "check list too short: " + n);
        assertEquals(List.of(), wrong);
    }

    @Test
    void baseFormsAndTagsWithoutRulesAreOnlyLowerCased() {
        assertEquals("lay", Lemmatizer.english().lemma("lay", "VBP"));
        assertEquals("lie", Lemmatizer.english().lemma("lay", "VBD"));
        assertEquals("meeting", Lemmatizer.english().lemma("Meeting", "NN"));
        assertEquals("china", Lemmatizer.english().lemma("China", "NNP"));
        assertEquals("not", Lemmatizer.english().lemma("n't", "RB"));
    }
}
