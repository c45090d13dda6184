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
                null, null);
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
    void theLooserEvidenceHoldsOnlyForReportsCloseInTime() {
        List<String> names = List.of("khiam", "nabatieh", "tyre", "hezbollah", "litani");
        EventState e = event("195", Resolution.words("Jets struck launchers near the river overnight, killing two"),
                String.join(" ", names));
        String told = "Jets struck launchers near the river at night and killed two, the army said";
        MergeRule.Report nextDay = report("195", told, names);
        assertTrue(rule.compare(nextDay, e, DyadMatch.ONE_SIDE, false).merges(), "a side left out, the next day");
        MergeRule.Report later = new MergeRule.Report("195", DAY.plusDays(3), null, null, Resolution.words(told),
                names, null, null, null, null);
        assertTrue(rule.compare(later, e, DyadMatch.SAME, false).merges(), "both sides, three days apart");
        assertFalse(rule.compare(later, e, DyadMatch.ONE_SIDE, false).merges(), "a side left out, three days apart");
    }
}
