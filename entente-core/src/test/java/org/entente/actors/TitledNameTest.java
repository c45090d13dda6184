package org.entente.actors;

import static org.entente.actors.ActorRecognizerTest.codes;
import static org.entente.actors.ActorRecognizerTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Prime Minister Jane Doe" with no country said: the office of the article's main country, as "the Prime Minister". */
class TitledNameTest {
    @Test
    void aFormalTitleBeforeAFullNameNoDictionaryKnowsIsTheArticlesCountry() {
        // like "the Prime Minister": a foreign office holder would be named with the country
        List<ActorMention> ms = run("Kenya opened a new port. Prime Minister Amos Wekesa cut the ribbon.", "2019-05-02");
        assertEquals("Kenya=KEN, Prime Minister Amos Wekesa=KENGOV", codes(ms));
        assertEquals("coreference", ms.get(1).kind());
        assertTrue(ms.get(1).source().startsWith("roles.tsv:"), ms.get(1).source());
        // not a name: one word after the title ("Premier League"); a company's president ("Acme President ...")
        assertTrue(run("Kenya watched closely. Premier League clubs paid.", "2019-05-02").stream()
                .noneMatch(m -> "KENGOV".equals(m.code())));
        assertEquals("Kenya=KEN, President Amos Wekesa=---GOV",
                codes(run("Kenya watched closely. Zorbex President Amos Wekesa spoke.", "2019-05-02")));
    }
}
