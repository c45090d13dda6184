package org.entente.events;

import org.entente.events.model.EventMention;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Passive clauses: whose act, done to whom, with what; all sentences are written for these tests. */
class PassiveTest {
    @Test
    void thePassiveSubjectsOwnerIsTheTargetAndAnArmedGroupAgentTheDoer() {
        // the subject is a thing; the actor in its noun phrase is the one acted upon
        assertEquals("PERMIL>CHLBUS:1823", triples(code("A Chilean Airways jet was shot down by Peruvian troops.",
                "Chilean Airways", "CHLBUS", "Peruvian troops", "PERMIL")));
        // "by guerrillas": an armed group of no named country is the doer, as it would be as the subject
        assertEquals("---REB>CHLBUS:1823", triples(code("A Chilean Airways jet was shot down by guerrillas.",
                "Chilean Airways", "CHLBUS", "guerrillas", "---REB")));
        // a role word that is no armed group is no doer of its own
        assertEquals("", triples(code("A Chilean Airways jet was shot down by officials.",
                "Chilean Airways", "CHLBUS", "officials", "---GOV")));
    }

    @Test
    void aPatternsObjectNounMatchesThePassiveSubject() {
        // "blow up * bus" in the passive: the bus is the subject, its owner the target
        assertEquals("PERREB>CHL:183", triples(code("A Chilean bus was blown up by Peruvian militants.",
                "Chilean", "CHL", "Peruvian militants", "PERREB")));
        // the same in a reduced relative, with a target
        assertEquals("PERREB>CHL:183", triples(code("Police found a Chilean bus blown up by Peruvian militants.",
                "Chilean", "CHL", "Peruvian militants", "PERREB")));
        // a reduced relative without anyone it was done to only describes the thing
        assertEquals("", triples(code("Police found the wreck of a bus blown up by Peruvian militants.",
                "Peruvian militants", "PERREB")));
    }

    @Test
    void theByPhraseIsNotThePassiveVerbsObject() {
        // "attack * protester" must not read "by Bolivian protesters" as the object: they are the attackers
        assertEquals("BOLOPP>CHLGOV:190", triples(code("The Chilean consulate was attacked by Bolivian protesters.",
                "Chilean consulate", "CHLGOV", "Bolivian protesters", "BOLOPP")));
    }

    @Test
    void aWeaponInTheByPhraseHandsTheActToWhoeverUsedIt() {
        // the missile is the instrument; the doer is the agent of "fired", and firing it was aimed at the jet's owner
        assertEquals("PERREB>CHLBUS:194", triples(code(
                "A Chilean Airways jet was blown up over the Andes by a missile fired by Peruvian militants.",
                "Chilean Airways", "CHLBUS", "Peruvian militants", "PERREB")));
        assertEquals("---REB>CHLBUS:194", triples(code(
                "A Chilean Airways jet was blown up by a heat-seeking missile thought to have been fired by"
                        + " guerrillas.",
                "Chilean Airways", "CHLBUS", "guerrillas", "---REB")));
    }

    @Test
    void aWeaponWithoutANamedUserIsStillAnActAgainstTheTarget() {
        List<EventMention> events = code("A Chilean Airways jet was shot down by a missile.",
                "Chilean Airways", "CHLBUS");
        assertEquals("null>CHLBUS:1823", triples(events));
        assertNull(events.get(0).sourceCountry());
        assertNull(events.get(0).sourceSpan());
        // without a target there is nothing to code
        assertEquals("", triples(code("A jet was shot down by a missile.", "Chilean Airways", "CHLBUS")));
    }

    @Test
    void theMakerOfAWeaponIsNoDoer() {
        // "a Peruvian-made missile": Peru built it; who fired it the text does not say
        assertEquals("null>CHLBUS:1823", triples(code("A Chilean Airways jet was shot down by a Peruvian-made missile.",
                "Chilean Airways", "CHLBUS", "Peruvian", "PER")));
        assertEquals("PER>CHLBUS:1823", triples(code("A Chilean Airways jet was shot down by a Peruvian missile.",
                "Chilean Airways", "CHLBUS", "Peruvian", "PER")));
    }

    @Test
    void anUnnamedDoersTargetMustBeTheSubjectsOwnNounPhrase() {
        // the actor in the apposition is the plane's maker, not whose plane was hit: no event rests on it
        assertEquals("", triples(code("Andes Flight 9, another Boeing jet, was shot down by a missile.",
                "Boeing", "USABUS")));
    }

    @Test
    void aParticipleWithItsOwnAgentIsNoWordOfANominalPattern() {
        // "~ rocket fire" must not read "rockets fired by X": the firing is X's act (with no target here), and
        // Chile, the subject of another clause, did not fire them
        assertEquals("", triples(code("Chile condemned the rockets fired by Peruvian militants.",
                "Chile", "CHL", "Peruvian militants", "PERREB")));
    }

    @Test
    void aPassiveWithoutADoerLeavesTheWordsAfterItToOtherEvents() {
        // "impose * embargo" matches the passive with no agent: no event, and the noun event after it still counts
        assertEquals("CHL>CHLOPP:175", triples(code(
                "The embargo was imposed after Chile's crackdown on protesters.",
                "Chile", "CHL", "protesters", "CHLOPP")));
    }
}
