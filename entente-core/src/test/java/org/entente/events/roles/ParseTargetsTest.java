package org.entente.events.roles;

import org.entente.events.roles.ParseRoles;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles read from the dependency parse as the coder runs by default (no {@code entente.parser} property set): targets
 * that the pattern's slot and the word-order search miss (ParseTargets), an act named as the object, and a subject
 * described by an apposition. Every sentence is written for these tests; each fails with the parser off.
 */
class ParseTargetsTest {
    @BeforeEach
    void defaultSettings() {
        System.clearProperty("entente.parser");
    }

    @Test
    void theParserIsOnByDefault() {
        assertEquals(true, ParseRoles.enabled());
    }

    @Test
    void theActorOfANounPhraseObjectIsTheTarget() {
        // too far for the pattern's slot: the object's "of" phrase names whose government it is
        assertEquals("CHL>PER:057 PER>CHL:057", triples(code("Chile signed an agreement with the newly elected and "
                + "widely popular government of Peru.", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void theOwnerInsideAnObjectPhraseIsTheTarget() {
        // "the mayor of Peru's capital": the owner of the noun inside the object phrase
        assertEquals("CHL>PER:057 PER>CHL:057", triples(code("Chile signed an agreement with the new and widely "
                + "respected mayor of Peru's capital.", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void aRecipientDescribedByAnAppositionIsTheTarget() {
        // the recipient's name is no known actor; the apposition after it says whose leader he is
        assertEquals("CHL>PEROPP:057 PEROPP>CHL:057", triples(code("Chile signed an agreement with Juan Soto, a "
                + "senior leader of the Peruvian opposition.", "Chile", "CHL", "Peruvian opposition", "PEROPP")));
    }

    @Test
    void theNounAPassiveParticipleModifiesIsWhatWasDoneTo() {
        // "soldiers attacked by X": the soldiers are the target, X the doer
        assertEquals("PERMIL>CHLMIL:190", triples(code("Mourners gathered for the twelve Chilean soldiers attacked "
                + "by Peruvian troops.", "Chilean soldiers", "CHLMIL", "Peruvian troops", "PERMIL")));
    }

    @Test
    void anActNamedAsTheObjectIsNotAimedAtTheOwnerOfItsTarget() {
        // what was criticized is the bombing, by whoever did it, not the owner of the embassy
        assertEquals("PER>null:111", triples(code("Peru criticized the bombing of Chile's embassy.",
                "Peru", "PER", "Chile", "CHL")));
    }

    @Test
    void anActorInsideTheSubjectsAppositionIsNotTheDoer() {
        // "a close ally of Chile" describes the minister; the minister criticized Peru
        assertEquals("BOLGOV>PER:111", triples(code("The Bolivian minister, a close ally of Chile, criticized Peru.",
                "Bolivian minister", "BOLGOV", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void theDoerOfAnActNamedAsTheObjectIsTheTarget() {
        // the object phrase is too long for the pattern's slot; what was criticized is the crackdown, whose doer
        // the "by" phrase names
        assertEquals("BOL>PERMIL:111", triples(code("Bolivia on Monday sharply criticized the long and very costly "
                + "crackdown by Peruvian troops.", "Bolivia", "BOL", "Peruvian troops", "PERMIL")));
    }

    @Test
    void anActDrawnFromADoerIsAimedAtTheOneWhoDrewIt() {
        // "X drew criticism from Y": Y criticized X, not the other way round
        assertEquals("PER>CHL:111", triples(code("Chile drew sharp criticism from Peru on Monday.",
                "Chile", "CHL", "Peru", "PER")));
        // with no "from" phrase the act stays the subject's: nothing is drawn from anyone named
        assertEquals("CHL>PER:111", triples(code("Chile voiced sharp criticism of Peru on Monday.",
                "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void peopleAnArrestIsDoneToWhomNoActorNamesAreThePlacesCivilians() {
        // active and passive: the unnamed people arrested are of the doer's country when nothing else places the act
        assertEquals("CHLCOP>CHLCVL:173", triples(code("Chilean police arrested five smugglers on Tuesday.",
                "Chilean police", "CHLCOP")));
        assertEquals("CHLCOP>CHLCVL:173", triples(code("The smugglers were arrested by Chilean police.",
                "Chilean police", "CHLCOP")));
        // the place the act happens in decides over the doer's country
        assertEquals("CHLMIL>BOLCVL:173", triples(code("Chilean troops arrested three smugglers in Bolivia.",
                "Chilean troops", "CHLMIL", "Bolivia", "BOL")));
        // someone's own people are not guessed
        assertEquals("CHLCOP>null:173", triples(code("Chilean police arrested their drivers on Tuesday.",
                "Chilean police", "CHLCOP")));
    }
}
