package org.entente.events.rules;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A crowd's violence is rioting (145); a clash is done by both sides. Sentences written for these tests. */
class RiotingTest {
    @Test
    void aCrowdWreckingOrSeizingPropertyRiots() {
        assertEquals("BOLOPP>PER:145", triples(code("The Peruvian town hall was razed by Bolivian rioters.",
                "Peruvian", "PER", "Bolivian rioters", "BOLOPP")));
        assertEquals("CHLCVL>ARG:145", triples(code("A Chilean mob seized Argentina's consulate on Friday.",
                "Chilean mob", "CHLCVL", "Argentina", "ARG")));
    }

    @Test
    void theSameActByOthersStaysAsCoded() {
        // soldiers and an opposition party are no crowd in the street: they destroy or seize, they do not riot
        assertEquals("BOLMIL>PER:1712", triples(code("Bolivian soldiers razed Peruvian farms.",
                "Bolivian soldiers", "BOLMIL", "Peruvian", "PER")));
        assertEquals("BOLOPP>PER:171", triples(code("The Bolivian opposition seized Peru's ferry.",
                "Bolivian opposition", "BOLOPP", "Peru", "PER")));
    }

    @Test
    void anArmedAttackByACrowdIsNotRioting() {
        assertEquals("BOLOPP>PER:194", triples(code("Bolivian rioters shelled Peru's consulate.",
                "Bolivian rioters", "BOLOPP", "Peru", "PER")));
    }

    @Test
    void aCrowdClashingWithForcesRiotsAndTheForcesRepress() {
        assertEquals("PERMIL>BOLOPP:175 BOLOPP>PERMIL:145", triples(code(
                "Peruvian troops clashed with Bolivian rioters near the border.",
                "Peruvian troops", "PERMIL", "Bolivian rioters", "BOLOPP")));
        // the pattern names the forces, so its unarmed subject is the protesting side
        assertEquals("BOLEDU>PERCOP:145 PERCOP>BOLEDU:175", triples(code(
                "Bolivian students clashed with Peruvian police in Puno.",
                "Bolivian students", "BOLEDU", "Peruvian police", "PERCOP")));
    }

    @Test
    void armedPartiesClashingFightBothWays() {
        // the riot pattern ("clash with ... soldiers") does not make troops protesters
        assertEquals("PERMIL>BOLMIL:190 BOLMIL>PERMIL:190", triples(code(
                "Peruvian troops clashed with Bolivian soldiers.",
                "Peruvian troops", "PERMIL", "Bolivian soldiers", "BOLMIL")));
        assertEquals("PERMIL>BOLREB:190 BOLREB>PERMIL:190", triples(code(
                "Peruvian troops and Bolivian rebels clashed on Sunday.",
                "Peruvian troops", "PERMIL", "Bolivian rebels", "BOLREB")));
        assertEquals("PERMIL>BOLREB:190 BOLREB>PERMIL:190", triples(code(
                "New clashes between Peruvian troops and Bolivian rebels were reported.",
                "Peruvian troops", "PERMIL", "Bolivian rebels", "BOLREB")));
    }

    @Test
    void civiliansFacingArmedMenRiotAndTheArmedRepress() {
        assertEquals("PERCOP>PERCVL:175 PERCVL>PERCOP:145", triples(code(
                "Peruvian police clashed with villagers of Puno.",
                "Peruvian police", "PERCOP", "villagers of Puno", "PERCVL")));
    }

    @Test
    void aClashOfStatesOrOfficesMayBeARowAndStaysOneSided() {
        // "clash" is as often a quarrel or a match between two teams: no second event without arms or a crowd
        assertEquals("PER>BOL:190", triples(code("Peru clashed with Bolivia on Sunday.", "Peru", "PER",
                "Bolivia", "BOL")));
        assertEquals("PERLEG>PERGOV:190", triples(code("The Peruvian congress clashed with the Peruvian cabinet.",
                "Peruvian congress", "PERLEG", "Peruvian cabinet", "PERGOV")));
    }

    @Test
    void aFightBetweenTwoSidesIsMutualWhenArmedMenFightIt() {
        assertEquals("PER>BOLREB:190 BOLREB>PER:190", triples(code("Peru attacked Bolivian rebels, and the war "
                + "between Peru and Bolivian rebels went on.", "Peru", "PER", "Bolivian rebels", "BOLREB")));
        // two states: a "war between" them may be one of tariffs; the text's direction only
        assertEquals("PER>BOL:190", triples(code("The tariff war between Peru and Bolivia went on.",
                "Peru", "PER", "Bolivia", "BOL")));
    }

    @Test
    void anAttackStaysOneSided() {
        assertEquals("PER>BOL:190", triples(code("Peru attacked Bolivia on Sunday.", "Peru", "PER",
                "Bolivia", "BOL")));
    }
}
