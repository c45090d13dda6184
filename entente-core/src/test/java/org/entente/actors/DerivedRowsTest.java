package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precision guards and merge rules for people rows derived in bulk (a {@code source} column). */
class DerivedRowsTest {
    private static final String HEADER = "name\taliases\tcountry\trole\tstart\tend\ttitle\tsource\n";

    @TempDir
    Path dir;

    private ActorRecognizer recognizer(String... files) throws Exception {
        List<Path> paths = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            Path p = dir.resolve("f" + i + ".tsv");
            Files.writeString(p, files[i]);
            paths.add(p);
        }
        return ActorRecognizer.standard(paths);
    }

    private static ActorMention only(ActorRecognizer r, String text, String date) {
        List<ActorMention> ms = ActorRecognizerTest.run(r, text, date);
        assertEquals(1, ms.size(), () -> "mentions of '" + text + "': " + ms);
        return ms.get(0);
    }

    private static String codes(ActorRecognizer r, String text, String date) {
        return ActorRecognizerTest.codes(ActorRecognizerTest.run(r, text, date));
    }

    @Test
    void derivedPeopleMatchByFullNameOnly() throws Exception {
        ActorRecognizer r = recognizer(HEADER
                + "Tamsin Oakenfold\t-\tNZL\tGOV\t2030-01-01\t2032-01-01\tMinister of Fisheries\ttestsource\n"
                + "Petra Hollowmere\tMay|Hollowmere\tNZL\tGOV\t2030-01-01\t2032-01-01\tPrime Minister\ttestsource\n");
        assertEquals("Tamsin Oakenfold=NZLGOV", codes(r, "Tamsin Oakenfold spoke.", "2031-01-01"));
        assertEquals("", codes(r, "Oakenfold spoke.", "2031-01-01"), "no automatic surname for a derived row");
        assertEquals("", codes(r, "May spoke.", "2031-01-01"), "a one-word alias that is an everyday word is dropped");
        assertEquals("Hollowmere=NZLGOV", codes(r, "Hollowmere spoke.", "2031-01-01"), "a written surname alias stands");
    }

    @Test
    void aDerivedSurnameNeedsTheArticlesSupport() throws Exception {
        ActorRecognizer r = recognizer(HEADER
                + "Petra Hollowmere\tHollowmere\tNZL\tGOV\t2030-01-01\t2032-01-01\tPrime Minister\ttestsource\n");
        // two sentences, no country named: nothing against her, but nothing for her either
        assertEquals("", codes(r, "Hollowmere scored twice. The match ended.", "2031-01-01"));
        assertEquals("New Zealand=NZL, Hollowmere=NZLGOV",
                codes(r, "New Zealand voted today. Hollowmere spoke.", "2031-01-01"));
    }

    @Test
    void aDerivedFullNameInAnArticleNeedsItsCountryOrATitle() throws Exception {
        ActorRecognizer r = recognizer(HEADER
                + "Tamsin Oakenfold\t-\tNZL\tGOV\t2030-01-01\t2032-01-01\tMinister of Fisheries\ttestsource\n");
        assertEquals("", codes(r, "Tamsin Oakenfold scored twice. The match ended.", "2031-01-01"),
                "a namesake: nothing in the article backs the minister");
        assertEquals("New Zealand=NZL, Tamsin Oakenfold=NZLGOV",
                codes(r, "New Zealand voted today. Tamsin Oakenfold spoke.", "2031-01-01"));
        assertEquals("Minister Tamsin Oakenfold=NZLGOV",
                codes(r, "The talks ended. Minister Tamsin Oakenfold spoke.", "2031-01-01"));
    }

    @Test
    void handWrittenRowsWinAndDerivedRowsFillTheGaps() throws Exception {
        ActorRecognizer r = recognizer(
                "name\taliases\tcountry\trole\tstart\tend\ttitle\n"
                        + "Bram Oosterveld\tBram J. Oosterveld\tNLD\tGOV\t2030-01-01\t2032-01-01\tMinister of Testing\n",
                HEADER
                        + "Bram J. Oosterveld\t-\tNLD\tLEG\t2031-01-01\t2036-01-01\tMember of Parliament\ttestsource\n"
                        + "Bram J. Oosterveld\t-\tNLD\tGOV\t2034-01-01\t2035-01-01\tMinister of Trials\ttestsource\n");
        // the derived rows joined the hand-written person through the full name they share
        ActorMention during = only(r, "Bram Oosterveld spoke.", "2031-06-01");
        assertEquals("NLDGOV", during.code(), "the hand-written row wins where both hold");
        assertEquals("person:bram-oosterveld", during.entityId());
        assertEquals("NLDLEG", only(r, "Bram Oosterveld spoke.", "2033-06-01").code());
        assertEquals("NLDGOV", only(r, "Bram Oosterveld spoke.", "2034-06-01").code(),
                "government over legislature where derived rows overlap");
        assertEquals("NLDELI", only(r, "Bram Oosterveld spoke.", "2037-06-01").code(),
                "outside every row: former, an elite");
        assertEquals("NLDELI", only(r, "Bram Oosterveld spoke.", "2029-06-01").code());
    }

    @Test
    void sameNamedPeopleOfTwoCountriesStayApart() throws Exception {
        ActorRecognizer r = recognizer(HEADER
                + "Ana Belvedere\t-\tURY\tGOV\t2030-01-01\t2032-01-01\tMinister of Testing\ttestsource\n"
                + "Ana Belvedere\t-\tPRY\tJUD\t2040-01-01\t2042-01-01\tJudge\ttestsource\n");
        ActorMention uy = only(r, "Ana Belvedere spoke.", "2031-01-01");
        ActorMention py = only(r, "Ana Belvedere spoke.", "2041-01-01");
        assertEquals("URYGOV", uy.code());
        assertEquals("PRYJUD", py.code());
        assertNotEquals(uy.entityId(), py.entityId());
        assertTrue(py.entityId().endsWith("@PRY"), py.entityId());
    }
}
