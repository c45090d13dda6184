package org.entente.events.syntax;

import static org.entente.events.BundledPatternsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Event nouns that name a topic, not an act ({@link TopicNouns}), and the pattern lines added with them from the
 * precision audit (bare "asylum", "attack" a plan, "refused to answer questions"). Bundled dictionary; sentences
 * written for these tests.
 */
class TopicNounsTest {
    @Test
    void aStanceOnAnActIsNotTheAct() {
        assertEquals("", code("The Chilean party opposes house arrests for journalists.",
                "Chilean party", "CHLPTY", "journalists", "CHLMED"));
        assertEquals("CHLOPP>null:111", code("The Chilean opposition condemned the bombing of the market.",
                "Chilean opposition", "CHLOPP"));
    }

    @Test
    void whoFacesOrRisksAnActUndergoesIt() {
        assertEquals("", code("Two Chilean firms are facing lawsuits over the mine.", "Chilean firms", "CHLBUS"));
        // a named owner is the doer
        assertEquals("PER>null:115", code("Two Chilean firms are facing Peruvian lawsuits over the mine.",
                "Chilean firms", "CHLBUS", "Peruvian", "PER"));
        assertEquals("", code("The Kenyan exiles risk arrest if they return.", "Kenyan exiles", "KENOPP"));
        assertEquals("", code("Kenyan voters changed their views in the wake of the bombings.",
                "Kenyan voters", "KENCVL"));
        // quotes around the stance do not hide it
        assertEquals("", code("The Kenyan policy \"condemns and prohibits\" torture.", "Kenyan", "KEN"));
    }

    @Test
    void goingBackOnAPledgeIsNoPledge() {
        assertEquals("", code("The Kenyan president went back on his pledge to cut fuel taxes.",
                "Kenyan president", "KENGOV"));
        assertEquals("", code("The Kenyan president backed out of a pledge to cut fuel taxes.",
                "Kenyan president", "KENGOV"));
    }

    @Test
    void aNounPhraseThatIsItsOwnSubjectIsNotTheSayersAct() {
        assertEquals("", code("Chilean senators say his pledges are empty.", "Chilean senators", "CHLLEG"));
    }

    @Test
    void causeAdjunctsAndRestrictedThingsAreNoActs() {
        assertEquals("", code("Norway tightened its border rules in response to the attacks in Sweden.",
                "Norway", "NOR", "Sweden", "SWE"));
        assertEquals("", code("The Chilean embargo on arms exports to Peru was lifted.",
                "Chilean", "CHL", "Peru", "PER"));
    }

    @Test
    void anEventNounModifyingATopicHeadIsNoAct() {
        assertEquals("", code("The Peruvian government will publish the detention rules next week.",
                "Peruvian government", "PERGOV"));
    }

    @Test
    void announcedAndLaunchedActsStay() {
        assertEquals("NOR>KEN:036", code("Norway announced a visit to Kenya.", "Norway", "NOR", "Kenya", "KEN"));
        assertEquals("KENREB>UGA:190", code("Kenyan rebels launched an attack on the Ugandan town.",
                "Kenyan rebels", "KENREB", "Ugandan", "UGA"));
        assertEquals("CHL>PER:040", code("Chile said talks with Peru were useful.", "Chile", "CHL", "Peru", "PER"));
        // a possessive owner names whose act it is, whatever the verb
        assertEquals("UGA>KEN:190", code("The Kenyan minister recalled Uganda's attack on Kenya.",
                "Kenyan minister", "KENGOV", "Uganda", "UGA", "Kenya", "KEN"));
    }

    @Test
    void asylumAloneIsAPolicyFieldAGrantNamesItsRecipientOrGiver() {
        assertEquals("", code("The Norwegian asylum system is slow, the minister said.", "Norwegian", "NOR"));
        assertEquals("", code("Norway tightened its rules on immigration and asylum.", "Norway", "NOR"));
        assertEquals("UGA>KENOPP:075", code("Uganda granted asylum to the Kenyan dissident.",
                "Uganda", "UGA", "Kenyan dissident", "KENOPP"));
    }

    @Test
    void tradingWithoutAPartnerIsMarketTalk() {
        assertEquals("", code("Chilean copper traded flat in Lima on Monday.", "Chilean", "CHL"));
        assertEquals("", code("The Chilean trade deficit widened in May.", "Chilean", "CHL"));
        assertEquals("CHL>PER:061,PER>CHL:061", code("Chile trades with Peru.", "Chile", "CHL", "Peru", "PER"));
    }

    @Test
    void attackingAPlanIsCriticismAttackingPositionsIsForce() {
        assertEquals("PERGOV>CHL:111", code("The Peruvian foreign minister attacked the Chilean plan for the border.",
                "Peruvian foreign minister", "PERGOV", "Chilean", "CHL"));
        assertEquals("PERMIL>CHL:190", code("Peruvian troops attacked Chilean positions.",
                "Peruvian troops", "PERMIL", "Chilean", "CHL"));
        assertEquals("CHLLEG>PER:111", code("The Chilean senator opened the debate with an attack on Peru's record.",
                "Chilean senator", "CHLLEG", "Peru", "PER"));
        assertEquals("PERMIL>CHL:190", code("Peruvian troops launched an attack on Chilean positions.",
                "Peruvian troops", "PERMIL", "Chilean", "CHL"));
    }

    @Test
    void refusingToAnswerQuestionsDeclinesComment() {
        assertEquals("KENGOV>null:011", code("The Kenyan minister refused to answer questions about the deal.",
                "Kenyan minister", "KENGOV"));
        assertEquals("KENGOV>null:011", code("The Kenyan minister refused to be pinned down on a date.",
                "Kenyan minister", "KENGOV"));
        assertEquals("KENGOV>UGA:125", code("The Kenyan minister refused a Ugandan offer of talks.",
                "Kenyan minister", "KENGOV", "Ugandan", "UGA"));
    }
}
