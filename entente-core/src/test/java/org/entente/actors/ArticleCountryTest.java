package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bare role words take the country an article is about when one country dominates it (role-places.tsv). */
class ArticleCountryTest {
    private static final String KENYA = "Kenya's electoral commission published the results of the vote in Kenya "
            + "on Monday. Observers said Kenya's count had been orderly. ";

    private static ActorMention at(String text, String surface) {
        List<ActorMention> ms = ActorRecognizerTest.run(text, "2024-03-05");
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ActorRecognizerTest.codes(ms)));
    }

    @Test
    void bareRolesTakeTheDominantCountry() {
        String text = KENYA + "The opposition rejected them and the government appealed for calm.";
        ActorMention gov = at(text, "government");
        assertEquals("KENGOV", gov.code());
        assertTrue(gov.source().startsWith("roles.tsv:") && gov.source().contains("the article's country, 3 of 3"),
                gov.source());
        assertEquals("KENOPP", at(text, "opposition").code());
    }

    @Test
    void aRoleWhoseOwnerIsNamedAfterItKeepsNoCountryOfTheArticle() {
        String text = KENYA + "Ministers from several African governments praised the count.";
        assertEquals("---GOV", at(text, "Ministers").code());
    }

    @Test
    void twoCountriesWeighedAlikeGiveNone() {
        String text = "Envoys of Iran and Japan met in Geneva on Monday. Iran and Japan agreed to meet again. "
                + "The government said the talks were useful.";
        assertEquals("---GOV", at(text, "government").code());
    }

    @Test
    void aPlaceInTheSentenceComesBeforeTheArticle() {
        String text = KENYA + "Police in Kampala, Uganda, arrested two of its observers.";
        assertEquals("UGACOP", at(text, "Police").code());
    }

    @Test
    void forcesAndFaithsDoNotTakeTheArticlesCountry() {
        String text = KENYA + "Soldiers guarded the tally centre and bishops prayed for peace.";
        assertEquals("---MIL", at(text, "Soldiers").code());
        assertTrue(at(text, "bishops").country() == null, at(text, "bishops").code());
    }

    @Test
    void aSpokespersonNamedWithoutACountryKeepsItForTheSurname() {
        String text = KENYA + "Government spokesman Jared Omondi said the count was fair. "
                + "Omondi added that the police had made no arrests.";
        assertEquals("KEN", at(text, "Omondi").country());
        assertEquals("person", at(text, "Omondi").kind());
        assertEquals("KENCOP", at(text, "police").code());
    }

    @Test
    void anArticleWithNoCountryOrFewMentionsLeavesRolesBare() {
        assertEquals("---GOV", at("The government said the talks were useful.", "government").code());
        // two mentions in one sentence do not make a text about Russia
        assertEquals("---CVL", at("The civilians jailed for opposing Moscow were freed by Russia's president.",
                "civilians").code());
    }

    @Test
    void aShortTextNamingOneCountryTwiceIsAboutIt() {
        // two to five sentences: fewer than three mentions will do when no other country is named
        String brief = "Gunmen shot four policemen in recent weeks. The killings in Haiti shocked Haiti's neighbours.";
        assertEquals("HTICOP", at(brief, "policemen").code());
        assertTrue(at(brief, "policemen").source().contains("the article's country, 2 of 2"), at(brief, "policemen").source());
        // named once: not yet what the text is about; named twice in one sentence: a single sentence is no text
        assertEquals("---COP", at("Gunmen shot four policemen. The killings shocked Haiti.", "policemen").code());
        assertEquals("---COP", at("Gunmen shot four policemen as Haiti and Haiti's neighbours watched.",
                "policemen").code());
        // a second country named as often gives none
        assertEquals("---COP", at("Gunmen shot four policemen. Haiti and Cuba protested. Haiti and Cuba met.",
                "policemen").code());
    }
}
