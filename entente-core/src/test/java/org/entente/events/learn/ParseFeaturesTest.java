package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.parse.DependencyParse;
import org.junit.jupiter.api.Test;

/**
 * The filter's parse features on sentences written for this test, each with a hand-made parse (NLP4J's labels): a
 * subject source against one that only stands near the trigger, a trigger modifying a noun, a trigger under a
 * condition, and a sentence the coder did not parse.
 */
class ParseFeaturesTest {
    /** One token: word, tag, lemma, head (index, -1 root), relation. */
    private record W(String word, String tag, String lemma, int head, String label) {
    }

    private record Parsed(Article article, Sentence sentence, DependencyParse parse, String text) {
        /** The character span of the {@code n}th (0-based) occurrence of {@code word}. */
        Span span(String words) {
            int at = text.indexOf(words);
            return new Span(at, at + words.length());
        }
    }

    private static Parsed parsed(W... ws) {
        StringBuilder b = new StringBuilder();
        for (W w : ws) {
            if (b.length() > 0 && !w.word().equals(".") && !w.word().equals(",")) {
                b.append(' ');
            }
            b.append(w.word());
        }
        String text = b.toString();
        Article a = new Article("p1", "p1", null, null, null, LocalDate.of(2024, 5, 6), null, "en", text, Map.of());
        Document.Builder doc = Document.builder(a);
        int at = 0;
        int[] heads = new int[ws.length];
        String[] labels = new String[ws.length];
        String[] words = new String[ws.length];
        String[] tags = new String[ws.length];
        for (int i = 0; i < ws.length; i++) {
            W w = ws[i];
            int start = text.indexOf(w.word(), at);
            doc.token(start, start + w.word().length(), w.tag(), w.lemma());
            at = start + w.word().length();
            heads[i] = w.head();
            labels[i] = w.label();
            words[i] = w.word();
            tags[i] = w.tag();
        }
        Sentence s = doc.sentence(0, text.length()).build().sentence(0);
        return new Parsed(a, s, new DependencyParse(heads, labels, words, tags), text);
    }

    private static EventMention event(Parsed p, String source, String trigger, String target, String code) {
        return new EventMention("p1", "p1", LocalDate.of(2024, 5, 6), "UKRREB", target == null ? null : "RUSMIL",
                "UKR", target == null ? null : "RUS", code, code.substring(0, 2), 4, -10, "ASSAULT",
                Modality.ASSERTED, 0, p.text(), new Span(0, p.text().length()), p.span(source), p.span(trigger),
                target == null ? null : p.span(target), null, false, null, "patterns/19.tsv:1", List.of());
    }

    private static List<String> features(Parsed p, EventMention e) {
        return FilterFeatures.of(p.article(), p.sentence(), p.parse(), e, List.of(e));
    }

    /** "Rebels attacked the army post on Monday." */
    private static Parsed plainAttack() {
        return parsed(new W("Rebels", "NNS", "rebel", 1, "nsubj"), new W("attacked", "VBD", "attack", -1, "root"),
                new W("the", "DT", "the", 4, "det"), new W("army", "NN", "army", 4, "compound"),
                new W("post", "NN", "post", 1, "dobj"), new W("on", "IN", "on", 1, "prep"),
                new W("Monday", "NNP", "monday", 5, "pobj"), new W(".", ".", ".", 1, "punct"));
    }

    @Test
    void aSubjectSourceAndAnObjectTargetOfARootVerb() {
        Parsed p = plainAttack();
        List<String> f = features(p, event(p, "Rebels", "attacked", "army post", "190"));
        assertTrue(f.contains("dep=root"), f::toString);
        assertTrue(f.contains("src.rel=nsubj"), f::toString);
        assertTrue(f.contains("src.path=nsubj|"), f::toString);
        assertTrue(f.contains("src.path.len=1"), f::toString);
        assertTrue(f.contains("tgt.rel=dobj"), f::toString);
        assertTrue(f.contains("clause.depth=0"), f::toString);
        assertFalse(f.contains("parse=none"));
        assertFalse(f.stream().anyMatch(x -> x.startsWith("above=")), f::toString);
    }

    @Test
    void aSourceOfTheReportAboveIsOnlyNearTheTrigger() {
        // "Officials said rebels attacked the post." coded with the officials as the doer
        Parsed p = parsed(new W("Officials", "NNS", "official", 1, "nsubj"), new W("said", "VBD", "say", -1, "root"),
                new W("rebels", "NNS", "rebel", 3, "nsubj"), new W("attacked", "VBD", "attack", 1, "ccomp"),
                new W("the", "DT", "the", 5, "det"), new W("post", "NN", "post", 3, "dobj"),
                new W(".", ".", ".", 1, "punct"));
        List<String> f = features(p, event(p, "Officials", "attacked", "post", "190"));
        assertTrue(f.contains("dep=ccomp"), f::toString);
        assertTrue(f.contains("dep|head=ccomp|report"), f::toString);
        assertTrue(f.contains("above=report"), f::toString);
        assertTrue(f.contains("src.rel=near"), f::toString);
        assertTrue(f.contains("src.path=nsubj|ccomp"), f::toString);
        assertTrue(f.contains("clause.depth=1"), f::toString);
    }

    @Test
    void aTriggerModifyingANounIsReadAsSuch() {
        // "The ministry bought attack helicopters."
        Parsed p = parsed(new W("The", "DT", "the", 1, "det"), new W("ministry", "NN", "ministry", 2, "nsubj"),
                new W("bought", "VBD", "buy", -1, "root"), new W("attack", "NN", "attack", 4, "compound"),
                new W("helicopters", "NNS", "helicopter", 2, "dobj"), new W(".", ".", ".", 2, "punct"));
        List<String> f = features(p, event(p, "ministry", "attack", null, "190"));
        assertTrue(f.contains("dep=compound"), f::toString);
        assertTrue(f.contains("trig.modifies_noun"), f::toString);
        assertTrue(f.contains("dep|head=compound|noun"), f::toString);
        assertTrue(f.contains("src.rel=near"), f::toString);
    }

    @Test
    void aTriggerUnderAConditionWithAModal() {
        // "If rebels attack the post, troops will respond."
        Parsed p = parsed(new W("If", "IN", "if", 2, "mark"), new W("rebels", "NNS", "rebel", 2, "nsubj"),
                new W("attack", "VBP", "attack", 8, "advcl"), new W("the", "DT", "the", 4, "det"),
                new W("post", "NN", "post", 2, "dobj"), new W(",", ",", ",", 8, "punct"),
                new W("troops", "NNS", "troop", 8, "nsubj"), new W("will", "MD", "will", 8, "aux"),
                new W("respond", "VB", "respond", -1, "root"), new W(".", ".", ".", 8, "punct"));
        List<String> attack = features(p, event(p, "rebels", "attack", "post", "190"));
        assertTrue(attack.contains("cond=if"), attack::toString);
        assertTrue(attack.contains("dep=advcl"), attack::toString);
        assertTrue(attack.contains("src.rel=nsubj"), attack::toString);
        List<String> respond = features(p, event(p, "troops", "respond", null, "190"));
        assertTrue(respond.contains("trig.modal=will"), respond::toString);
        assertFalse(respond.contains("cond=if"), respond::toString);
    }

    @Test
    void aPrepositionalTargetNamesItsPreposition() {
        // "Envoys met with rebels."
        Parsed p = parsed(new W("Envoys", "NNS", "envoy", 1, "nsubj"), new W("met", "VBD", "meet", -1, "root"),
                new W("with", "IN", "with", 1, "prep"), new W("rebels", "NNS", "rebel", 2, "pobj"),
                new W(".", ".", ".", 1, "punct"));
        List<String> f = features(p, event(p, "Envoys", "met", "rebels", "040"));
        assertTrue(f.contains("tgt.rel=prep:with"), f::toString);
        assertTrue(f.contains("tgt.path.len=2"), f::toString);
    }

    @Test
    void withoutAParseOnlyThatIsSaid() {
        Parsed p = plainAttack();
        EventMention e = event(p, "Rebels", "attacked", "army post", "190");
        List<String> f = FilterFeatures.of(p.article(), p.sentence(), null, e, List.of(e));
        assertTrue(f.contains("parse=none"));
        assertFalse(f.stream().anyMatch(x -> x.startsWith("dep") || x.startsWith("src.rel")), f::toString);
        assertTrue(f.contains("trig=attack"), "the word features stay");
        assertTrue(f.size() == new java.util.HashSet<>(f).size(), "each feature once");
    }
}
