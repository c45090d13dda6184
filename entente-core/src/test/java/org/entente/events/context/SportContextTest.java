package org.entente.events.context;

import org.entente.events.CoderFixture;
import org.entente.events.RuleEventCoder;

import org.entente.events.context.SportContext;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Game and show reports: a country or city naming a team is no state actor. Articles and sentences written for
 * these tests; actors are hand-made (CoderFixture.mentions), patterns are the bundled ones.
 */
class SportContextTest {
    // the hand rule under test, without the learned rules (filter, proposer, review), as in CoderFixture
    private static final RuleEventCoder CODER = new RuleEventCoder(
            PatternDictionary.load(List.of(), CameoTable.standard()), CameoTable.standard(),
            org.entente.events.learn.LearnedRules.ALL);

    private static final String MATCH_REPORT = "Peru beat Chile 3-1 in the quarter-final on Sunday. "
            + "The striker scored twice before half-time and the goalkeeper saved a penalty kick. ";

    private static Article article(String text) {
        return new Article("t", "test", null, null, null, LocalDate.of(2015, 6, 9), null, "en", text, Map.of());
    }

    private static String events(String text) {
        Document analyzed = TextAnalyzer.shared().analyze(article(text));
        List<ActorMention> actors = CoderFixture.mentions(analyzed, Map.of("Peru", "PER", "Chile", "CHL",
                "Peruvian army", "PERMIL", "Peruvian minister", "PERGOV"));
        return CODER.code(analyzed, actors).stream()
                .map(e -> e.source() + ">" + (e.target() == null ? "" : e.target()) + ":" + e.code())
                .sorted().collect(Collectors.joining(" "));
    }

    private static ActorMention mention(String text, String code, String role, String kind) {
        return new ActorMention(0, 0, text.length(), 0, 0, text, code, code.substring(0, 3), role, "test:" + text,
                kind, 1.0, "test");
    }

    @Test
    void aMatchReportIsAGameContextAPoliticalStoryIsNot() {
        assertTrue(SportContext.of(article(MATCH_REPORT)).sportArticle());
        assertFalse(SportContext.of(article("Peru accused Chile of moving troops to the border on Sunday. "
                + "The foreign minister said the army would stay on alert.")).sportArticle());
        // one sport word, even twice, is not enough
        assertFalse(SportContext.of(article("Peru recalled its ambassador from Chile on Sunday after the border "
                + "talks broke down; the envoys had met at a stadium in Lima, then at another stadium.")).sportArticle());
        // nor are two in a long story
        assertFalse(SportContext.of(article("Peru recalled its ambassador from Chile after a football match. "
                + "The talks on the border had failed. ".repeat(80) + "A rugby crowd watched.")).sportArticle());
    }

    @Test
    void scoresCountButTimesAndSpeedsDoNot() {
        assertTrue(SportContext.of(article("The hosts won 2-0 and then 3-1 in the rugby.")).sportArticle());
        assertFalse(SportContext.of(article("The talks ran from 9-11am and the convoy drove at 20-25 mph "
                + "past the rugby ground.")).sportArticle());
    }

    @Test
    void teamsInAGameAreNoStates() {
        assertEquals("", events(MATCH_REPORT + "Peru attacked Chile from the kick-off."));
    }

    @Test
    void governmentsArmiesAndStateBusinessStayInAGameContext() {
        assertEquals("PERGOV>CHL:111", events(MATCH_REPORT + "The Peruvian minister condemned Chile over the chants."));
        // a bare country doing a state's act: the sentence says so (boycott, protest, dispute)
        assertTrue(events(MATCH_REPORT + "Peru boycotted the next tournament in Chile in protest at the border "
                + "dispute.").startsWith("PER>"), "boycott kept");
        assertTrue(events(MATCH_REPORT + "The Peruvian army attacked Chile.").contains("PERMIL>CHL"));
    }

    @Test
    void outsideAGameTheSameSentenceIsCoded() {
        assertEquals("PER>CHL:190", events("Peru attacked Chile from the sea."));
    }

    @Test
    void onlyBarePlaceNamesAreTeams() {
        assertTrue(SportContext.teamLike(mention("Peru", "PER", null, "country")));
        assertTrue(SportContext.teamLike(mention("Lima", "PERGOV", "GOV", "capital")));
        assertTrue(SportContext.teamLike(mention("Cusco", "PERCVL", "CVL", "city")));
        assertTrue(SportContext.teamLike(mention("South American", "SAM", null, "region")));
        assertTrue(SportContext.teamLike(mention("Chilean supporters", "CHLCVL", "CVL", "demonym")));
        assertTrue(SportContext.teamLike(mention("the two sides", "PER", null, "coreference")));
        assertFalse(SportContext.teamLike(mention("the ministry", "PERGOV", "GOV", "coreference")));
        assertFalse(SportContext.teamLike(mention("Peruvian army", "PERMIL", "MIL", "demonym")));
        assertFalse(SportContext.teamLike(mention("Peruvian government", "PERGOV", "GOV", "demonym")));
        assertFalse(SportContext.teamLike(mention("Humala", "PERGOV", "GOV", "person")));
        assertFalse(SportContext.teamLike(mention("former Peruvian president", "PERELI", "ELI", "demonym")));
    }

    @Test
    void aSentenceFullOfGameWordsIsAGameByItself() {
        ActorMention peru = mention("Peru", "PER", null, "country");
        ActorMention chile = mention("Chile", "CHL", null, "country");
        SportContext none = SportContext.of(article("Nothing here."));
        assertTrue(none.teamsOnly("Peru beat Chile 2-1 after a late free-kick.", peru, chile));
        assertFalse(none.teamsOnly("Peru beat Chile at the ballot on trade.", peru, chile));
    }
}
