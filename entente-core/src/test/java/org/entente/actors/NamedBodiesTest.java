package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies the dictionary lacks, named by their head noun (actors/body-nouns.tsv). Sentences written for the test. */
class NamedBodiesTest {
    /** An article about Kenya: five Kenyan mentions and none of another country. */
    private static final String KENYA = "Kenya's government met in Nairobi. Kenyan officials and Kenya's police spoke "
            + "in Mombasa. ";

    private static List<ActorMention> run(String text) {
        return ActorRecognizerTest.run(text, "2024-03-05");
    }

    private static ActorMention at(String text, String surface) {
        List<ActorMention> ms = run(text);
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ActorRecognizerTest.codes(ms)));
    }

    @Test
    void aNamedBodyTakesTheArticlesCountryAndItsNounsRole() {
        String text = KENYA + "The Lake Basin Farmers Alliance criticised the plan.";
        ActorMention m = at(text, "Lake Basin Farmers Alliance");
        assertEquals("KENNGO", m.code());
        assertEquals("org", m.kind());
        assertTrue(m.source().startsWith("body-nouns.tsv:") && m.source().contains("the article's country"), m.source());
    }

    @Test
    void aNameAfterOfAndARoleWordInsideIt() {
        String text = KENYA + "The Federation of Rift Valley Businesses welcomed the budget.";
        assertEquals("KENBUS", at(text, "Federation of Rift Valley Businesses").code());
        String union = KENYA + "Leaders of the Coast and Lakes Transport union said a strike was near.";
        assertEquals("KENLAB", at(union, "Coast and Lakes Transport union").code());
    }

    @Test
    void aPlaceInsideTheNameGivesTheCountry() {
        ActorMention m = at("The Uganda Tenants Council said rents had doubled.", "Uganda Tenants Council");
        assertEquals("UGANGO", m.code());
        assertTrue(m.source().contains("+"), m.source());
    }

    @Test
    void aTitledPersonOfTheBodyIsLearned() {
        String text = KENYA + "Moraa Achieng, from the Nyanza Housing Association, said rents were too high. "
                + "Achieng called for a rent freeze.";
        assertEquals("KENNGO", at(text, "Moraa Achieng").code());
        assertEquals("KENNGO", at(text, "Achieng").code());
    }

    @Test
    void noCountryWithoutADominantOneOrForBodiesAboveStates() {
        // two countries weighed alike: the body keeps its role only
        assertEquals("---NGO", at("Kenya and Uganda met. The Lake Basin Farmers Alliance criticised both.",
                "Lake Basin Farmers Alliance").code());
        assertEquals("---NGO", at(KENYA + "The International Tenants Alliance criticised the plan.",
                "International Tenants Alliance").code());
    }

    @Test
    void theDictionaryWinsAndBareNounsAreNoNames() {
        assertEquals("IGOUNO", at(KENYA + "The Security Council met on Monday.", "Security Council").code());
        assertTrue(run(KENYA + "The council met on Monday.").stream().noneMatch(m -> "org".equals(m.kind())),
                ActorRecognizerTest.codes(run(KENYA + "The council met on Monday.")));
        // a region's body is not one state's
        assertTrue(run(KENYA + "The Council of Europe met.").stream().noneMatch(m -> m.code().equals("KENNGO")),
                ActorRecognizerTest.codes(run(KENYA + "The Council of Europe met.")));
    }

    @Test
    void aKnownBodyAtTheEndOfALongerNameIsThatNamesPart() {
        // "Congress" alone is the US Congress; glued after an unknown capitalised word it ends another name
        String text = KENYA + "The Coast Traders Union Congress called a strike. The CTUC said talks had failed.";
        ActorMention m = at(text, "Coast Traders Union Congress");
        assertEquals("KENLAB", m.code());
        // its initials later in the article are the same body
        assertEquals("KENLAB", at(text, "CTUC").code());
        assertTrue(at(text, "CTUC").source().endsWith("(initials)"), at(text, "CTUC").source());
        // a name the dictionary's body opens, or a sentence's first word, leaves the dictionary's reading
        assertEquals("USALEG", at("Members of Congress voted. The vote was close.", "Congress").code());
        assertEquals("USALEG", at("The bill went to the US Congress on Monday.", "US Congress").code());
    }

    @Test
    void aSectorWordInTheNameOverridesTheHeadNoun() {
        // a sports union is no trade union, and no actor at all: neither it, its demonym, nor its initials later
        String text = KENYA + "The Kenyan Netball Union picked a new coach. The KNU said the choice was final.";
        List<ActorMention> ms = run(text);
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Netball") || m.text().equals("KNU")
                || m.text().equals("Kenyan")), () -> ActorRecognizerTest.codes(ms));
        // a rights commission is an NGO, not a state commission; a students' union is students
        assertEquals("KENNGO", at(KENYA + "The Coastal Human Rights Commission criticised the police.",
                "Coastal Human Rights Commission").code());
        assertEquals("KENEDU", at(KENYA + "The Mombasa Union of Students called a strike.",
                "Mombasa Union of Students").code());
    }

    @Test
    void aPlaceThatIsTheWholeNameIsNoBody() {
        assertEquals("RUS", at("The Soviet Union collapsed. Its army went home.", "Soviet Union").code());
    }
}
