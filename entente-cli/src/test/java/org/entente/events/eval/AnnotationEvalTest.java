package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's label format on a fixture written for this test (entente-cli/src/test/resources/annotations: four short articles,
 * their labels and units table). Unit x1 has four gold events: the coder finds France condemning Iran (111) and the
 * signing, but without the other signatory as target (RUS and CHN each with no target), and not the detention (173,
 * not essential). Unit s2 is a short report whose extent is its first sentence only (Germany's aid to Ukraine).
 * Units x3 (text changed) and x4 (wrong line) must be left out with their reason.
 */
class AnnotationEvalTest {
    private static final Path DIR = Path.of("entente-cli/src/test/resources/annotations");
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        // the scorer's arithmetic on the hand rules' output: the learned filter would drop the target-less signings
        pipeline = org.entente.events.learn.FilterTrainer.withoutFilter();
    }

    private static AnnotationSet read(String split) throws Exception {
        return AnnotationSet.read(List.of(DIR.resolve("labels.jsonl")), DIR.resolve("articles.jsonl"),
                DIR.resolve("units.tsv"), split);
    }

    @Test
    void labelsThatCannotBeJoinedAreNamedAndLeftOut() throws Exception {
        AnnotationSet set = read(null);
        assertEquals(List.of("x1", "s2"), set.units().stream().map(AnnotationSet.Unit::unit).toList());
        assertEquals(2, set.problems().size(), set.problems().toString());
        assertTrue(set.problems().get(0).contains("labels.jsonl:3") && set.problems().get(0).contains("text_sha1"),
                set.problems().get(0));
        assertTrue(set.problems().get(1).contains("labels.jsonl:4") && set.problems().get(1).contains("not fx-004"),
                set.problems().get(1));
    }

    @Test
    void scoresTriplesRecallByEssentialAndRolesOverTheExtentOnly() throws Exception {
        AnnotationEval.Report r = new AnnotationEval(pipeline).evaluate(read(null), null);
        assertEquals(2, r.units());
        // x1: RUS>CHN:057 and CHN>RUS:057 ("X and Y signed" pairs the two, the mutual_compound trait), FRA>IRN:111;
        // s2 (first sentence only): DEU>UKR:07x. Poland's promise lies outside the short report's extent and is
        // not coded.
        assertEquals(4, r.predicted());
        assertEquals(5, r.gold());
        assertEquals(4, r.goldEssential());
        assertEquals(4, r.right());
        assertEquals(4, r.foundEssential());
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(0.8, r.recall(), 1e-9);
        assertEquals(1.0, r.recallEssential(), 1e-9);
        assertEquals(1.0, r.modalityAccuracy(), 1e-9);
        // the two signings match on sentence and root, with both sides right
        assertEquals(4, r.roleMatches());
        assertEquals(4, r.sourceRight());
        assertEquals(4, r.targetRight());
        assertEquals(new AnnotationEval.RootRow(2, 2, 2, 2, 2, 2), r.perRoot().get("05"));
        assertEquals(new AnnotationEval.RootRow(1, 0, 0, 0, 0, 0), r.perRoot().get("17"));
    }

    @Test
    void splitKeepsOnlyItsUnits() throws Exception {
        AnnotationSet test = read("test");
        assertEquals(List.of("s2"), test.units().stream().map(AnnotationSet.Unit::unit).toList());
        AnnotationEval.Report r = new AnnotationEval(pipeline).evaluate(test, "test");
        assertEquals(1, r.predicted());
        assertEquals(1, r.right());
        assertEquals(1.0, r.f1(), 1e-9);
        // s2 is a political short report (Germany's aid, 070) and the coder's 07x is of its class
        ShortReportScore.Result shorts = r.shorts();
        assertEquals(1, shorts.political());
        assertEquals(1, shorts.recalled());
        assertEquals(1, shorts.emitted());
        assertEquals(1, shorts.classRight());
        assertEquals(0, shorts.nonPolitical());
    }

    @Test
    void articlesAreNotScoredAsShortReports() throws Exception {
        AnnotationEval.Report r = new AnnotationEval(pipeline).evaluate(read("dev"), "dev");
        assertEquals(0, r.shorts().political() + r.shorts().nonPolitical());
    }
}
