package org.entente.events.syntax;

import org.entente.events.syntax.Lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word categories of events/lexicon.tsv: exact lists, inflected lists, and the checks on reading them. */
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
}
