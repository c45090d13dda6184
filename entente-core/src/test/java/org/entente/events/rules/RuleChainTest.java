package org.entente.events.rules;

import org.entente.events.CoderFixture;
import org.entente.events.EventCoder;
import org.entente.events.RuleEventCoder;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.model.DerivedEvents;
import org.entente.events.model.EventMention;
import org.entente.events.rules.CodingRule;
import org.entente.events.rules.CodingRules;
import org.entente.events.rules.RuleChain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coder's rule chain: its declared order, its checks, provenance, and switching a rule off. */
class RuleChainTest {
    @Test
    void theOrderIsTheDeclaredOne() {
        // an engineer reads the order in events/rules.tsv; moving a rule is a change this test makes visible
        assertEquals(List.of("learned-proposal", "reported-content", "word-sense", "retold-act", "note-told", "motive", "drawn-act", "reduced-relative", "pronoun-source", "crowd-source", "place-doer",
                "needs-source", "non-political-doer",
                "troop-deployment", "carry-source", "detect-modality", "wished-act", "date", "future-date",
                "stated-intent", "stated-refusal", "clash-sides", "compound-pairs", "object-phrase-doer", "object-targets", "locate",
                "people-object", "visit-host", "country-people", "reporter", "protest-target", "business-only", "mutual-codes", "crowd-riot", "pair", "sport-teams", "emit",
                "reported-charge", "subsumed-retelling", "repeated-accusation", "learned-filter",
                "learned-reroot"),
                RuleChain.declared().stream().map(RuleChain.Entry::name).toList());
        // steps compute what rules read and cannot be switched off
        assertTrue(RuleChain.switchable().contains("mutual-codes"));
        assertTrue(!RuleChain.switchable().contains("emit") && !RuleChain.switchable().contains("pair"));
    }

    @Test
    void everyImplementationIsDeclaredAndEveryDeclarationImplemented() {
        Map<String, CodingRule> impls = new CodingRules(CameoTable.standard(),
                new org.entente.geo.PlaceResolver(org.entente.geo.Gazetteer.standard()), null).all();
        assertEquals(RuleChain.declared().stream().map(RuleChain.Entry::name).collect(java.util.stream.Collectors.toSet()),
                impls.keySet());
        impls.remove("motive");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleChain.load(impls, Set.of()));
        assertTrue(e.getMessage().contains("motive"), e.getMessage());
    }

    @Test
    void onlyRulesCanBeSwitchedOffAndAnUnknownOneIsNamed() {
        PatternDictionary p = PatternDictionary.load(List.of(), CameoTable.standard());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new RuleEventCoder(p, CameoTable.standard(), Set.of("no-such-rule")));
        assertTrue(unknown.getMessage().contains("no-such-rule"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RuleEventCoder(p, CameoTable.standard(), Set.of("emit")));
    }

    @Test
    void eventsRecordTheRulesThatChangedThemAndAnAblatedRuleChangesNothing() {
        // "X held talks with Y": 046 in the test patterns is mutual by its CAMEO trait, so Y>X is added
        String text = "Peru held talks with Chile in Lima.";
        Map<String, String> actors = Map.of("Peru", "PER", "Chile", "CHL");
        List<EventMention> all = CoderFixture.code(text, LocalDate.of(2024, 1, 1), actors);
        assertEquals(List.of("PER>CHL:046[mutual-codes]", "CHL>PER:046[mutual-codes]"), describe(all));

        EventCoder without = new RuleEventCoder(((RuleEventCoder) CoderFixture.CODER).patterns(),
                CameoTable.standard(), Set.of("mutual-codes", "learned-filter", "learned-proposal",
                "learned-reroot")); // the hand rules alone, as CoderFixture
        var analyzed = org.entente.text.TextAnalyzer.shared().analyze(new org.entente.ingest.Article("t", "test",
                null, null, null, LocalDate.of(2024, 1, 1), null, "en", text, Map.of()));
        List<EventMention> off = without.code(analyzed, CoderFixture.mentions(analyzed, actors));
        assertEquals(List.of("PER>CHL:046[]"), describe(off));
    }

    @Test
    void codeTraitsComeFromTheCameoTable() {
        CameoTable t = CameoTable.standard();
        assertTrue(t.has("044", CodeTrait.MUTUAL) && t.has("046", CodeTrait.MUTUAL));
        assertTrue(t.has("057", CodeTrait.MUTUAL_WITH_TARGET) && !t.has("057", CodeTrait.MUTUAL));
        assertTrue(t.has("1411", CodeTrait.CROWD) && t.has("0231", CodeTrait.ASKS) && t.has("138", CodeTrait.CONDITIONAL));
        assertTrue(!t.has("190", CodeTrait.PROPOSITION) && t.has("112", CodeTrait.PROPOSITION));
        // what a crowd does that is rioting (Rioting.byDoer): 171 and its sub-codes, 175; not 172-174
        assertTrue(t.has("171", CodeTrait.RIOT) && t.has("1712", CodeTrait.RIOT) && t.has("175", CodeTrait.RIOT));
        assertTrue(!t.has("172", CodeTrait.RIOT) && !t.has("173", CodeTrait.RIOT) && !t.has("17", CodeTrait.RIOT));
        assertEquals("112", DerivedEvents.standard().derived("190"));
        assertEquals("112", DerivedEvents.standard().derived("1712"));
        assertEquals(null, DerivedEvents.standard().derived("172"));
        assertEquals(null, DerivedEvents.standard().derived("042"));
    }

    private static List<String> describe(List<EventMention> events) {
        return events.stream().map(e -> e.source() + ">" + e.target() + ":" + e.code() + e.rules()
                .toString().replace(" ", "")).toList();
    }
}
