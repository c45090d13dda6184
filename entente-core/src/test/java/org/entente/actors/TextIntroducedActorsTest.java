package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors the dictionary lacks: people introduced with a title, generic actors placed by the text. */
class TextIntroducedActorsTest {
    private static String codes(String text) {
        return ActorRecognizerTest.codes(ActorRecognizerTest.run(text, "2024-03-05"));
    }

    private static ActorMention at(String text, String surface) {
        List<ActorMention> ms = ActorRecognizerTest.run(text, "2024-03-05");
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ActorRecognizerTest.codes(ms)));
    }

    @Test
    void aTitleBeforeAnUnknownNameCarriesToLaterMentions() {
        String text = "Pakistani Interior Minister Harun Zaverani visited the border crossing on Tuesday. "
                + "Zaverani said the checkpoints would stay open. Harun Zaverani later left for the capital.";
        assertEquals("PAKGOV", at(text, "Pakistani Interior Minister Harun Zaverani").code());
        ActorMention later = at(text, "Zaverani");
        assertEquals("PAKGOV", later.code());
        assertEquals("person", later.kind());
        assertTrue(later.source().contains("named with a title in sentence 0"), later.source());
        assertEquals("PAKGOV", at(text, "Harun Zaverani").code());
    }

    @Test
    void aTitleAfterTheNameCodesTheName() {
        String text = "Harun Zaverani, Pakistan's interior minister, visited the border crossing. "
                + "Zaverani said it would stay open.";
        assertEquals("PAKGOV", at(text, "Harun Zaverani").code());
        assertEquals("PAKGOV", at(text, "Zaverani").code());
        String party = "Mirela Castellanos of the Labour Party spoke in parliament. Castellanos called for new elections.";
        ActorMention m = at(party, "Mirela Castellanos");
        assertEquals(at(party, "Labour Party").code(), m.code());
    }

    @Test
    void aSurnameGluedToAnotherNameIsSomeoneElse() {
        String text = "Pakistani Interior Minister Harun Zaverani spoke on Tuesday. Sadia Zaverani, his cousin, did not.";
        assertTrue(ActorRecognizerTest.run(text, "2024-03-05").stream().noneMatch(m -> m.text().startsWith("Sadia")),
                codes(text));
    }

    @Test
    void noNameIsLearnedFromOpeningWords() {
        String text = "On Monday, Pakistan's interior minister visited the border. Monday was quiet.";
        assertEquals("Pakistan's interior minister=PAKGOV", codes(text));
    }

    @Test
    void genericActorsTakeThePlaceTheTextPutsThemIn() {
        assertEquals("KENCOP", at("Police in Kisumu, Kenya, arrested six opposition supporters.", "Police").code());
        assertEquals("AFGCVL", at("Residents of Herat said the water had run out.", "Residents of Herat").code());
        assertEquals("NGAOPP", at("Protesters gathered outside the state assembly in Lagos on Friday.", "Protesters").code());
        // soldiers are not the place's: foreign forces fight abroad
        assertEquals("---MIL", at("Soldiers raided a village in Kandahar province.", "Soldiers").code());
    }

    @Test
    void aSpokespersonIsCodedAsTheBodyTheySpeakFor() {
        assertEquals("PAKGOV", at("A spokesman for the Pakistani interior ministry said the border was closed.",
                "spokesman").code());
        assertEquals("---GOV", at("A spokesman said the border was closed.", "spokesman").code());
    }

    @Test
    void theDatelineGivesThePlaceWhenTheSentenceDoesNot() {
        String text = "KISUMU, March 4 (Wirepress) - Dozens of families fled their homes overnight.\n\n"
                + "Police fired tear gas at the crowd, witnesses said.";
        assertEquals("KENCOP", at(text, "Police").code());
    }
}
