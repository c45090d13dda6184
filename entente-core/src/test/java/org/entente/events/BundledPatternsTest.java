package org.entente.events;

import org.entente.events.matching.Pattern;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The bundled pattern dictionary (entente-core/src/main/resources/events/patterns/NN.tsv): it loads, it is as large as
 * promised, every CAMEO code below the roots has patterns, and one sentence per family of verbs codes as an
 * analyst would. Sentences are written by the team; actors are hand-made so only the patterns are tested.
 */
public class BundledPatternsTest {
    private static final PatternDictionary BUNDLED = PatternDictionary.load(List.of(), CameoTable.standard());
    /** The patterns and hand rules, without the learned rules (measured on annotated news, events.learn). */
    private static final RuleEventCoder CODER = new RuleEventCoder(BUNDLED, CameoTable.standard(),
            org.entente.events.learn.LearnedRules.ALL);

    @Test
    void loadsWithAtLeastTwoThousandPatternsInTwentyFiles() {
        assertTrue(BUNDLED.all().size() >= 2000, "patterns: " + BUNDLED.all().size());
        Set<String> files = BUNDLED.all().stream().map(p -> p.origin().replaceAll(":\\d+$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(20, files.size(), files.toString());
    }

    @Test
    void everyCameoCodeBelowTheRootsHasPatterns() {
        Set<String> covered = BUNDLED.all().stream().map(Pattern::code).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String code : CameoTable.standard().all().keySet()) {
            if (code.length() > 2 && !covered.contains(code)) {
                missing.add(code);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void consultVisitsTalksAndNominalForms() {
        assertEquals("RUSGOV>CHNGOV:040", code("Putin met Xi on Saturday.", "Putin", "RUSGOV", "Xi", "CHNGOV"));
        assertEquals("DEU>CHN:042", code("Germany visited China last week.", "Germany", "DEU", "China", "CHN"));
        assertEquals("SRB>XKX:046,XKX>SRB:046", code("Talks between Serbia and Kosovo resumed in Brussels.",
                "Serbia", "SRB", "Kosovo", "XKX"));
        assertEquals("QAT>SDN:039", code("Qatar offered to mediate between Sudan and Chad.",
                "Qatar", "QAT", "Sudan", "SDN"));
    }

    @Test
    void cooperationAidAndYield() {
        assertEquals("VNM>PHL:057,PHL>VNM:057", code("Vietnam signed a maritime agreement with the Philippines.",
                "Vietnam", "VNM", "Philippines", "PHL"));
        assertEquals("NOR>YEM:0333", code("Norway pledged humanitarian aid to Yemen.",
                "Norway", "NOR", "Yemen", "YEM"));
        assertEquals("SAU>QAT:085", code("Saudi Arabia lifted its embargo on Qatar.",
                "Saudi Arabia", "SAU", "Qatar", "QAT"));
        assertEquals("AUS>FJI:051", code("Australia praised Fiji for its reforms.", "Australia", "AUS", "Fiji", "FJI"));
        // the receiver's side: the giver after "from" is the source, the code is the gift's
        assertEquals("CHL>BOL:073", code("Bolivia received food aid from Chile.", "Bolivia", "BOL", "Chile", "CHL"));
        assertEquals("IRN>LBNREB:072", code("Lebanese militants obtained rockets from Iran.",
                "Lebanese militants", "LBNREB", "Iran", "IRN"));
    }

    @Test
    void appealsDemandsRejections() {
        assertEquals("EGY>ETH:026", code("Egypt urged Ethiopia to resume negotiations on the dam.",
                "Egypt", "EGY", "Ethiopia", "ETH"));
        assertEquals("USA>PRK:1042", code("The United States demanded that North Korea abandon its missile program.",
                "United States", "USA", "North Korea", "PRK"));
        assertEquals("12", root(code("Morocco rejected an Algerian proposal for talks.",
                "Morocco", "MAR", "Algerian", "DZA")));
    }

    @Test
    void conflictVerbsAndThreats() {
        assertEquals("GHA>TGO:1123", code("Ghana accused Togo of harbouring rebels.", "Ghana", "GHA", "Togo", "TGO"));
        assertEquals("TUR>NLD:1313", code("Turkey threatened on Monday to cut diplomatic ties with the Netherlands.",
                "Turkey", "TUR", "Netherlands", "NLD"));
        assertEquals("JPN>IRN:163", code("Japan imposed new sanctions on Iran.", "Japan", "JPN", "Iran", "IRN"));
        assertEquals("KEN>SOM:166", code("Kenya expelled the ambassador of Somalia.", "Kenya", "KEN", "Somalia", "SOM"));
        assertEquals("COL>NIC:115", code("Colombia sued Nicaragua at the international court.",
                "Colombia", "COL", "Nicaragua", "NIC"));
        assertEquals("IND>PAK:194", code("India shelled Pakistani positions along the border.",
                "India", "IND", "Pakistani", "PAK"));
    }

    /** The events of one sentence, coded with the bundled dictionary, as "SRC>TGT:code", comma-separated. */
    @Test
    void aDateBetweenTheWordsOfAPatternIsSkipped() {
        // agency copy puts the day after the verb's object: the date is the event's, not a word of the frame
        assertEquals("NOR>CHL:130", code("Norway warned Chile on Tuesday against sending warships to the strait.",
                "Norway", "NOR", "Chile", "CHL"));
        // 021x (cooperation asked for), not the bare 020 of "call on +" that stops at the date
        assertEquals("021", code("Portugal called on Peru on Monday to cooperate with the inquiry.",
                "Portugal", "PRT", "Peru", "PER").replaceAll(".*:", "").substring(0, 3));
    }

    @Test
    void aWarningOfConsequencesIsAThreat() {
        assertEquals("NOR>CHL:130", code("Norway warned Chile it would face tough measures.",
                "Norway", "NOR", "Chile", "CHL"));
    }

    @Test
    void aStatementThatAnActorShouldActIsAnAppealAndMustADemand() {
        assertEquals("PER>CHL:020", code("Peru said Chile should return the fishing boats.",
                "Peru", "PER", "Chile", "CHL"));
        // a demand, coded by what is demanded (1053: return of property)
        assertEquals("10", root(code("Peru said Chile must return the fishing boats.", "Peru", "PER", "Chile", "CHL")));
        assertEquals("PER>CHL:020", code("Peru said Chile should not send its trawlers north of the line.",
                "Peru", "PER", "Chile", "CHL"));
    }

    @Test
    void aShouldOfExpectationOrOfAStateIsNoAppeal() {
        // the actor is a word of another noun phrase: a forecast about a thing
        assertEquals("", code("The Peruvian bank said the Chilean economy should expand by three percent next year.",
                "Chilean", "CHL"));
        assertEquals("", code("Peru said Chile's new budget should lift exports next year.",
                "Peru", "PER", "Chile", "CHL"));
        // the verb after "should" is no act asked of the actor: a forecast, a passive, a state, a reproach
        assertEquals("", code("Peru said Chile should benefit from the new trade rules.", "Peru", "PER", "Chile", "CHL"));
        assertEquals("", code("Peru said Chile should be punished for the incursion.", "Peru", "PER", "Chile", "CHL"));
        assertEquals("", code("Peru said Chile should not be surprised by the verdict.", "Peru", "PER", "Chile", "CHL"));
        assertEquals("", code("Peru argued that Chile should have warned its neighbours.",
                "Peru", "PER", "Chile", "CHL"));
    }

    @Test
    void aStatementThatJudgesAnActorIsACriticismOrAnAccusation() {
        assertEquals("NOR>CHL:111", code("Norway said Chile's new fishing quota was reckless.",
                "Norway", "NOR", "Chile", "CHL"));
        assertEquals("NOR>CHL:111", code("Norway argued that Chile had failed to protect the whales.",
                "Norway", "NOR", "Chile", "CHL"));
        assertEquals("NOR>CHL:112", code("Norway said Chile was responsible for the oil spill.",
                "Norway", "NOR", "Chile", "CHL"));
        // a statement about a thing, not an actor, judges no one
        assertEquals("", code("Norway said the weather in the south was a disaster.", "Norway", "NOR"));
    }

    public static String code(String text, String... actors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < actors.length; i += 2) {
            map.put(actors[i], actors[i + 1]);
        }
        Article article = new Article("t", "test", null, null, null, LocalDate.of(2020, 1, 15), null, "en", text,
                Map.of());
        Document analyzed = TextAnalyzer.shared().analyze(article);
        return CODER.code(analyzed, CoderFixture.mentions(analyzed, map)).stream()
                .map(e -> e.source() + ">" + e.target() + ":" + e.code())
                .collect(Collectors.joining(","));
    }

    private static String root(String events) {
        return events.contains(":") ? events.substring(events.indexOf(':') + 1, events.indexOf(':') + 3) : events;
    }
}
