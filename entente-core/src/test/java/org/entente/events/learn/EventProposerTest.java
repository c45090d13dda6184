package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.ActorRecognizer;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.RuleEventCoder;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The proposer and the root review in the coder, with small models written here (so the test says what the
 * mechanism does, not what a trained model happens to learn): a proposal becomes an event through the rest of the
 * chain (roles, modality, date, evidence, provenance); a word the rules coded is not proposed again; the review
 * drops or re-roots a rule event the model strongly disagrees with.
 */
class EventProposerTest {
    /**
     * "badger" is in no pattern: the model alone makes it a demand (10); {@code rows} add weights. The analyser's
     * lemma of an irregular or rare form may be the form itself, so a row is written for both.
     */
    private static String roots(String params, String rows) {
        return "labels\tnone\t10\t04\n" + params + "bias\t0.000000\t-3.000000\t-3.000000\n"
                + both("badger", "badgered", "0.000000\t8.000000\t0.000000") + rows;
    }

    private static String both(String lemma, String form, String weights) {
        return "lemma=" + lemma + "\t" + weights + "\nlemma=" + form + "\t" + weights + "\n";
    }

    private static final String ROOTS = roots("param\tpropose\t0.500000\n", "");
    /** The doer before the word, the one acted upon after it. */
    private static final String ROLES = """
            labels\tnone\tsource\ttarget
            bias\t0.000000\t-1.000000\t-1.000000
            side=before\t-2.000000\t3.000000\t-2.000000
            side=after\t-2.000000\t-2.000000\t3.000000
            """;
    private static final CameoTable CAMEO = CameoTable.standard();
    private static final PatternDictionary PATTERNS = PatternDictionary.load(List.of(), CAMEO);

    private static List<EventMention> code(String roots, String text) {
        EventProposer proposer = new EventProposer(LinearModel.parse(roots, "roots"), LinearModel.parse(ROLES, "roles"),
                new Triggers(PATTERNS), LinearModel.parse(roots, "roots").param("propose", 1.01));
        Pipeline p = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(PATTERNS, CAMEO, Set.of(EventFilter.RULE), proposer));
        return p.process(new Article("t", "t", null, null, null, LocalDate.of(2024, 3, 4), null, "en", text,
                Map.of())).events();
    }

    @Test
    void aProposalIsCodedByTheRestOfTheChain() {
        String text = "Russia badgered Ukraine on Monday.";
        List<EventMention> events = code(ROOTS, text);
        assertEquals(1, events.size(), events.toString());
        EventMention e = events.get(0);
        assertEquals("RUS", e.source());
        assertEquals("UKR", e.target());
        assertEquals("100", e.code());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(EventProposer.RULE, e.pattern());
        assertTrue(e.rules().get(0).startsWith(EventProposer.RULE + ":0."), e.rules().toString());
        assertEquals("badgered", text.substring(e.verbSpan().start(), e.verbSpan().end()));
        assertEquals(LocalDate.of(2024, 3, 4), e.date());
    }

    @Test
    void theChainGivesAProposalItsModality() {
        List<EventMention> events = code(ROOTS, "If Russia badgered Ukraine, talks would stop.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(Modality.HYPOTHETICAL, events.get(0).modality());
    }

    @Test
    void belowTheThresholdNothingIsProposed() {
        assertEquals(List.of(), code(roots("param\tpropose\t0.900000\n", ""), "Russia badgered Ukraine on Monday."));
    }

    @Test
    void aRootTheRulesCodedInTheSentenceIsNotProposedAgain() {
        // "met" is the rules' (04); a model that would propose 04 for "talks" adds nothing to the sentence
        List<EventMention> events = code(roots("param\tpropose\t0.500000\n",
                both("talk", "talks", "0.000000\t0.000000\t8.000000")), "Russia met Ukraine for talks on Monday.");
        assertTrue(events.stream().noneMatch(EventProposer::proposed), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.root().equals("04")), events.toString());
    }

    @Test
    void theReviewDropsARuleEventTheModelJudgesNoAct() {
        String text = "Russia met Ukraine on Monday.";
        assertTrue(code(ROOTS, text).stream().allMatch(e -> e.root().equals("04")));
        assertEquals(List.of(), code(roots("param\tpropose\t0.500000\nparam\tdrop\t0.600000\n",
                both("meet", "met", "8.000000\t0.000000\t-8.000000")), text));
    }

    @Test
    void theReviewReRootsARuleEventTheModelGivesAnotherRoot() {
        List<EventMention> events = code(roots("param\tpropose\t0.500000\nparam\treroot\t0.600000\n",
                both("meet", "met", "-8.000000\t8.000000\t-8.000000")), "Russia met Ukraine on Monday.");
        assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.code().equals("100")), events.toString());
        assertTrue(events.get(0).rules().stream().anyMatch(r -> r.startsWith(RootReview.RULE + ":04>10:")),
                events.get(0).rules().toString());
        assertEquals(-5.0, events.get(0).goldstein()); // the code's own Goldstein, from the CAMEO table
    }
}
