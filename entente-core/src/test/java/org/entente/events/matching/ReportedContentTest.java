package org.entente.events.matching;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.CoderFixture;
import org.entente.events.EventCoder;
import org.entente.events.RuleEventCoder;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Reported speech coded by the shape of what it says (events/reported-content.tsv): the report verb's clausal
 * complement in the parse. Every sentence is written for these tests.
 */
class ReportedContentTest {
    private static final String[] ACTORS = {"Norway", "NOR", "Chile", "CHL", "Peru", "PER"};

    private static String coded(String text) {
        return triples(code(text, ACTORS));
    }

    @Test
    void aJudgementOfAnActorIsCriticismPraiseOrAccusation() {
        assertEquals("NOR>CHL:111", coded("Norway said Chile's new quotas were unjust."));
        assertEquals("NOR>CHL:111", coded("Norway said Chile's decision was a grave mistake."));
        assertEquals("PER>CHL:112", coded("Peru said Chile was responsible for the spill."));
        assertEquals("PER>CHL:051", coded("Peru said Chile's troops had been brave."));
        // praise denied reads as a rebuke
        assertEquals("PER>NOR:111", coded("Peru said the offer of Norway was not good enough."));
    }

    @Test
    void anObligationLaidOnAnotherActorIsADemand() {
        assertEquals("PER>CHL:100", coded("Peru said Chile must hand back the fishing boats."));
        assertEquals("PER>CHL:100", coded("Peru insisted that Chile had to hand back the fishing boats."));
    }

    @Test
    void theSpeakersOwnActOnAConditionIsAThreat() {
        List<EventMention> e = code("Norway said it would retaliate if Chile closed the strait.", ACTORS);
        assertEquals("NOR>CHL:130", triples(e));
        assertTrue(e.get(0).pattern().contains("reported-content.tsv"), e.get(0).pattern());
    }

    @Test
    void statementsAboutNoActorOrNotMadeCodeNothing() {
        assertEquals("", coded("Norway said growth should slow next year."));
        assertEquals("", coded("Norway said the weather in Chile was terrible."));
        assertEquals("", coded("Norway did not say Chile's decision was a grave mistake."));
        assertEquals("", coded("Norway might say Chile's decision was a grave mistake."));
        // the speaker judging itself is no event between two actors
        assertEquals("", coded("Norway said Norway had been wrong."));
        // a clause that reports another's statement: that speaker's judgement, not the first speaker's
        assertEquals("PER>CHL:112", coded("Norway said Peru claimed Chile was responsible."));
        // the speaker's own act with no condition and no negation is left to the intent rules
        assertEquals("", coded("Norway said it would retaliate."));
        // a guess, a forecast of need, an absent obligation and an unfinished act are no judgement or demand
        assertEquals("", coded("Norway said Chile's plan could be illegal."));
        assertEquals("", coded("Norway said Chile would need to borrow more."));
        assertEquals("", coded("Norway said Chile did not have to borrow more."));
        assertEquals("", coded("Norway said Chile had yet to borrow more."));
        assertEquals("", coded("Norway said Chile must have known."));
        // a pronoun subject names no one the statement judges
        assertEquals("", coded("Norway said they were wrong to close the strait to Chile."));
    }

    @Test
    void theSpeakersOwnActRefused() {
        assertEquals("PER>CHL:120", coded("Peru said it would not recognise the vote in Chile."));
        // a country's refusal aimed at its own government is no dyad
        assertEquals("", triples(code("Peru said it would not recognise the Peruvian government.", "Peru", "PER",
                "Peruvian government", "PERGOV")));
        // a refusal denied is no refusal
        assertEquals("", coded("Peru said it would not oppose the sale of the mine to Chile."));
    }

    /** The coder without the learned rules (as CoderFixture) and without {@code off}. */
    private static String codedWithout(String text, Set<String> off) {
        Set<String> rules = new java.util.HashSet<>(Set.of("learned-filter", "learned-proposal", "learned-reroot"));
        rules.addAll(off);
        EventCoder coder = new RuleEventCoder(((RuleEventCoder) CoderFixture.CODER).patterns(),
                CameoTable.standard(), rules);
        var analyzed = TextAnalyzer.shared().analyze(new Article("t", "test", null, null, null,
                LocalDate.of(2024, 1, 1), null, "en", text, Map.of()));
        return triples(coder.code(analyzed, CoderFixture.mentions(analyzed, Map.of("Norway", "NOR", "Chile", "CHL"))));
    }

    @Test
    void theRuleIsANamedStepOfTheChainThatCanBeSwitchedOff() {
        String text = "Norway said Chile's new quotas were unjust.";
        assertEquals("NOR>CHL:111", codedWithout(text, Set.of()));
        assertEquals("", codedWithout(text, Set.of(CandidateFinder.REPORTED_CONTENT)));
        assertTrue(org.entente.events.rules.RuleChain.switchable().contains(CandidateFinder.REPORTED_CONTENT));
    }
}
