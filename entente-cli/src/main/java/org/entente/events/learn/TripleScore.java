package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.entente.events.model.EventMention;
import org.entente.events.eval.AnnotationSet;

/**
 * The team scorer's figures on coded units, computed in process (so a threshold can be tried without coding again):
 * one-to-one matching within a unit on sentence, root, source and target country, essential gold events first, as
 * {@code ./entente eval} counts them.
 */
public final class TripleScore {
    /** Figures at one setting ({@code threshold}): events emitted, right, gold and essential gold found. */
    public record Point(double threshold, int emitted, int right, int rightEssential, int gold, int goldEssential) {
        public double precision() {
            return emitted == 0 ? 0 : (double) right / emitted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        public double recallEssential() {
            return goldEssential == 0 ? 0 : (double) rightEssential / goldEssential;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String describe() {
            return String.format(Locale.ROOT, "threshold %.2f: emitted %d, precision %.3f (%d/%d), recall %.3f "
                            + "(%d/%d), recall essential %.3f (%d/%d), F1 %.3f", threshold, emitted, precision(), right,
                    emitted, recall(), right, gold, recallEssential(), rightEssential, goldEssential, f1());
        }
    }

    private TripleScore() {
    }

    /** The figures of the events of {@code units} that {@code keep} accepts. */
    public static Point kept(List<AnnotatedUnits.Coded> units, Predicate<EventMention> keep, double threshold) {
        return score(units, (AnnotatedUnits.Coded u) -> u.events().stream().filter(keep).toList(), threshold);
    }

    /** The figures of the events {@code eventsOf} gives for each of {@code units}. */
    public static Point score(List<AnnotatedUnits.Coded> units,
                              java.util.function.Function<AnnotatedUnits.Coded, List<EventMention>> eventsOf,
                              double threshold) {
        int emitted = 0;
        int right = 0;
        int rightEssential = 0;
        int gold = 0;
        int goldEssential = 0;
        for (AnnotatedUnits.Coded u : units) {
            List<EventMention> events = eventsOf.apply(u);
            emitted += events.size();
            boolean[] used = new boolean[events.size()];
            List<AnnotationSet.GoldEvent> golds = new ArrayList<>(u.unit().events());
            golds.sort(java.util.Comparator.comparing((AnnotationSet.GoldEvent g) -> !g.essential()));
            for (AnnotationSet.GoldEvent g : golds) {
                gold++;
                goldEssential += g.essential() ? 1 : 0;
                for (int i = 0; i < events.size(); i++) {
                    if (!used[i] && LabelledEvents.matches(u.unit(), events.get(i), g)) {
                        used[i] = true;
                        right++;
                        rightEssential += g.essential() ? 1 : 0;
                        break;
                    }
                }
            }
        }
        return new Point(threshold, emitted, right, rightEssential, gold, goldEssential);
    }
}
