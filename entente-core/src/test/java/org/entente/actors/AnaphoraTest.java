package org.entente.actors;

import static org.entente.actors.ActorRecognizerTest.codes;
import static org.entente.actors.ActorRecognizerTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronouns and "the X" pointing back to an earlier actor (Anaphora, actors/anaphors.tsv). */
class AnaphoraTest {
    private static final String DATE = "2016-06-01";

    /** The mention whose text is {@code word} (the first one), or null. */
    private static ActorMention mention(List<ActorMention> ms, String word) {
        return ms.stream().filter(m -> m.text().equals(word)).findFirst().orElse(null);
    }

    @Test
    void personPronounTakesThePersonOfAnEarlierSentence() {
        List<ActorMention> ms = run("Vladimir Putin landed in Paris on Monday. He met business leaders.", DATE);
        ActorMention he = mention(ms, "He");
        assertNotNull(he, codes(ms));
        assertEquals("RUSGOV", he.code());
        assertEquals("coreference", he.kind());
        // the provenance names the rule's row and where the antecedent is, so an analyst sees why
        assertTrue(he.source().startsWith("anaphor anaphors.tsv:"), he.source());
        assertTrue(he.source().contains("'Vladimir Putin' at 0"), he.source());
    }

    @Test
    void twoPeopleInTheSentenceBeforeTheFirstIsTheSubject() {
        List<ActorMention> ms = run("Angela Merkel received Vladimir Putin in Berlin. She praised the talks.", DATE);
        assertEquals("DEUGOV", mention(ms, "She").code(), codes(ms));
    }

    @Test
    void aPossessiveTakesAPersonOfAnEarlierSentenceOnly() {
        List<ActorMention> ms = run("Vladimir Putin landed in Paris. His aides met French officials.", DATE);
        assertEquals("RUSGOV", mention(ms, "His").code(), codes(ms));
        // in its own sentence "his" is the subject's: coded, it would make the subject its own target
        assertNull(mention(run("Vladimir Putin defended his aides.", DATE), "his"));
        // "its" and "it" are not resolved (judged samples: right about half the time, 2 times in 8)
        assertNull(mention(run("Japan protested on Friday. Its envoy left.", DATE), "Its"));
        assertNull(mention(run("Japan protested on Friday, and it said the flights broke the rules.", DATE), "it"));
    }

    @Test
    void theyTakesAPluralSide() {
        List<ActorMention> ms = run("Syrian officials said they would stay in Geneva.", DATE);
        assertEquals("SYRGOV", mention(ms, "they").code(), codes(ms));
    }

    @Test
    void theMinistryTakesTheEarlierActorOfItsRole() {
        List<ActorMention> ms = run("Egypt's foreign ministry summoned the envoy. The ministry said the visit was off.",
                DATE);
        ActorMention m = mention(ms, "The ministry");
        assertNotNull(m, codes(ms));
        assertEquals("EGYGOV", m.code());
        List<ActorMention> rebels = run("Colombian rebels freed two soldiers. The rebels said more would follow.", DATE);
        assertEquals("COLREB", mention(rebels, "The rebels").code(), codes(rebels));
        // "the country" is left alone: in a judged sample it was as often the writer's own country
        assertNull(mention(run("Chile held a vote on Sunday. The country chose a new congress.", DATE), "The country"));
    }

    @Test
    void wrongAntecedentsAreBlocked() {
        // an object pronoun's clause-mate is not its antecedent
        assertNull(mention(run("Vladimir Putin praised him.", DATE), "him"));
        assertNull(mention(run("The Kremlin denied it.", DATE), "it"));
        // a pronoun inside a quotation does not reach out of it to the speaker named before
        List<ActorMention> q = run("Vladimir Putin spoke on Monday. \"He is wrong,\" a farmer said.", DATE);
        assertNull(mention(q, "He"), codes(q));
        // two people of different codes in the anaphor's own sentence: left alone
        assertNull(mention(run("Vladimir Putin called Barack Obama and he agreed.", DATE), "he"));
        // "it is unclear": the pronoun points at nothing
        assertNull(mention(run("Japan protested. It is unclear why.", DATE), "It"));
        // beyond the window of sentences
        List<ActorMention> far = run("Vladimir Putin spoke. A storm hit. Rain fell. Floods came. He left.", DATE);
        assertNull(mention(far, "He"), codes(far));
        // "they" needs a plural side, not a country
        assertNull(mention(run("Peru voted on Sunday and they said it was calm.", DATE), "they"));
        // a name the dictionary does not know stands between: "he" may be that person
        List<ActorMention> rival = run("Vladimir Putin spoke on Monday. Pat Ferguson, a banker, said he was calm.",
                DATE);
        assertNull(mention(rival, "he"), codes(rival));
        // "the company" is a referent the dictionary does not code: "they" may be its managers
        assertNull(mention(run("French officials sued the firms after they had left.", DATE), "they"));
    }
}
