package org.entente.events.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.events.model.EventMention;
import org.entente.events.eval.AnnotationSet;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.text.Sentence;

/**
 * The events the coder emits on annotated units, each labelled real or not by the gold events of its unit: the
 * training and tuning data of the learned filter. Matching is the one {@code ./entente eval} scores with: one to one,
 * within the unit, sentence spans overlapping, same CAMEO root, same source and target country, essential gold events
 * matched first. An event is real when it matches a gold event; duplicates of a matched act count as not real, as
 * they do in the precision the filter is meant to raise. The filter learns the act (sentence and root): whether the
 * coder named the right actors is another question (the target rules'), and an act with an actor missing is still
 * the act the public gold sets code. Only the events the filter judges (all but the proposer's) are trained on.
 */
public final class LabelledEvents {
    /**
     * One emitted event: its unit and kind, its features; {@code real} when it matches a gold event as the scorer
     * counts it (the triple), {@code essential} when that gold event is essential, {@code act} when it matches a gold
     * event on sentence and root alone: the act is real and of its class, whatever the actors.
     */
    public record Instance(String unit, String kind, List<String> features, boolean real, boolean essential,
                           boolean act, boolean judged) {
    }

    private final List<Instance> instances;
    private final int gold;
    private final int goldEssential;
    private final Map<String, int[]> goldByUnit;

    private LabelledEvents(List<Instance> instances, Map<String, int[]> goldByUnit) {
        this.instances = instances;
        this.goldByUnit = goldByUnit;
        this.gold = goldByUnit.values().stream().mapToInt(g -> g[0]).sum();
        this.goldEssential = goldByUnit.values().stream().mapToInt(g -> g[1]).sum();
    }

    /** For tests: events and gold counts given directly ({@code goldByUnit}: unit to {all, essential}). */
    static LabelledEvents of(List<Instance> instances, Map<String, int[]> goldByUnit) {
        return new LabelledEvents(List.copyOf(instances), new java.util.LinkedHashMap<>(goldByUnit));
    }

    /** Every unit with its gold events, all and essential ({@code {all, essential}}), in the split's order. */
    public Map<String, int[]> goldByUnit() {
        return java.util.Collections.unmodifiableMap(goldByUnit);
    }

    /** The same events and gold without the units of {@code units} (a stability check of the trainer). */
    public LabelledEvents without(java.util.Set<String> units) {
        Map<String, int[]> g = new java.util.LinkedHashMap<>(goldByUnit);
        g.keySet().removeAll(units);
        return new LabelledEvents(instances.stream().filter(x -> !units.contains(x.unit())).toList(), g);
    }

    public List<Instance> instances() {
        return instances;
    }

    /** Gold events in the units (all, and essential ones): what recall is counted over. */
    public int gold() {
        return gold;
    }

    public int goldEssential() {
        return goldEssential;
    }

    /**
     * Codes every unit of {@code set} with {@code pipeline} (whose coder must run without the learned filter, so that
     * the events are the ones the filter will judge) and labels each emitted event.
     */
    public static LabelledEvents of(Pipeline pipeline, AnnotationSet set) {
        List<Instance> out = new ArrayList<>();
        Map<String, int[]> goldByUnit = new java.util.LinkedHashMap<>();
        for (AnnotationSet.Unit u : set.units()) {
            int[] unitGold = goldByUnit.computeIfAbsent(u.unit(), k -> new int[2]);
            String extent = u.text().substring(u.extentStart(), u.extentEnd());
            Article a = new Article(u.id(), u.id(), null, u.outlet(), null, u.date(), null, "en", extent, Map.of());
            CodedArticle coded = pipeline.process(a);
            List<EventMention> events = coded.events();
            List<AnnotationSet.GoldEvent> golds = new ArrayList<>(u.events());
            golds.sort(Comparator.comparing((AnnotationSet.GoldEvent g) -> !g.essential()));
            int[] matchedBy = new int[events.size()]; // 0 none, 1 borderline gold, 2 essential gold
            boolean[] act = new boolean[events.size()];
            for (AnnotationSet.GoldEvent g : golds) {
                unitGold[0]++;
                unitGold[1] += g.essential() ? 1 : 0;
                for (int i = 0; i < events.size(); i++) {
                    if (matchedBy[i] == 0 && matches(u, events.get(i), g)) {
                        matchedBy[i] = g.essential() ? 2 : 1;
                        break;
                    }
                }
                for (int i = 0; i < events.size(); i++) {
                    if (!act[i] && sameAct(u, events.get(i), g)) {
                        act[i] = true;
                        break;
                    }
                }
            }
            List<Sentence> sentences = coded.analyzed().sentences();
            for (int i = 0; i < events.size(); i++) {
                EventMention e = events.get(i);
                Sentence s = sentences.get(e.sentence());
                List<EventMention> sentenceEvents = events.stream().filter(o -> o.sentence() == e.sentence()).toList();
                out.add(new Instance(u.unit(), u.kind(), FilterFeatures.of(a, s, e,
                        sentenceEvents), matchedBy[i] > 0,
                        matchedBy[i] == 2, act[i], EventFilter.judges(e)));
            }
        }
        return new LabelledEvents(List.copyOf(out), goldByUnit);
    }

    static boolean matches(AnnotationSet.Unit u, EventMention e, AnnotationSet.GoldEvent g) {
        return sameAct(u, e, g)
                && Objects.equals(country(g.source()), country(e.source()))
                && Objects.equals(country(g.target()), country(e.target()));
    }

    /** The same act: sentence spans overlap, same CAMEO root. */
    static boolean sameAct(AnnotationSet.Unit u, EventMention e, AnnotationSet.GoldEvent g) {
        int start = e.span().start() + u.extentStart();
        int end = e.span().end() + u.extentStart();
        return start < g.sentenceEnd() && g.sentenceStart() < end && Objects.equals(root(g.code()), e.root());
    }

    static String root(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }

    /** The country part of an actor code as the scorer reads it ("RUSGOV" -> "RUS"); null for none or "---". */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3);
        return c.equals("---") ? null : c;
    }
}
