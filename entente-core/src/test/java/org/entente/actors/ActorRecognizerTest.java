package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class ActorRecognizerTest {
    private static final ActorRecognizer R = ActorRecognizer.standard(List.of());

    static List<ActorMention> run(ActorRecognizer r, String text, String date) {
        return r.recognize(ActorEval.analyze(text, date == null ? null : LocalDate.parse(date), TextAnalyzer.shared()));
    }

    static List<ActorMention> run(String text, String date) {
        return run(R, text, date);
    }

    static ActorMention only(String text, String date) {
        List<ActorMention> ms = run(text, date);
        assertEquals(1, ms.size(), () -> "mentions of '" + text + "': " + ms);
        return ms.get(0);
    }

    static String codes(List<ActorMention> ms) {
        return ms.stream().map(m -> m.text() + "=" + m.code()).collect(Collectors.joining(", "));
    }

    @Test
    void matchingIsCaseAwareAndLongestWins() {
        assertEquals("US envoy=USAGOV", codes(run("Some of us met the US envoy.", "2020-01-01")));
        assertTrue(run("Tell us about it, said the man.", null).isEmpty());
        assertTrue(run("She collects fine china and old silver.", null).isEmpty(), "lower-case china is porcelain");
        ActorMention prc = only("The People's Republic of China protested.", null);
        assertEquals("People's Republic of China", prc.text());
        assertEquals("CHN", prc.code());
        assertTrue(prc.source().matches("countries(-extra)?\\.tsv:\\d+"), prc.source());
        assertEquals("CIV", only("Côte d'Ivoire voted.", null).code());
        assertEquals("CIV", only("Ivory Coast voted.", null).code());
    }

    @Test
    void metonymsCodeTheGovernmentOrBranch() {
        assertEquals("RUSGOV", only("The Kremlin denied it.", null).code());
        assertEquals("USAMIL", only("The Pentagon denied it.", null).code());
        assertEquals("CHNGOV", only("Zhongnanhai was silent.", null).code());
        assertEquals("GBRGOV", only("Downing Street was silent.", null).code());
        assertEquals("FRAGOV", only("The Elysee was silent.", null).code());
        assertEquals("UKRGOV", only("Kiev was silent.", null).code());
        assertEquals("UKRGOV", only("Kyiv was silent.", null).code());
        assertEquals("RUS", only("The Russians were silent.", null).code());
    }

    @Test
    void rolesFollowTheArticleDate() {
        ActorMention pm = only("Putin spoke.", "2009-01-01");
        assertEquals("RUSGOV", pm.code());
        assertTrue(KnowledgeBase.bundled().entries().stream()
                .anyMatch(e -> e.source().equals(pm.source()) && e.title().contains("Prime Minister")), pm.source());
        ActorMention president = only("Putin spoke.", "2016-01-01");
        assertEquals("RUSGOV", president.code());
        assertTrue(!president.source().equals(pm.source()), "a different row answers in 2016");
        assertEquals("USAGOV", only("Trump spoke.", "2019-06-01").code());
        assertEquals("USAELI", only("Trump spoke.", "2022-06-01").code());
        assertEquals("USAGOV", only("Trump spoke.", "2025-06-01").code());
        assertEquals("USAGOV", only("Trump spoke.", null).code(), "unknown date: the latest role");
        assertEquals("JPNELI", only("Shinzo Abe spoke.", "2010-06-01").code(), "between his terms");
        assertEquals("JPNGOV", only("Shinzo Abe spoke.", "2015-06-01").code());
        assertEquals("AFGREB", only("The Taliban attacked.", "2002-05-01").code());
        assertEquals("AFGGOV", only("The Taliban announced a ban.", "2022-05-01").code());
        // the same surname names two people: the date picks the one in office
        assertEquals("person:george-h-w-bush", only("Bush spoke.", "1991-01-01").entityId());
        assertEquals("person:george-w-bush", only("Bush spoke.", "2005-01-01").entityId());
    }

    /** Spot checks of the people file against well-known dates. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "Angela Merkel, 2010-05-01, DEUGOV", "Angela Merkel, 2022-01-10, DEUELI",
            "Narendra Modi, 2015-01-01, INDGOV", "Emmanuel Macron, 2018-01-01, FRAGOV",
            "Sergei Lavrov, 2020-01-01, RUSGOV", "Boris Johnson, 2020-01-01, GBRGOV",
            "Barack Obama, 2009-01-19, USAELI", "Barack Obama, 2009-01-20, USAGOV",
            "Recep Tayyip Erdogan, 2010-01-01, TURGOV", "Jens Stoltenberg, 2016-01-01, IGOWSTNATGOV",
            "Antonio Guterres, 2020-01-01, IGOUNOGOV", "Ashraf Ghani, 2022-01-01, AFGELI",
            "Mohammed bin Salman, 2023-01-01, SAUGOV", "Kim Jong-un, 2019-01-01, PRKGOV"})
    void spotChecks(String name, String date, String code) {
        assertEquals(code, only(name + " spoke.", date).code());
    }

    @Test
    void presidentElectIsItsOwnRow() {
        ActorMention m = only("Donald Trump spoke.", "2016-11-22");
        assertEquals("USAELI", m.code());
        assertTrue(KnowledgeBase.bundled().entries().stream()
                .anyMatch(e -> e.source().equals(m.source()) && e.title().startsWith("President-elect")), m.source());
    }

    @Test
    void roleWordsComposeWithTheirCountry() {
        ActorMention xi = only("Chinese President Xi Jinping arrived.", "2016-11-22");
        assertEquals("Chinese President Xi Jinping", xi.text());
        assertEquals("CHNGOV", xi.code());
        assertEquals("person", xi.kind());
        ActorMention fm = only("Russia's foreign minister arrived.", null);
        assertEquals("Russia's foreign minister", fm.text());
        assertEquals("RUSGOV", fm.code());
        assertEquals("USAMIL", only("The US army withdrew.", null).code());
        assertEquals("UKRCOP", only("Kyiv police arrested him.", null).code());
        assertEquals("POLGOV", only("Poland's current interior minister resigned.", null).code());
        assertEquals("KENGOV", only("The president of Kenya resigned.", null).code());
        // an official's opposite number is an official of the other state, not the state as a whole
        assertEquals("DEUGOV", only("His German counterpart agreed.", null).code());
        assertEquals("USAELI", only("A former US ambassador spoke.", null).code());
        assertEquals("---MIL", only("Soldiers withdrew.", null).code());
        assertEquals("IGOEUREECGOV", only("The president of the European Council spoke.", null).code());
        assertEquals("IGOWSTNAT", only("NATO expanded.", null).code());
        // transnational NGOs and militant movements keep their own code, as IGOs do: they act in events
        assertEquals("NGOAMN", only("Amnesty International protested.", null).code());
        ActorMention hrw = only("Human Rights Watch protested.", null);
        assertEquals("NGOHRI", hrw.code());
        assertEquals(null, hrw.country());
        assertEquals("RUSBUS", only("Gazprom cut supplies.", null).code());
    }

    @Test
    void coreference() {
        List<ActorMention> ms = run("Russia and China signed a deal. The two countries will build a jet.", "2016-11-22");
        List<ActorMention> pair = ms.stream().filter(m -> m.text().equals("The two countries")).toList();
        assertEquals(2, pair.size(), codes(ms));
        assertEquals(List.of("CHN", "RUS"), pair.stream().map(ActorMention::country).sorted().toList());
        assertEquals(pair.get(0).start(), pair.get(1).start());

        List<ActorMention> he = run("Obama said he was tired.", "2015-08-13");
        assertEquals("he=USAGOV", codes(he).split(", ")[1]);

        // two different people with different codes: "he" is ambiguous and left alone
        List<ActorMention> amb = run("Putin called Obama and he agreed.", "2015-08-13");
        assertTrue(amb.stream().noneMatch(m -> m.text().equals("he")), codes(amb));

        List<ActorMention> pres = run("Kenya held a vote. Kenya's parliament met. The President spoke.", "2020-01-01");
        ActorMention p = pres.get(pres.size() - 1);
        assertEquals("The President", p.text());
        assertEquals("KENGOV", p.code());
        assertNotNull(p.source());
    }

    @Test
    void placeNamesInsideOtherNamesAreNotPlaces() {
        assertEquals("General Ahmed Bello=---MIL", codes(run("Yesterday General Ahmed Bello resigned.", null)));
        assertTrue(run("He reads the Washington Post daily.", null).isEmpty());
        assertEquals("Moscow=RUSGOV", codes(run("Moscow said no.", null)));
    }

    @Test
    void mentionsCarryTokensAndProvenance() {
        ActorMention m = only("Yesterday the Kremlin denied it.", null);
        assertEquals(0, m.sentence());
        assertTrue(m.firstToken() >= 1 && m.lastToken() >= m.firstToken(), m.toString());
        assertTrue(m.source().startsWith("countries-extra.tsv:"), m.source());
    }
}
