package org.entente.events.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.syntax.SentenceView;
import org.entente.events.eval.AnnotationSet;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.text.Sentence;

/**
 * The team's annotated units as the coder analyses them: each unit's labelled extent coded by a pipeline (as
 * {@code ./entente eval} codes it: the extent alone, with the article's date and outlet), every sentence as the coder
 * sees it ({@link SentenceView}: tokens, tags, lemmas, actor units), and each gold event placed in the coder's
 * sentence that overlaps its labelled sentence most. What the proposer trains on and the miss breakdown reads.
 */
public final class AnnotatedUnits {
    /** One coder sentence of a unit with the gold events placed in it. */
    public record Sent(SentenceView view, List<AnnotationSet.GoldEvent> golds) {
    }

    /** One coded unit: the article as coded, the coder's events, and its sentences. */
    public record Coded(AnnotationSet.Unit unit, Article article, List<EventMention> events, List<Sent> sentences) {
    }

    private AnnotatedUnits() {
    }

    /** Codes every unit of {@code set} with {@code pipeline}. */
    public static List<Coded> code(Pipeline pipeline, AnnotationSet set) {
        List<Coded> out = new ArrayList<>();
        for (AnnotationSet.Unit u : set.units()) {
            out.add(code(pipeline, u));
        }
        return out;
    }

    /** Codes one unit (see the class comment). */
    public static Coded code(Pipeline pipeline, AnnotationSet.Unit u) {
        String extent = u.text().substring(u.extentStart(), u.extentEnd());
        Article a = new Article(u.id(), u.id(), null, u.outlet(), null, u.date(), null, "en", extent, Map.of());
        CodedArticle coded = pipeline.process(a);
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : coded.actors()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<Sentence> sentences = coded.analyzed().sentences();
        List<List<AnnotationSet.GoldEvent>> golds = new ArrayList<>();
        sentences.forEach(s -> golds.add(new ArrayList<>()));
        List<AnnotationSet.GoldEvent> ordered = new ArrayList<>(u.events());
        ordered.sort(Comparator.comparing((AnnotationSet.GoldEvent g) -> !g.essential())); // as the scorer matches
        for (AnnotationSet.GoldEvent g : ordered) {
            int best = -1;
            int bestOverlap = 0;
            for (Sentence s : sentences) {
                int overlap = Math.min(s.end() + u.extentStart(), g.sentenceEnd())
                        - Math.max(s.start() + u.extentStart(), g.sentenceStart());
                if (overlap > bestOverlap) {
                    best = s.index();
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                golds.get(best).add(g);
            }
        }
        List<Sent> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.add(new Sent(new SentenceView(s, bySentence.getOrDefault(s.index(), List.of())),
                    List.copyOf(golds.get(s.index()))));
        }
        return new Coded(u, a, coded.events(), out);
    }
}
