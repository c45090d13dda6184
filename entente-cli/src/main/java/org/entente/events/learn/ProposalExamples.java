package org.entente.events.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;
import org.entente.events.eval.AnnotationSet;

/**
 * The proposer's training examples from annotated units. Gold events name a sentence, not a word, so each is
 * anchored to one trigger of its sentence, in this order: (1) a trigger the dictionary can give the gold root,
 * (2) else the first verb after a unit of the gold doer's country (within {@link #FOLLOWING} words); among several,
 * the one nearest a unit of the gold event's countries. An anchored trigger is an example of its gold root, every
 * other trigger of a sentence with actors an example of "none". For each anchored trigger, every actor unit of
 * the sentence is a role example: "source" when its country is the gold doer's, "target" when it is the gold
 * target's, else "none" (a unit of both countries is the doer before the trigger, the target after it).
 */
public final class ProposalExamples {
    /** How far after a doer the fallback anchor may be. */
    static final int FOLLOWING = 6;

    /** One example: its features and label. */
    public record Example(List<String> features, String label) {
    }

    private final List<Example> roots = new ArrayList<>();
    private final List<Example> roles = new ArrayList<>();
    private int anchoredByDictionary;
    private int anchoredAfterDoer;
    private int unanchored;
    private int withoutActors;

    private ProposalExamples() {
    }

    public List<Example> roots() {
        return roots;
    }

    public List<Example> roles() {
        return roles;
    }

    /** A one-line account of how the gold events were anchored. */
    public String describe() {
        return String.format("%d trigger examples (%d of an act), %d role examples; gold events anchored by the "
                        + "dictionary %d, after the doer %d, not anchored %d, in a sentence without actors %d",
                roots.size(), roots.stream().filter(e -> !e.label().equals(EventProposer.NONE)).count(), roles.size(),
                anchoredByDictionary, anchoredAfterDoer, unanchored, withoutActors);
    }

    /** The examples of every sentence of {@code units}. */
    public static ProposalExamples of(List<AnnotatedUnits.Coded> units, Triggers triggers) {
        ProposalExamples x = new ProposalExamples();
        for (AnnotatedUnits.Coded u : units) {
            for (AnnotatedUnits.Sent s : u.sentences()) {
                if (s.view().units().isEmpty()) {
                    x.withoutActors += s.golds().size();
                    continue;
                }
                x.sentence(u, s, triggers);
            }
        }
        return x;
    }

    private void sentence(AnnotatedUnits.Coded u, AnnotatedUnits.Sent sent, Triggers triggers) {
        SentenceView s = sent.view();
        List<Integer> ts = triggers.of(s);
        Map<Integer, AnnotationSet.GoldEvent> anchored = new HashMap<>();
        for (AnnotationSet.GoldEvent g : sent.golds()) {
            String root = LabelledEvents.root(g.code());
            List<Integer> byDictionary = new ArrayList<>();
            List<Integer> afterDoer = new ArrayList<>();
            for (int t : ts) {
                if (anchored.containsKey(t)) {
                    continue;
                }
                if (triggers.roots(s, t).contains(root)) {
                    byDictionary.add(t);
                } else if (s.posAt(t).startsWith("VB") && followsDoer(s, t, g)) {
                    afterDoer.add(t);
                }
            }
            if (!byDictionary.isEmpty()) {
                anchored.put(nearest(s, byDictionary, g), g);
                anchoredByDictionary++;
            } else if (!afterDoer.isEmpty()) {
                anchored.put(nearest(s, afterDoer, g), g);
                anchoredAfterDoer++;
            } else {
                unanchored++;
            }
        }
        for (int t : ts) {
            AnnotationSet.GoldEvent g = anchored.get(t);
            String label = g == null ? EventProposer.NONE : LabelledEvents.root(g.code());
            roots.add(new Example(ProposerFeatures.trigger(u.article(), s, t, triggers), label));
            if (g != null) {
                for (ActorUnit a : s.units()) {
                    roles.add(new Example(ProposerFeatures.role(s, t, a, label), role(a, t, g)));
                }
            }
        }
    }

    private static String role(ActorUnit a, int t, AnnotationSet.GoldEvent g) {
        String c = scored(a);
        boolean source = c != null && Objects.equals(c, LabelledEvents.country(g.source()));
        boolean target = c != null && Objects.equals(c, LabelledEvents.country(g.target()));
        if (source && target) {
            return a.last() < t ? EventProposer.SOURCE : EventProposer.TARGET;
        }
        return source ? EventProposer.SOURCE : target ? EventProposer.TARGET : EventProposer.NONE;
    }

    /** The unit's country as the scorer reads its code (IGOEUREEC is IGO). */
    private static String scored(ActorUnit a) {
        return LabelledEvents.country(a.head().code());
    }

    private static boolean followsDoer(SentenceView s, int t, AnnotationSet.GoldEvent g) {
        String doer = LabelledEvents.country(g.source());
        for (ActorUnit a : s.units()) {
            if (doer != null && doer.equals(scored(a)) && a.last() < t && t - a.last() <= FOLLOWING) {
                return true;
            }
        }
        return false;
    }

    /** The trigger nearest a unit of the gold event's countries (the first on a tie). */
    private static int nearest(SentenceView s, List<Integer> candidates, AnnotationSet.GoldEvent g) {
        Set<String> countries = new java.util.HashSet<>();
        countries.add(LabelledEvents.country(g.source()));
        countries.add(LabelledEvents.country(g.target()));
        int best = candidates.get(0);
        int bestD = Integer.MAX_VALUE;
        for (int t : candidates) {
            for (ActorUnit a : s.units()) {
                if (countries.contains(scored(a))) {
                    int d = a.last() < t ? t - a.last() : a.first() - t;
                    if (d < bestD) {
                        best = t;
                        bestD = d;
                    }
                }
            }
        }
        return best;
    }
}
