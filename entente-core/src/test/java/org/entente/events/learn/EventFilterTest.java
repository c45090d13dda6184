package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.PatternLoader;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.text.Sentence;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

/** The filter's decisions and provenance, its features and its model file, on sentences written for this test. */
class EventFilterTest {
    private static final String TEXT = "Rebels attacked the border post on Monday.";
    private static final Article ARTICLE = new Article("t1", "t1", null, null, null, LocalDate.of(2024, 5, 6), null,
            "en", TEXT, Map.of());

    /** "Rebels attacked the border post": tokens with their tags and lemmas, as the analyser gives them. */
    private static Sentence sentence() {
        String[][] words = {{"Rebels", "NNS", "rebel"}, {"attacked", "VBD", "attack"}, {"the", "DT", "the"},
                {"border", "NN", "border"}, {"post", "NN", "post"}, {"on", "IN", "on"}, {"Monday", "NNP", "monday"},
                {".", ".", "."}};
        Document.Builder doc = Document.builder(ARTICLE);
        int at = 0;
        for (String[] w : words) {
            int start = TEXT.indexOf(w[0], at);
            doc.token(start, start + w[0].length(), w[1], w[2]);
            at = start + w[0].length();
        }
        return doc.sentence(0, TEXT.length()).build().sentence(0);
    }

    private static EventMention attack(String target) {
        return attack(target, "patterns/19.tsv:1");
    }

    private static EventMention attack(String target, String pattern) {
        return new EventMention("t1", "t1", LocalDate.of(2024, 5, 6), "UKRREB", target, "UKR",
                target == null ? null : target.substring(0, 3), "190", "19", 4, -10, "ASSAULT", Modality.ASSERTED, 0,
                TEXT, new Span(0, TEXT.length()), new Span(0, 6), new Span(7, 15),
                target == null ? null : new Span(20, 31), null, false, null, pattern, List.of());
    }

    private static FilterModel model(String weights) {
        return FilterModel.parse("# written for the test\nthreshold\t0.5\nbias\t0\n" + weights, "test model");
    }

    @Test
    void featuresReadTheTriggerItsNeighboursAndTheActors() {
        List<String> f = FilterFeatures.of(ARTICLE, sentence(), attack("RUSMIL"));
        assertTrue(f.containsAll(List.of("trig=attack", "trig|root=attack|19", "trig.pos=VBD", "w-1=rebel",
                "w+1=the", "src=role:REB", "tgt=role:MIL", "src.at=before0", "tgt.at=after2", "root=19",
                "pat=patterns/19.tsv:1", "mod=asserted", "sent.index=0")), f.toString());
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), attack(null)).contains("tgt=none"));
    }

    @Test
    void aPatternRowKeepsItsWeightWhenARowIsInsertedAboveIt() {
        // version 1 of a pattern file: the attack row is line 2; a model learns a weight for it
        String file = "filter-key-test.tsv";
        dictionary(file, "190\tattack +\n195\tbomb +\n");
        List<String> before = FilterFeatures.of(ARTICLE, sentence(), attack("RUSMIL", file + ":1"));
        assertTrue(before.contains("pat=190|attack +"), before.toString());
        EventFilter filter = new EventFilter(model("pat=190|attack +\t2.0\n"));
        double learned = filter.score(ARTICLE, sentence(), attack("RUSMIL", file + ":1"), List.of());
        // version 2: a row inserted above moves the attack row to line 2 and puts another pattern on line 1
        dictionary(file, "190\tstrike +\n190\tattack +\n195\tbomb +\n");
        EventMention moved = attack("RUSMIL", file + ":2");
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), moved).contains("pat=190|attack +"));
        assertEquals(learned, filter.score(ARTICLE, sentence(), moved, List.of()), 1e-12);
        // the row now on the attack row's old line is another pattern and does not inherit its weight
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), attack("RUSMIL", file + ":1")).contains("pat=190|strike +"));
        assertTrue(filter.score(ARTICLE, sentence(), attack("RUSMIL", file + ":1"), List.of()) < learned);
    }

    @Test
    void patternKeysIgnoreCaseAndSpacingAndDerivedEventsAreKeyedByTheirRule() {
        String file = "filter-key-spacing.tsv";
        dictionary(file, "190\t  Attack   +\n");
        assertEquals("190|attack +", FilterFeatures.patternKey(file + ":1"));
        assertEquals("rule:want-as-urge", FilterFeatures.patternKey("rule:want-as-urge<-" + file + ":1"));
        assertEquals("none", FilterFeatures.patternKey(null));
        // a provenance no dictionary of this process holds stays as it is
        assertEquals("learned-proposer", FilterFeatures.patternKey("learned-proposer"));
    }

    private static void dictionary(String name, String rows) {
        new PatternDictionary(new PatternLoader(CameoTable.standard()).parse(name, rows, 0));
    }

    @Test
    void actorKinds() {
        assertEquals("country", FilterFeatures.kind("RUS"));
        assertEquals("org", FilterFeatures.kind("IGOUNO"));
        assertEquals("generic", FilterFeatures.kind("---CVL"));
        assertEquals("role:GOV", FilterFeatures.kind("USAGOV"));
        assertEquals("none", FilterFeatures.kind(null));
    }

    @Test
    void keepsLikelyActsWithTheirScoreAndDropsTheRest() {
        // the attack with a named target is likely real, the one without a target is not
        EventFilter filter = new EventFilter(model("trig=attack\t1.0\ntgt=none\t-3.0\n"));
        List<EventMention> kept = filter.keep(ARTICLE, sentence(), List.of(attack("RUSMIL"), attack(null)));
        assertEquals(1, kept.size());
        assertEquals("RUSMIL", kept.get(0).target());
        assertEquals(List.of("learned-filter:0.731"), kept.get(0).rules());
    }

    @Test
    void everyModalityIsJudgedAndReadAsAFeature() {
        EventMention a = attack(null);
        EventMention negated = new EventMention(a.article(), a.articleId(), a.date(), a.source(), a.target(),
                a.sourceCountry(), a.targetCountry(), a.code(), a.root(), a.quad(), a.goldstein(), a.plover(),
                Modality.NEGATED, a.sentence(), a.text(), a.span(), a.sourceSpan(), a.verbSpan(), a.targetSpan(),
                a.location(), a.historical(), a.saidBy(), a.pattern(), a.rules());
        assertTrue(EventFilter.judges(negated));
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), negated).contains("root|mod=19|negated"));
        // a model against negated attacks drops the negated one and keeps the asserted one
        EventFilter filter = new EventFilter(model("root|mod=19|negated\t-3.0\n"));
        List<EventMention> kept = filter.keep(ARTICLE, sentence(), List.of(a, negated));
        assertEquals(1, kept.size());
        assertEquals(Modality.ASSERTED, kept.get(0).modality());
    }

    @Test
    void theStretchBetweenTriggerAndActorsStandsInForAPath() {
        List<String> f = FilterFeatures.of(ARTICLE, sentence(), attack("RUSMIL"));
        // "Rebels attacked": nothing between; "attacked the border post": the word before the target is "the"
        assertTrue(f.containsAll(List.of("src.prev=<s>", "src.verbs_between=0", "tgt.prev=the",
                "tgt.verbs_between=0", "t-1=N", "t+1=D", "t-1|t|t+1=N|V|D")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.endsWith(".comma_between") || x.endsWith(".clause_between")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.equals("trig.noun_modifier")), f.toString());
    }

    @Test
    void competingEventsOfTheSentenceAreFeatures() {
        EventMention a = attack("RUSMIL");
        EventMention protest = new EventMention(a.article(), a.articleId(), a.date(), a.source(), a.target(),
                a.sourceCountry(), a.targetCountry(), "141", "14", 3, -6.5, "PROTEST", Modality.ASSERTED,
                a.sentence(), a.text(), a.span(), a.sourceSpan(), a.verbSpan(), a.targetSpan(), a.location(),
                a.historical(), a.saidBy(), "patterns/14.tsv:1", a.rules());
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), a).contains("sent.events=1"));
        List<String> f = FilterFeatures.of(ARTICLE, sentence(), a, List.of(a, protest));
        assertTrue(f.containsAll(List.of("sent.events=2", "trigger.other_root")), f.toString());
        assertTrue(!f.contains("root.other_trigger"), f.toString());
    }

    @Test
    void privateDoersAreNamed() {
        assertTrue(FilterFeatures.isPrivate("MNC"));
        assertTrue(FilterFeatures.isPrivate("GBRBUS"));
        assertTrue(FilterFeatures.isPrivate("---CVL"));
        assertTrue(!FilterFeatures.isPrivate("USAGOV"));
        assertTrue(!FilterFeatures.isPrivate("RUS"));
        assertTrue(!FilterFeatures.isPrivate(null));
        EventMention a = attack("RUSMIL");
        EventMention byFirm = new EventMention(a.article(), a.articleId(), a.date(), "UKRBUS", a.target(), "UKR",
                a.targetCountry(), a.code(), a.root(), a.quad(), a.goldstein(), a.plover(), a.modality(),
                a.sentence(), a.text(), a.span(), a.sourceSpan(), a.verbSpan(), a.targetSpan(), a.location(),
                a.historical(), a.saidBy(), a.pattern(), a.rules());
        assertTrue(FilterFeatures.of(ARTICLE, sentence(), byFirm).containsAll(List.of("src.private",
                "root|src.private=19")));
        assertEquals("business", FilterFeatures.kind("MNCUSA"));
    }

    @Test
    void theThresholdDecides() {
        FilterModel m = model("trig=attack\t-0.1\n");
        assertEquals(0, new EventFilter(m).keep(ARTICLE, sentence(), List.of(attack("RUSMIL"))).size());
        EventFilter lower = new EventFilter(m.withThreshold(0.4, List.of()));
        assertEquals(1, lower.keep(ARTICLE, sentence(), List.of(attack("RUSMIL"))).size());
    }

    @Test
    void aModelReadBackIsTheModelWritten() {
        FilterModel m = model("b\t0.25\na\t-1.5\n");
        FilterModel back = FilterModel.parse(m.text(), "round trip");
        assertEquals(m.text(), back.text());
        assertEquals(m.probability(List.of("a", "b", "unseen")), back.probability(List.of("a", "b", "unseen")));
    }

    @Test
    void aBadModelFileIsNamedWithItsLineAndReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FilterModel.parse("threshold\t0.5\nbias\t0\nfeature without weight\n", "m.tsv"));
        assertTrue(e.getMessage().startsWith("m.tsv:3:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FilterModel.parse("bias\t0\n", "m.tsv"));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FilterModel.parse("threshold\t1.5\nbias\t0\n", "m.tsv"));
        assertTrue(e.getMessage().contains("not a probability"), e.getMessage());
    }

    @Test
    void theShippedModelLoads() {
        FilterModel m = EventFilter.standard().model();
        assertTrue(m.weights().size() > 100, "features: " + m.weights().size());
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
    }
}
