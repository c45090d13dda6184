package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence rule on hand-made reports: which tolerance needs which evidence. */
class MergeRuleTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    private final MergeRule rule = new MergeRule(Resolution.standard());

    private static EventState event(String code, String words, String names) {
        return new EventState(1, code, DAY, "ISR", "LBN", null, null, words, names, null, null, null, null, 1, 1, 1,
                List.of("Wire A"), DAY, DAY);
    }

    private static MergeRule.Report report(String code, String sentence, List<String> names) {
        return new MergeRule.Report(code, DAY.plusDays(1), null, null, Resolution.words(sentence), names, null, null,
                null, null, null);
    }

    @Test
    void inOneArticleTheSameCodeMergesOnlyWhenBothSidesAgree() {
        EventState e = event("051", Resolution.words("The minister praised the border agreement on Monday"), "");
        MergeRule.Report r = report("051", "Officials welcomed the new budget plans", List.of());
        assertTrue(rule.compare(r, e, DyadMatch.SAME, true).merges(), "same code, same sides, same article");
        assertFalse(rule.compare(r, e, DyadMatch.ONE_SIDE, true).merges(),
                "same code across a missing side, in other words: two statements");
        MergeRule.Report retold = report("051", "The minister again praised the border agreement", List.of());
        assertTrue(rule.compare(retold, e, DyadMatch.ONE_SIDE, true).merges(), "the same act told in the same words");
    }

    @Test
    void anUpdateOfOneStoryMergesOnItsNamesAndFewSharedWordsOnlyWithTheSameCode() {
        List<String> names = List.of("khiam", "nabatieh", "tyre", "hezbollah", "litani");
        EventState e = event("195", Resolution.words("Jets struck launchers near the river overnight, killing two"),
                String.join(" ", names));
        MergeRule.Report r = report("195", "Jets hit launchers at dawn and two fighters died, residents said",
                names);
        assertTrue(rule.compare(r, e, DyadMatch.SAME, false).merges(), "same code, the whole story's names");
        MergeRule.Report other = report("194", "Jets hit launchers at dawn and two fighters died, residents said",
                names);
        assertFalse(rule.compare(other, e, DyadMatch.SAME, false).merges(), "another code needs more shared words");
        MergeRule.Report fewNames = report("195", "Jets hit launchers at dawn and two fighters died",
                List.of("khiam", "beirut", "paris", "london", "rome"));
        assertFalse(rule.compare(fewNames, e, DyadMatch.SAME, false).merges(), "one shared name is no story");
    }

    @Test
    void undatedReportsOfTwoArticlesNeedThreeSharedActWords() {
        List<String> names = List.of("berlin", "scholz", "olaf", "free", "democrats");
        EventState e = new EventState(1, "051", null, "DEU", null, null, null,
                Resolution.words("The Free Democrats welcomed the plans for the runway"), String.join(" ", names), null,
                null, null, null, 1, 1, 1, List.of("Wire A"), null, null);
        // another story of the same cast (school money, not the runway): three of its five names shared
        List<String> otherStory = List.of("berlin", "scholz", "olaf", "schools", "education");
        String twoWords = "The Free Democrats also welcomed the plans";
        MergeRule.Report undated = new MergeRule.Report("051", null, null, null, Resolution.words(twoWords),
                otherStory, null, null, null, null, null);
        MergeEvidence ev = rule.compare(undated, e, DyadMatch.SAME, false);
        assertTrue(ev.actWords() >= Resolution.standard().strongActWords() && ev.story() >= 0.2,
                "the overlaps alone would merge it: " + ev.explain());
        assertFalse(ev.merges(), "undated, two shared words (welcom, plan) are no act: " + ev.explain());
        assertTrue(rule.compare(undated, e, DyadMatch.SAME, true).merges(), "in one article the same code merges");
        MergeRule.Report threeWords = new MergeRule.Report("051", null, null, null,
                Resolution.words("The Free Democrats welcomed the cabinet's plans for a runway"), otherStory, null,
                null, null, null, null);
        assertTrue(rule.compare(threeWords, e, DyadMatch.SAME, false).merges(), "three shared words are");
        MergeRule.Report sameStory = new MergeRule.Report("051", null, null, null,
                Resolution.words("The Free Democrats praised a decision"), names, null, null, null, null, null);
        assertFalse(rule.compare(sameStory, e, DyadMatch.SAME, false).merges(),
                "the whole story's names with few words merge only reports known to be close in time");
        EventState dated = event("051", e.words, String.join(" ", names));
        assertTrue(rule.compare(report("051", twoWords, otherStory), dated, DyadMatch.SAME, false).merges(),
                "dated a day apart, the window already kept other days' stories out");
    }

    @Test
    void theLooserEvidenceHoldsOnlyForReportsCloseInTime() {
        List<String> names = List.of("khiam", "nabatieh", "tyre", "hezbollah", "litani");
        EventState e = event("195", Resolution.words("Jets struck launchers near the river overnight, killing two"),
                String.join(" ", names));
        String told = "Jets struck launchers near the river at night and killed two, the army said";
        MergeRule.Report nextDay = report("195", told, names);
        assertTrue(rule.compare(nextDay, e, DyadMatch.ONE_SIDE, false).merges(), "a side left out, the next day");
        MergeRule.Report later = new MergeRule.Report("195", DAY.plusDays(3), null, null, Resolution.words(told),
                names, null, null, null, null, null);
        assertTrue(rule.compare(later, e, DyadMatch.SAME, false).merges(), "both sides, three days apart");
        assertFalse(rule.compare(later, e, DyadMatch.ONE_SIDE, false).merges(), "a side left out, three days apart");
    }

    @Test
    void twoOutletsLeadsMergeTheSameCodeOnTheSameDayOnly() {
        short[] floodA = Sketch.of(SketchTest.FLOOD_A_TITLE, SketchTest.FLOOD_A);
        short[] floodB = Sketch.of(SketchTest.FLOOD_B_TITLE, SketchTest.FLOOD_B);
        short[] budget = Sketch.of(SketchTest.BUDGET_TITLE, SketchTest.BUDGET);
        EventState e = event("0233", Resolution.words("The governor promised repairs within a week"), "");
        e.lead = floodA;
        // few shared act words and no shared names: only the leads speak for one happening
        String told = "Officials said the line would reopen soon";
        MergeRule.Report sameDay = new MergeRule.Report("0233", DAY, null, null, Resolution.words(told), List.of(),
                null, null, null, null, floodB);
        MergeEvidence ev = rule.compare(sameDay, e, DyadMatch.SAME, false);
        assertTrue(ev.merges(), "same code, same day, leads overlap " + ev.lead());
        assertTrue(ev.explain().contains("lead words"), ev.explain());
        assertTrue(rule.compare(sameDay, e, DyadMatch.ONE_SIDE, false).merges(), "a side left out, same day");
        MergeRule.Report otherCode = new MergeRule.Report("0234", DAY, null, null, Resolution.words(told), List.of(),
                null, null, null, null, floodB);
        assertFalse(rule.compare(otherCode, e, DyadMatch.SAME, false).merges(), "another code of the root");
        MergeRule.Report nextDay = report("0233", told, List.of());
        nextDay = new MergeRule.Report("0233", DAY.plusDays(1), null, null, nextDay.words(), List.of(), null, null,
                null, null, floodB);
        assertFalse(rule.compare(nextDay, e, DyadMatch.SAME, false).merges(), "a day apart");
        MergeRule.Report undated = new MergeRule.Report("0233", null, null, null, Resolution.words(told), List.of(),
                null, null, null, null, floodB);
        assertFalse(rule.compare(undated, e, DyadMatch.SAME, false).merges(), "no date");
        MergeRule.Report otherStory = new MergeRule.Report("0233", DAY, null, null, Resolution.words(told), List.of(),
                null, null, null, null, budget);
        assertFalse(rule.compare(otherStory, e, DyadMatch.SAME, false).merges(), "the same cast in another story");
    }
}
