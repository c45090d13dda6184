package org.entente.events.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.rules.RuleChain;
import org.entente.events.RuleEventCoder;
import org.entente.events.syntax.SentenceView;
import org.entente.events.learn.AnnotatedUnits;
import org.entente.events.learn.RootReview;
import org.entente.events.learn.Triggers;
import org.entente.pipeline.Pipeline;

/**
 * Why the coder misses the right class on political short reports ({@link ShortReportScore}'s recall): each missed
 * report is put under the first of {@link #CAUSES} that holds, read over the report's essential gold events of its
 * right classes, in this order:
 * <ol>
 *   <li>{@code no actor}: no essential event's sentence has any actor mention;</li>
 *   <li>{@code no actor of the gold countries}: in no essential event's sentence with actor mentions are both its
 *   gold countries (source and target; none or "---" always counts as present) among them;</li>
 *   <li>{@code other class}: the coder emitted events on the report, none of a right class;</li>
 *   <li>{@code dropped by a rule}: the coder emitted nothing, but with its removing rules off (kinds drop and merge
 *   of events/rules.tsv, and the learned root review, which drops too) it emits an event of a right class;</li>
 *   <li>{@code no trigger for the class}: in no such sentence (with its actors) is there a word the pattern
 *   dictionary can code as a root of the event's class;</li>
 *   <li>{@code noun trigger only, no event}: the only such words are nouns ("the arrest of", "clashes"), and no
 *   event of the class was drafted from them;</li>
 *   <li>{@code verb trigger, no event}: a verb can give the class, but no event of it was drafted (no doer or
 *   target attached, or the pattern needs more than the verb).</li>
 * </ol>
 * Development aid for the train and dev splits: the test split is frozen and its misses are never looked at.
 */
public final class ShortReportMisses {
    public static final List<String> CAUSES = List.of("no actor", "no actor of the gold countries", "other class",
            "dropped by a rule", "no trigger for the class", "noun trigger only, no event", "verb trigger, no event");
    private static final int NO_ACTOR = 0;
    private static final int NO_GOLD_COUNTRY = 1;
    private static final int OTHER_CLASS = 2;
    private static final int DROPPED = 3;
    private static final int NO_TRIGGER = 4;
    private static final int NOUN_TRIGGER_NO_EVENT = 5;
    private static final int VERB_TRIGGER_NO_EVENT = 6;
    /** Kinds of rule that remove events (events/rules.tsv), switched off to see what they removed. */
    private static final Set<String> REMOVING_KINDS = Set.of("drop", "merge");

    /**
     * One missed report: its unit and split, its right classes, the classes the coder emitted, the cause, and whether
     * the label names a doer (a source with a country) for any of its essential events: a report whose acts all have
     * an unnamed doer ("was arrested", "gunmen") asks the coder for a target-only or place-inferred event.
     */
    public record Miss(String unit, String split, Set<String> rightClasses, List<String> emitted, String cause,
                       boolean doerNamed) {
    }

    private final Pipeline pipeline;
    private final Pipeline withoutRemoving;
    private final Triggers triggers;
    private final ShortReportScore classes = ShortReportScore.standard();

    /** For {@code pipeline}, whose coder must be the rule coder (its patterns give the triggers). */
    public ShortReportMisses(Pipeline pipeline) {
        if (!(pipeline.coder() instanceof RuleEventCoder coder)) {
            throw new IllegalArgumentException("the miss causes need the rule coder");
        }
        this.pipeline = pipeline;
        this.triggers = new Triggers(coder.patterns());
        Set<String> off = new TreeSet<>(Set.of(RootReview.RULE));
        RuleChain.declared().stream().filter(e -> REMOVING_KINDS.contains(e.kind())).forEach(e -> off.add(e.name()));
        this.withoutRemoving = new Pipeline(pipeline.analyzer(), pipeline.actors(),
                new RuleEventCoder(coder.patterns(), CameoTable.standard(), off));
    }

    /**
     * The missed political short reports among the units of {@code set} whose split is one of {@code splits} (test
     * is never accepted), with their cause, in unit order.
     */
    public List<Miss> misses(AnnotationSet set, Set<String> splits) {
        return misses(set.units(), splits);
    }

    /** The same over a list of joined units. */
    public List<Miss> misses(List<AnnotationSet.Unit> units, Set<String> splits) {
        if (splits.contains("test")) {
            throw new IllegalArgumentException("the test split is frozen: its misses are not listed");
        }
        List<Miss> out = new ArrayList<>();
        for (AnnotationSet.Unit u : units) {
            if (!AnnotationEval.SHORT.equals(u.kind()) || !splits.contains(u.split())) {
                continue;
            }
            Set<String> right = new TreeSet<>();
            u.events().stream().filter(AnnotationSet.GoldEvent::essential)
                    .forEach(g -> right.add(classes.classOf(g.code())));
            if (right.isEmpty()) {
                continue; // non-political, or borderline only: not in recall
            }
            AnnotatedUnits.Coded coded = AnnotatedUnits.code(pipeline, u);
            List<String> emitted = coded.events().stream().map(EventMention::root).map(classes::classOf).toList();
            if (emitted.stream().anyMatch(right::contains)) {
                continue;
            }
            boolean doerNamed = u.events().stream()
                    .anyMatch(g -> g.essential() && Multisets.country(g.source()) != null);
            out.add(new Miss(u.unit(), u.split(), right, emitted, CAUSES.get(cause(u, coded, emitted, right)),
                    doerNamed));
        }
        return out;
    }

    private int cause(AnnotationSet.Unit u, AnnotatedUnits.Coded coded, List<String> emitted, Set<String> right) {
        List<Placed> essential = new ArrayList<>();
        for (AnnotatedUnits.Sent s : coded.sentences()) {
            for (AnnotationSet.GoldEvent g : s.golds()) {
                if (g.essential()) {
                    essential.add(new Placed(g, s.view()));
                }
            }
        }
        if (essential.stream().allMatch(p -> p.view.units().isEmpty())) {
            return NO_ACTOR;
        }
        List<Placed> withActors = essential.stream()
                .filter(p -> !p.view.units().isEmpty() && hasCountry(p.view, p.gold.source())
                        && hasCountry(p.view, p.gold.target()))
                .toList();
        if (withActors.isEmpty()) {
            return NO_GOLD_COUNTRY;
        }
        if (!emitted.isEmpty()) {
            return OTHER_CLASS;
        }
        if (AnnotatedUnits.code(withoutRemoving, u).events().stream().map(EventMention::root).map(classes::classOf)
                .anyMatch(right::contains)) {
            return DROPPED;
        }
        int cause = NO_TRIGGER;
        for (Placed p : withActors) {
            String goldClass = classes.classOf(p.gold.code());
            for (int t : triggers.of(p.view)) {
                if (triggers.roots(p.view, t).stream().map(classes::classOf).anyMatch(goldClass::equals)) {
                    if (p.view.posAt(t).startsWith("VB")) {
                        return VERB_TRIGGER_NO_EVENT;
                    }
                    cause = NOUN_TRIGGER_NO_EVENT;
                }
            }
        }
        return cause;
    }

    private record Placed(AnnotationSet.GoldEvent gold, SentenceView view) {
    }

    /** Whether {@code view} has an actor mention of the country of {@code code} (always, for no country). */
    private static boolean hasCountry(SentenceView view, String code) {
        String country = Multisets.country(code);
        if (country == null) {
            return true;
        }
        for (ActorUnit a : view.units()) {
            for (ActorMention m : a.members()) {
                if (country.equals(Multisets.country(m.code()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Markdown tables of {@code misses}: per cause, missed reports per split and with or without a named doer; then per
     * cause and right class (a report with two right classes counts under each).
     */
    public static String tables(List<Miss> misses, List<String> splits) {
        StringBuilder b = new StringBuilder("| first cause |");
        splits.forEach(s -> b.append(' ').append(s).append(" |"));
        b.append(" all | share | doer named | doer unnamed |\n|---|");
        splits.forEach(s -> b.append("---|"));
        b.append("---|---|---|---|\n");
        for (String c : CAUSES) {
            b.append("| ").append(c).append(" |");
            for (String s : splits) {
                b.append(' ').append(misses.stream().filter(m -> m.cause.equals(c) && m.split.equals(s)).count())
                        .append(" |");
            }
            long all = misses.stream().filter(m -> m.cause.equals(c)).count();
            b.append(' ').append(all).append(" | ").append(String.format(Locale.ROOT, "%.2f",
                    misses.isEmpty() ? 0.0 : (double) all / misses.size())).append(" | ");
            long named = misses.stream().filter(m -> m.cause.equals(c) && m.doerNamed).count();
            b.append(named).append(" | ").append(all - named).append(" |\n");
        }
        b.append("| missed reports |");
        splits.forEach(s -> b.append(' ').append(misses.stream().filter(m -> m.split.equals(s)).count()).append(" |"));
        long named = misses.stream().filter(Miss::doerNamed).count();
        b.append(' ').append(misses.size()).append(" | | ").append(named).append(" | ").append(misses.size() - named)
                .append(" |\n\n");

        Map<String, Map<String, Integer>> byClass = new LinkedHashMap<>();
        Set<String> allClasses = new TreeSet<>();
        for (Miss m : misses) {
            for (String k : m.rightClasses) {
                allClasses.add(k);
                byClass.computeIfAbsent(m.cause, x -> new LinkedHashMap<>()).merge(k, 1, Integer::sum);
            }
        }
        b.append("| first cause |");
        allClasses.forEach(k -> b.append(' ').append(k).append(" |"));
        b.append("\n|---|");
        allClasses.forEach(k -> b.append("---|"));
        b.append('\n');
        for (String c : CAUSES) {
            b.append("| ").append(c).append(" |");
            Map<String, Integer> row = byClass.getOrDefault(c, Map.of());
            allClasses.forEach(k -> b.append(' ').append(row.getOrDefault(k, 0)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }
}
