package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named in full earlier in the article is who a later bare surname means, even when the surname alone is
 * no dictionary pattern; names written family name first keep the family name. Sentences written for the test.
 */
class NamedInFullTest {
    private static List<ActorMention> run(String text, String date) {
        return ActorRecognizerTest.run(text, date);
    }

    private static ActorMention at(List<ActorMention> ms, String surface) {
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ActorRecognizerTest.codes(ms)));
    }

    @Test
    void anEverydayWordSurnameAfterTheFullName() {
        // "Straw" alone is an everyday word and no pattern; after "Jack Straw" in the same article it is him
        List<ActorMention> ms = run("Foreign Secretary Jack Straw spoke to MPs on Tuesday. "
                + "Mr Straw said the talks had been hard.", "2004-05-01");
        ActorMention later = at(ms, "Straw");
        assertEquals("GBRGOV", later.code());
        assertTrue(later.source().contains("named in full in sentence 0"), later.source());
    }

    @Test
    void withoutTheFullNameTheWordStaysAWord() {
        List<ActorMention> ms = run("The farmers burned straw in the fields. Straw prices rose in Britain.", "2004-05-01");
        assertTrue(ms.stream().noneMatch(m -> "person".equals(m.kind())), ActorRecognizerTest.codes(ms));
    }

    @Test
    void aFamilyNameWrittenFirstIsTheOneRepeated() {
        String text = "China warned Norway on Monday. \"It will harm ties with China,\" said Chinese foreign ministry "
                + "spokesman Qiu Wenliang. China and Norway have traded for years. \"This is unwise,\" Qiu said.";
        List<ActorMention> ms = run(text, "2024-03-05");
        assertEquals("CHNGOV", at(ms, "Qiu").code());
    }

    @Test
    void aGivenNameOfAWesternNameIsNotTheSurname() {
        String text = "Pakistani Interior Minister Harun Zaverani spoke on Tuesday. Harun said nothing more.";
        List<ActorMention> ms = run(text, "2024-03-05");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Harun")), ActorRecognizerTest.codes(ms));
    }
}
