package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lookup tables behind the scanner: exact answers whatever the filters and hashes do. */
class VocabularyTest {
    @Test
    void everyBundledPatternWordIsFoundAndTextIsFoldedOnTheWay() {
        Vocabulary v = KnowledgeBase.bundled().trie().vocabulary();
        int found = 0;
        for (KbEntry e : KnowledgeBase.bundled().entries()) {
            for (String p : e.patterns()) {
                for (String word : WordScanner.patternWords(p)) {
                    int id = v.id(word.toCharArray(), word.length());
                    assertTrue(id >= 0, word);
                    // the same word as it might stand in text, upper case, inside a longer array (where upper case
                    // folds back to the word: not for "sanlıurfa", whose dotless i capitalises to a plain I)
                    String upper = word.toUpperCase(java.util.Locale.ROOT);
                    String shown = WordScanner.fold(upper).equals(word) ? upper : word;
                    char[] text = ("(" + shown + ")").toCharArray();
                    assertEquals(id, v.idOfText(text, 1, word.length(), Vocabulary.hash(word.toCharArray(),
                            word.length())), word);
                    found++;
                }
            }
        }
        assertTrue(found > 10_000, "patterns seen: " + found);
    }

    @Test
    void wordsAddedGetStableIdsAndOthersAreAbsent() {
        Vocabulary v = new Vocabulary();
        for (int i = 0; i < 20_000; i++) { // past several rehashes, and many times what one filter block holds
            assertEquals(i, v.add("w" + i));
        }
        assertEquals(7, v.add("w7"));
        for (int i = 0; i < 20_000; i++) {
            char[] w = ("w" + i).toCharArray();
            assertEquals(i, v.id(w, w.length));
            char[] other = ("x" + i).toCharArray();
            assertEquals(-1, v.id(other, other.length));
        }
        char[] cote = "Côte".toCharArray();
        v.add("cote");
        assertEquals(v.id("cote".toCharArray(), 4), v.idOfText(cote, 0, 4, Vocabulary.hash("cote".toCharArray(), 4)));
    }

    @Test
    void scannerGivesPatternWordsTheirIds() {
        PatternTrie trie = KnowledgeBase.bundled().trie();
        WordScanner.Words w = new WordScanner.Words();
        String text = "Xqzv told the Côte d'Ivoire delegation, Russia's envoy said.";
        WordScanner.scan(text, 0, text.length(), w, trie.vocabulary());
        List<String> known = new java.util.ArrayList<>();
        for (int k = 0; k < w.size; k++) {
            if (w.id[k] >= 0) {
                known.add(w.norm(k));
            }
        }
        assertTrue(known.containsAll(List.of("cote", "d", "ivoire", "russia")), known.toString());
        assertTrue(!known.contains("xqzv"), known.toString());
        assertEquals("Côte", text.substring(w.start[3], w.end[3]));
        assertTrue(w.breakBefore(7) && !w.breakBefore(6), "the comma breaks, the apostrophe does not");
    }
}
