package org.entente.events.roles;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whose the object is (rule object-phrase-doer, {@link ObjectPhrases}) and coordinated subjects of a mutual intent
 * (rule compound-pairs, trait mutual_compound of 036). Every sentence is written for these tests, one per
 * construction; each fails on the coder before the rule.
 */
class ObjectPhrasesTest {
    @BeforeEach
    void defaultSettings() {
        System.clearProperty("entente.parser");
    }

    @Test
    void aNounPhraseObjectsAgentIsTheTarget() {
        // what was criticized is the training, done by the experts, not the recruits it was given to
        assertEquals("BOL>PER:111", triples(code("Bolivia criticized the training of Chilean police recruits by "
                + "Peruvian experts.", "Bolivia", "BOL", "Chilean police", "CHLCOP", "Peruvian experts", "PER")));
    }

    @Test
    void aPassiveParticipleWithAnAgentSaysWhoseTheObjectIs() {
        // "a camp run by X": the camp is X's; the attack is on X
        assertEquals("BOL>PERREB:190", triples(code("Bolivia attacked a remote camp run by Peruvian rebels.",
                "Bolivia", "BOL", "Peruvian rebels", "PERREB")));
    }

    @Test
    void coordinatedAgentsAreEachATarget() {
        // the agreement both signed: each signer is criticized
        assertEquals("BOL>PER:111 BOL>CHL:111", triples(code("Bolivia criticized the border agreement signed by Peru "
                + "and Chile.", "Bolivia", "BOL", "Peru", "PER", "Chile", "CHL")));
    }

    @Test
    void aRelativeClauseSaysWhomTheObjectRepresents() {
        // the man names no country; the clause describing him does
        assertEquals("BOL>PER:111", triples(code("Bolivia criticized the man, who represents Peru at the talks.",
                "Bolivia", "BOL", "Peru", "PER")));
    }

    @Test
    void anAppositionDescribingTheObjectSaysWhoseItIs() {
        // "the plan, a proposal drafted by X": the apposition tells whose plan was criticized
        assertEquals("BOL>PER:111", triples(code("Bolivia criticized the plan, a proposal drafted by Peru.",
                "Bolivia", "BOL", "Peru", "PER")));
    }

    @Test
    void whatTheObjectCarriesIsTheTarget() {
        // the convoy is attacked for the troops it carries
        assertEquals("BOL>PERMIL:190", triples(code("Bolivia attacked a convoy carrying Peruvian troops.",
                "Bolivia", "BOL", "Peruvian troops", "PERMIL")));
    }

    @Test
    void whoWantsAPersonIsNotWhomTheArrestIsAimedAt() {
        // "wanted by X" says what X wants done to the man, not whose he is
        String coded = triples(code("Bolivian police arrested a man wanted by Peruvian authorities.",
                "Bolivian police", "BOLCOP", "Peruvian authorities", "PERGOV"));
        assertFalse(coded.contains(">PERGOV"), coded);
    }

    @Test
    void coordinatedSubjectsAgreeingToTalksMeanEachOther() {
        // an intent to meet between the two sides of a compound subject, not two intents with no one to meet
        assertEquals("PER>CHL:036 CHL>PER:036", triples(code("Peru and Chile agreed to direct talks.",
                "Peru", "PER", "Chile", "CHL")));
    }
}
