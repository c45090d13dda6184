package org.entente.events.roles;

import org.entente.events.CoderFixture;

import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Source and target from sentence structure; all sentences are written for these tests. */
public class RolesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 11);

    public static List<EventMention> code(String text, String... namesAndCodes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCodes.length; i += 2) {
            m.put(namesAndCodes[i], namesAndCodes[i + 1]);
        }
        return CoderFixture.code(text, DAY, m);
    }

    public static String triples(List<EventMention> events) {
        StringBuilder b = new StringBuilder();
        for (EventMention e : events) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(e.source()).append('>').append(e.target()).append(':').append(e.code());
        }
        return b.toString();
    }

    @Test
    void meetingsAreMutualOnlyForACompoundOrTalks() {
        // "X met Y" keeps the direction the text gives; talks are mutual; "X and Y met" pairs them up
        assertEquals("FRA>DEU:040", triples(code("France met Germany.", "France", "FRA", "Germany", "DEU")));
        assertEquals("FRA>DEU:046 DEU>FRA:046", triples(code("France held talks with Germany.", "France", "FRA",
                "Germany", "DEU")));
        assertEquals("FRA>DEU:040 DEU>FRA:040", triples(code("France and Germany met on Monday.", "France", "FRA",
                "Germany", "DEU")));
    }

    @Test
    void participialAdjunctTakesTheMainSubject() {
        assertEquals("ARM>GEO:190", triples(code("Armenia shelled the border on Monday, attacking Georgia.",
                "Armenia", "ARM", "Georgia", "GEO")));
    }

    @Test
    void reducedRelativeIsPassive() {
        // the officials are the ones accused; nobody known accused them, so no event
        assertEquals("", triples(code("Norway said Chilean officials accused of fraud were fired.",
                "Norway", "NOR", "Chilean", "CHL")));
    }

    @Test
    void subjectThatIsNoKnownActorIsNotReplacedByAFarOne() {
        assertEquals("", triples(code("Chile said that bandits attacked a bus.", "Chile", "CHL")));
        assertEquals("CHL>null:190", triples(code("Chilean bandits attacked a bus.", "Chilean", "CHL")));
    }

    @Test
    void commonNounSubjectTakesThePlaceItIsIn() {
        assertEquals("NOR>SWE:190", triples(code("Militants in Norway on Monday attacked Sweden.",
                "Norway", "NOR", "Sweden", "SWE")));
        // a place inside a prepositional phrase that is not the subject says nothing of who acts
        assertEquals("", triples(code("After talks in Norway, militants attacked Sweden.",
                "Norway", "NOR", "Sweden", "SWE")));
    }

    @Test
    void quantityHeadHandsTheSubjectToTheActorItCounts() {
        assertEquals("KENAGR>KENGOV:141", triples(code("Thousands of Kenyan farmers marched on Tuesday.",
                "Kenyan farmers", "KENAGR")));
        assertEquals("KENAGR>KENGOV:141", triples(code("A crowd of Kenyan farmers demonstrated on Tuesday.",
                "Kenyan farmers", "KENAGR")));
    }

    @Test
    void unnamedProtestersInAPlaceAreItsCivilians() {
        assertEquals("PERCVL>PERGOV:141", triples(code("Thousands demonstrated in Peru on Sunday.", "Peru", "PER")));
        assertEquals("PERCVL>PERGOV:145", triples(code("Inmates rioted at a prison in Lima on Sunday.",
                "Lima", "PER")));
        // only protests: an attack without a named doer stays uncoded
        assertEquals("", triples(code("Gunmen attacked a bus in Peru on Sunday.", "Peru", "PER")));
        // a named doer stays the doer (not Peru's civilians); the protest in Peru is aimed at Peru
        assertEquals("CHL>PER:141", triples(code("Chile demonstrated in Peru on Sunday.", "Chile", "CHL",
                "Peru", "PER")));
    }

    @Test
    void aDatePhraseInAGapIsNoDistance() {
        assertEquals("CHL>PER:0872", triples(code("Chile lifted on Saturday a week-old blockade on Peru.",
                "Chile", "CHL", "Peru", "PER")));
        assertEquals("CHL>PER:0872", triples(code("Chile lifted last Monday its old blockade on Peru.",
                "Chile", "CHL", "Peru", "PER")));
        // other words still count: five of them break the match
        assertEquals("", triples(code("Chile lifted the old and very costly blockade on Peru.",
                "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void aSelfDirectedActKeepsTheEventWithoutTarget() {
        // the only target is the doer itself: no self-directed dyad, but the attack is still coded
        assertEquals("CHL>null:190", triples(code("Chile attacked Santiago on Monday.", "Chile", "CHL",
                "Santiago", "CHL")));
        assertEquals("CHL>PER:190", triples(code("Chile attacked Peru on Monday.", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void anAffiliationNamesWhoActsForACommonNounSubject() {
        assertEquals("CHLLAB>CHLGOV:143", triples(code("Some 900 workers affiliated with the Chilean union stopped work.",
                "Chilean union", "CHLLAB")));
        // an actor in another kind of phrase does not
        assertEquals("", triples(code("Some 900 workers angry about the Chilean union stopped work.",
                "Chilean union", "CHLLAB")));
    }

    @Test
    void theTailOfAHyphenatedCompoundIsNoVerb() {
        assertEquals("", triples(code("Chile began an open-ended strike.", "Chile", "CHL")));
        assertEquals("CHL>null:087", triples(code("Chile ended the strike.", "Chile", "CHL")));
    }

    @Test
    void reportedIntentionIsCodedAsTheStatementOfIntent() {
        List<EventMention> said = code("Norway said Oslo will visit Chile.", "Norway", "NOR", "Oslo", "NOR",
                "Chile", "CHL");
        assertEquals("03", said.get(0).root());
        assertEquals(Modality.FUTURE, said.get(0).modality());
        List<EventMention> threat = code("Norway said Oslo would bomb Chile.", "Norway", "NOR", "Oslo", "NOR",
                "Chile", "CHL");
        assertEquals("13", threat.get(0).root());
        // no statement: the act itself, in the future
        assertEquals("04", code("Norway will visit Chile.", "Norway", "NOR", "Chile", "CHL").get(0).root());
        // the report may close the sentence: ", officials said" reports the clause before it
        List<EventMention> trailing = code("Norway will visit Chile in May, officials in Oslo said on Friday.",
                "Norway", "NOR", "Chile", "CHL");
        assertEquals("036", trailing.get(0).code());
        assertEquals(Modality.FUTURE, trailing.get(0).modality());
        // a comma that opens a participle phrase, not a report, changes nothing
        assertEquals("04", code("Norway will visit Chile, hoping for a deal.", "Norway", "NOR", "Chile", "CHL")
                .get(0).root());
    }

    @Test
    void anActWithoutTargetIsSubsumedByTheSameActWithOne() {
        assertEquals("NOR>CHL:057 CHL>NOR:057", triples(code(
                "Norway signed an agreement on fishing and later signed an agreement with Chile.",
                "Norway", "NOR", "Chile", "CHL")));
        // a different act stays
        assertEquals("NOR>null:057 NOR>CHL:042", triples(code("Norway signed an agreement and visited Chile.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void secondVerbPhraseAfterButSharesTheFirstSubject() {
        // "but" ends a clause, yet a verb right after it has no subject of its own
        assertEquals("NOR>CHL:042 NOR>PER:190", triples(code(
                "Norway visited Chile after talks with Peru, but attacked Peru a week later.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER")));
        // a clause after "but" with its own subject keeps it
        assertEquals("NOR>CHL:042 SWE>PER:190", triples(code("Norway visited Chile, but Sweden attacked Peru.",
                "Norway", "NOR", "Chile", "CHL", "Sweden", "SWE", "Peru", "PER")));
    }

    @Test
    void eventInsideTheGapOfAnAbsorbingMatchIsPartOfIt() {
        assertEquals("NOR>null:120", triples(code("Norway rejected signing an agreement as premature.",
                "Norway", "NOR")));
    }

    @Test
    void nounEventTakesTheCuesOfTheClauseItIsObjectOf() {
        List<EventMention> events = code("A process that was supposed to lead to talks between India and Pakistan "
                + "ended in May.", "India", "IND", "Pakistan", "PAK");
        assertEquals("IND>PAK:046 PAK>IND:046", triples(events));
        assertEquals(Modality.HYPOTHETICAL, events.get(0).modality());
    }

    @Test
    void nounEventInAVerblessPhraseTakesTheCuesOfTheClauseBefore() {
        // "Chilean trade" is a noun phrase (an adjective actor does not make "trade" a verb); the phrase after the
        // comma has no verb, so the noun belongs to the clause of "wants": a future policy, not asserted trade
        List<EventMention> events = code("Norway wants a new line, with more focus on Chilean trade with Peru.",
                "Norway", "NOR", "Chilean", "CHL", "Peru", "PER");
        EventMention trade = events.stream().filter(e -> e.code().equals("061")).findFirst().orElseThrow();
        assertEquals(Modality.FUTURE, trade.modality());
        // a clause with its own verb after the comma keeps its own (asserted) reading
        List<EventMention> own = code("Norway wants a new line, but analysts noted Chilean trade with Peru.",
                "Norway", "NOR", "Chilean", "CHL", "Peru", "PER");
        assertEquals(Modality.ASSERTED, own.stream().filter(e -> e.code().equals("061")).findFirst().orElseThrow()
                .modality());
    }

    @Test
    void statedRefusalIsCodedAsTheRejection() {
        List<EventMention> wont = code("Norway will not give food aid to Chile.", "Norway", "NOR", "Chile", "CHL");
        assertEquals("NOR>CHL:1223", triples(wont));
        assertEquals(Modality.ASSERTED, wont.get(0).modality()); // the refusal itself was said
        assertEquals("NOR>null:1243", triples(code("Norway refused to release the prisoners.", "Norway", "NOR")));
        // a negated past says nothing happened: it stays the act, negated
        List<EventMention> didNot = code("Norway did not give food aid to Chile.", "Norway", "NOR", "Chile", "CHL");
        assertEquals("NOR>CHL:073", triples(didNot));
        assertEquals(Modality.NEGATED, didNot.get(0).modality());
    }

    @Test
    void nounInTheVerbsObjectIsNotASecondEvent() {
        assertEquals("NOR>CHL:046 CHL>NOR:046", triples(code("Norway held talks with Chile about a trip to Peru.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER")));
        // after a comma the noun phrase is no longer the object
        assertEquals("NOR>CHL:046 CHL>NOR:046 NOR>PER:042", triples(code(
                "Norway held talks with Chile, and its trip to Peru was brief.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void possessivePronounSubjectIsResolvedLikeAPronoun() {
        assertEquals("NOR>CHL:190", triples(code("Norway said on Monday their soldiers attacked Chile.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void activeVoice() {
        assertEquals("FRA>DEU:042", triples(code("France visited Germany.", "France", "FRA", "Germany", "DEU")));
    }

    @Test
    void passiveVoiceSwapsRoles() {
        assertEquals("ARM>GEO:190", triples(code("Georgia was attacked by Armenia on the border.",
                "Georgia", "GEO", "Armenia", "ARM")));
    }

    @Test
    void passiveAgentAfterATimeWord() {
        assertEquals("NOR>null:0841", triples(code("The prisoners were released on Monday by Norway.",
                "Norway", "NOR")));
        assertEquals("NOR>CHL:0841", triples(code("Chile was released yesterday by Norway.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void frontedParticipleTakesTheMainSubject() {
        assertEquals("NOR>CHL:040", triples(code("Meeting Chile on Monday, Norway signed nothing.",
                "Norway", "NOR", "Chile", "CHL")));
        assertEquals("NOR>CHL:040", triples(code("Having met Chile in May, Norway went home.",
                "Norway", "NOR", "Chile", "CHL")));
        assertEquals("NOR>CHL:040", triples(code("By meeting Chile, the Norwegian government angered Peru.",
                "Norwegian government", "NOR", "Chile", "CHL")));
        // an adverbial before it still leaves the adjunct opening the sentence
        assertEquals("NOR>CHL:040", triples(code("In addition, by meeting Chile, the Norwegian government angered"
                + " Peru.", "Norwegian government", "NOR", "Chile", "CHL")));
    }

    @Test
    void trailingParticipleTakesTheAgentOfAPassiveAndNeverTheReporter() {
        // ", shelling ..." after a passive: the shelling is done by the agent, not by the one attacked (and the
        // ministry that tells it accuses Norway: ReportedAccusations)
        assertEquals("SWEGOV>NOR:112 NOR>PER:194", triples(code(
                "A camp near the border was attacked by Norway, shelling Peru, the Swedish ministry said.",
                "Norway", "NOR", "Peru", "PER", "Swedish ministry", "SWEGOV")));
        // a trailing participle is no fronted adjunct: the reporter after the next comma is not its doer
        List<EventMention> unknownDoer = code("A camp near the border was shelled overnight, shelling Peru, "
                + "the Swedish ministry said.", "Peru", "PER", "Swedish ministry", "SWEGOV");
        assertTrue(unknownDoer.stream().noneMatch(e -> "SWEGOV".equals(e.source())), triples(unknownDoer));
    }

    @Test
    void aGerundAfterAPrepositionIsAVerbOfTheMainSubject() {
        // the tagger reads "imposing" after "on" as a noun; with an object after it, it is the verb
        assertEquals("NOR>CHL:163", triples(code("Norway insisted on imposing new sanctions on Chile.",
                "Norway", "NOR", "Chile", "CHL")));
        // a gerund with no object stays a noun: no event from "the bombing"
        assertEquals("", triples(code("Norway insisted on the bombing.", "Norway", "NOR")));
    }

    @Test
    void aRelativeClauseOnAThingHasThatThingAsSubject() {
        // "a plan that aims to impose sanctions": Norway backs the plan; it imposes nothing itself
        assertEquals("", triples(code("Norway backed a plan that aims to impose sanctions on Chile.",
                "Norway", "NOR", "Chile", "CHL")));
        assertEquals("NOR>CHL:163", triples(code("Norway, which opposed the plan, imposed sanctions on Chile.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void troopsArrivingAreNoVisit() {
        assertEquals("", triples(code("A contingent of Norwegian soldiers arrived in Chile.",
                "Norwegian", "NOR", "Chile", "CHL")));
        assertEquals("NORGOV>CHL:042", triples(code("The Norwegian minister arrived in Chile.",
                "Norwegian minister", "NORGOV", "Chile", "CHL")));
    }

    @Test
    void aProtestsStatedDemandIsPartOfTheProtest() {
        assertEquals("NOR>NORGOV:141", triples(code("Norway demonstrated in the streets, demanding reform.",
                "Norway", "NOR")));
        // a demand by someone else, in its own clause, stays an event
        assertEquals("NOR>NORGOV:141 CHL>null:100", triples(code(
                "Norway demonstrated in the streets as Chile demanded calm.", "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void anUntargetedActIsSubsumedByAnActOfTheSameRootWithATarget() {
        // "Norwegian shelling killed ...": the noun and the verb tell one assault
        assertEquals("NOR>CHL:190", triples(code("Norway shelled the border and attacked Chile.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void aNounOfTheSameRootLaterInTheClauseIsTheSameAct() {
        // one protest, told by the verb and again by the noun in its adjunct
        assertEquals("NOR>NORGOV:141", triples(code(
                "Norway demonstrated on the first day of a week of walkouts.", "Norway", "NOR")));
    }

    @Test
    void anAndClosesAList() {
        assertEquals("NOR>CHL:190 NOR>PER:190", triples(code("Norway attacked Chile and Peru, a Swedish weekly said.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER", "Swedish", "SWE")));
        assertEquals("NOR>CHL:190 NOR>PER:190 NOR>SWE:190", triples(code("Norway attacked Chile, Peru and Sweden.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER", "Sweden", "SWE")));
    }

    @Test
    void aDatelineIsNoSubject() {
        // "LIMA, May 5 (Wire) - ...": the dash ends the dateline, so its city is not the doer
        List<EventMention> e = code("LIMA (Wire) - Masked gunmen attacked Chile.", "LIMA", "PERGOV",
                "Chile", "CHL");
        assertTrue(e.stream().noneMatch(x -> "PERGOV".equals(x.source())), triples(e));
        // a hyphen inside a word is no dash
        assertEquals("NOR>CHL:190", triples(code("Norway's well-armed troops attacked Chile.", "Norway", "NOR",
                "Chile", "CHL")));
    }

    @Test
    void anUnnamedArmedGroupIsStillTheDoer() {
        // no country is named, but the insurgents did the shelling: source ---REB, not no event
        assertEquals("---REB>CHL:194", triples(code("Insurgents shelled Chile overnight.", "Insurgents", "---REB",
                "Chile", "CHL")));
        assertEquals("---REB>CHL:194", triples(code("Masked rebels shelled Chile.", "rebels", "---REB",
                "Chile", "CHL")));
        // an unnamed civilian or official is no doer of its own
        assertEquals("", triples(code("Officials shelled Chile.", "Officials", "---GOV", "Chile", "CHL")));
    }

    @Test
    void protestersOutsideAnEmbassyAreTheCitysPeopleAimingAtItsGovernment() {
        assertEquals("PERCVL>NORGOV:141", triples(code(
                "Thousands of people demonstrated outside the Norwegian embassy in Lima.",
                "Norwegian embassy", "NORGOV", "Lima", "PERGOV")));
    }

    @Test
    void ratifyingAPactIsOneSidedSigningItMutual() {
        assertEquals("NOR>CHL:057 CHL>NOR:057", triples(code("Norway signed an agreement with Chile.",
                "Norway", "NOR", "Chile", "CHL")));
        assertEquals("NOR>CHL:057", triples(code("Norway ratified an agreement with Chile.",
                "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void compoundSubjectGivesOneEventPerActor() {
        assertEquals("NOR>POL:163 SWE>POL:163", triples(code(
                "Norway and Sweden imposed new sanctions on Poland.", "Norway", "NOR", "Sweden", "SWE",
                "Poland", "POL")));
    }

    @Test
    void compoundTargetGivesOneEventPerActor() {
        assertEquals("NOR>POL:163 NOR>CZE:163", triples(code(
                "Norway imposed sanctions on Poland and the Czech Republic.", "Norway", "NOR", "Poland", "POL",
                "Czech Republic", "CZE")));
    }

    @Test
    void compoundWithoutTargetIsReciprocalOnlyWhenTheTextSaysSo() {
        // signing is a symmetric act: "X and Y signed an agreement" is X and Y signing with each other (issue 13)
        assertEquals("CHL>PER:057 PER>CHL:057",
                triples(code("Chile and Peru signed a fisheries agreement.", "Chile", "CHL", "Peru", "PER")));
        assertEquals("CHL>PER:057 PER>CHL:057", triples(code(
                "Chile and Peru signed a fisheries agreement with each other.", "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void appositionIsNotACompound() {
        assertEquals("PAK>IRN:042", triples(code("Pakistan, a key Chinese ally, visited Iran.",
                "Pakistan", "PAK", "Chinese", "CHN", "Iran", "IRN")));
    }

    @Test
    void coordinatedVerbPhraseIsASecondEvent() {
        assertEquals("GHA>TGO:111 GHA>BEN:163", triples(code("Ghana criticized Togo and imposed sanctions on Benin.",
                "Ghana", "GHA", "Togo", "TGO", "Benin", "BEN")));
    }

    @Test
    void embeddedComplementIsPartOfTheMainEvent() {
        // one demand whose content is sanctions, not a demand plus sanctions that nobody imposed
        assertEquals("GHA>TGO:100", triples(code("Ghana demanded that Togo impose sanctions on Benin.",
                "Ghana", "GHA", "Togo", "TGO", "Benin", "BEN")));
    }

    @Test
    void reportedSpeechCodesTheReportedEventWithSaidBy() {
        List<EventMention> events = code("Ukraine said Russian forces shelled Kharkiv overnight.",
                "Ukraine", "UKR", "Russian forces", "RUSMIL", "Kharkiv", "UKR");
        EventMention e = events.stream().filter(x -> x.code().equals("194")).findFirst().orElseThrow();
        assertEquals("RUSMIL", e.source());
        assertEquals("UKR", e.target());
        assertEquals("UKR", e.saidBy());
    }

    @Test
    void trailingReporter() {
        List<EventMention> events = code("Russian forces shelled Kharkiv, Ukraine said.",
                "Ukraine", "UKR", "Russian forces", "RUSMIL", "Kharkiv", "UKR");
        assertEquals("RUSMIL", events.get(0).source());
        assertEquals("UKR", events.get(0).saidBy());
    }

    @Test
    void subjectRelativeClause() {
        assertEquals("KEN>TZA:042", triples(code("Kenya, which visited Tanzania, is a neighbour.",
                "Kenya", "KEN", "Tanzania", "TZA")));
    }

    @Test
    void objectRelativeClauseWithPronoun() {
        List<EventMention> events = code(
                "Macron thanked Scholz, whom he met in Paris last week.", "Macron", "FRAGOV", "Scholz", "DEUGOV");
        EventMention e = events.stream().filter(x -> x.code().equals("040")).findFirst().orElseThrow();
        assertEquals("FRAGOV", e.source());
        assertEquals("DEUGOV", e.target());
    }

    @Test
    void prepositionalObjectIsNotTheSubject() {
        assertEquals("BRA>ARG:042", triples(code("Brazil, after talks in Chile, visited Argentina.",
                "Brazil", "BRA", "Chile", "CHL", "Argentina", "ARG")));
    }

    @Test
    void nominalPatternWithSourceSlotAndPossessive() {
        assertEquals("IND>PAK:046 PAK>IND:046", triples(code("The talks between India and Pakistan resumed.",
                "India", "IND", "Pakistan", "PAK")));
        assertEquals("JPN>KOR:042", triples(code("Japan's visit to South Korea was brief.",
                "Japan", "JPN", "South Korea", "KOR")));
    }

    @Test
    void mostSpecificPatternWins() {
        List<EventMention> events = code("Egypt signed a trade agreement with Jordan.", "Egypt", "EGY",
                "Jordan", "JOR");
        assertEquals("EGY>JOR:057 JOR>EGY:057", triples(events)); // signing with a partner is mutual
        assertTrue(events.get(0).pattern().endsWith("test-patterns.tsv:22"), events.get(0).pattern());
    }
}
