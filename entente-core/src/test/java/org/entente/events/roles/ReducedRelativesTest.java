package org.entente.events.roles;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.events.syntax.Voice;
import org.entente.text.parse.DependencyParse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A past participle the parse hangs on a noun is passive (rule reduced-relative, {@link ReducedRelatives}; the
 * complement's end in {@link org.entente.events.matching.RetoldActs}). Sentences written for these tests; the first
 * three fail on the coder before the rule; the last checks the guard against a misparse on a hand-built parse.
 */
class ReducedRelativesTest {
    @BeforeEach
    void defaultSettings() {
        System.clearProperty("entente.parser");
    }

    @Test
    void theNounAParticipleDescribesIsActedUponByItsAgent() {
        // the rebels were detained by the police, not the other way round, although the agent comes after a time
        assertEquals("BOLCOP>PERREB:173", triples(code("The Peruvian rebels arrested on Monday by Bolivian police "
                + "were freed.", "Peruvian rebels", "PERREB", "Bolivian police", "BOLCOP")));
    }

    @Test
    void aParticipleWithoutAgentNamesNoDoer() {
        // who detained the rebels the sentence does not say: no arrest by them, and no charge derived from it
        assertEquals("", triples(code("Bolivia said the Peruvian rebels arrested on Monday would be tried.",
                "Bolivia", "BOL", "Peruvian rebels", "PERREB")));
    }

    @Test
    void whatAParticipleSaysEndsWithItsPhrase() {
        // the meeting is the sentence's own act, not part of what the officials are accused of
        assertEquals("KENGOV>TZAGOV:040", triples(code("Kenyan officials accused of corruption met Tanzanian "
                + "ministers on Monday.", "Kenyan officials", "KENGOV", "Tanzanian ministers", "TZAGOV")));
    }

    @Test
    void aParticipleWithNoFiniteVerbAboveItIsAMisparse() {
        // "the consul here called on X to be open": the parser once hung the main verb on the noun, with only an
        // infinitive above it; "officials accused of fraud met X" has the finite "met" above the noun
        String[] misparsed = {"consul", "here", "called", "on", "x", "to", "be", "open"};
        DependencyParse bad = new DependencyParse(new int[] {6, 2, 0, 2, 3, 6, -1, 6},
                new String[] {"nsubj", "advmod", "acl", "prep", "pobj", "aux", "root", "acomp"}, misparsed,
                new String[] {"NN", "RB", "VBN", "IN", "NNP", "TO", "VB", "JJ"});
        assertFalse(Voice.describesNoun(bad, 2));
        String[] reduced = {"officials", "accused", "of", "fraud", "met", "x"};
        DependencyParse good = new DependencyParse(new int[] {4, 0, 1, 2, -1, 4},
                new String[] {"nsubj", "acl", "prep", "pobj", "root", "dobj"}, reduced,
                new String[] {"NNS", "VBN", "IN", "NN", "VBD", "NNP"});
        assertTrue(Voice.describesNoun(good, 1));
    }
}
