package org.entente.events.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;

/**
 * Scores the coder on the team's annotated real news ({@link AnnotationSet}). Each unit's labelled extent is coded
 * as it stands in the corpus record (the annotators' offsets point into that text, so it is not cleaned again), and
 * predicted event mentions are matched one to one with gold events of the same unit whose sentence spans overlap.
 *
 * <p>A prediction is right when it matches a gold event on (source country, target country, CAMEO root); each gold
 * event takes at most one prediction, essential events first. Modality accuracy is read over those matches. The
 * roles figures look only at predictions that match a gold event on sentence and root, and ask whether the source
 * (and the target) country is the gold one: how often the coder names the right actors for an act it found.
 *
 * <p>The short reports among the units are also scored report by report ({@link ShortReportScore}): recall of the
 * right class, class precision and events on non-political reports.
 */
public final class AnnotationEval {
    /** The unit kind of a short report (annotations/units.tsv), scored also by {@link ShortReportScore}. */
    static final String SHORT = "short";

    private final Pipeline pipeline;

    public AnnotationEval(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Counts per CAMEO root: gold events (all, essential), those found, predictions and the right ones. */
    public record RootRow(int gold, int goldEssential, int found, int foundEssential, int predicted, int right) {
        RootRow plus(RootRow o) {
            return new RootRow(gold + o.gold, goldEssential + o.goldEssential, found + o.found,
                    foundEssential + o.foundEssential, predicted + o.predicted, right + o.right);
        }
    }

    /**
     * The figures of one run. {@code right} predictions match a gold event on the triple; {@code found} and
     * {@code foundEssential} are the gold events so matched; {@code modalityRight} counts the matches whose
     * modality is the gold one; {@code roleMatches} predictions match a gold event on sentence and root, of which
     * {@code sourceRight} have the gold source country and {@code targetRight} the gold target country.
     */
    public record Report(String split, int units, int predicted, int right, int gold, int goldEssential, int found,
                         int foundEssential, int modalityRight, int roleMatches, int sourceRight, int targetRight,
                         Map<String, RootRow> perRoot, ShortReportScore.Result shorts, List<String> problems) {
        public double precision() {
            return ratio(right, predicted);
        }

        public double recall() {
            return ratio(found, gold);
        }

        public double recallEssential() {
            return ratio(foundEssential, goldEssential);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double modalityAccuracy() {
            return ratio(modalityRight, found);
        }

        public double sourceAccuracy() {
            return ratio(sourceRight, roleMatches);
        }

        public double targetAccuracy() {
            return ratio(targetRight, roleMatches);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public Report evaluate(AnnotationSet set, String split) {
        int predicted = 0;
        int right = 0;
        int gold = 0;
        int goldEssential = 0;
        int found = 0;
        int foundEssential = 0;
        int modalityRight = 0;
        int roleMatches = 0;
        int sourceRight = 0;
        int targetRight = 0;
        Map<String, RootRow> perRoot = new TreeMap<>();
        ShortReportScore shorts = ShortReportScore.standard();
        for (AnnotationSet.Unit u : set.units()) {
            List<EventMention> events = code(u);
            predicted += events.size();
            if (SHORT.equals(u.kind())) {
                shorts.add(u.events(), events.stream().map(EventMention::root).toList());
            }
            List<AnnotationSet.GoldEvent> golds = new ArrayList<>(u.events());
            // essential events first: a prediction that could match either counts where a careful coder needs it
            golds.sort(Comparator.comparing((AnnotationSet.GoldEvent g) -> !g.essential()));
            boolean[] used = new boolean[events.size()];
            boolean[] usedForRoles = new boolean[events.size()];
            for (AnnotationSet.GoldEvent g : golds) {
                gold++;
                goldEssential += g.essential() ? 1 : 0;
                String root = root(g.code());
                int match = -1;
                for (int i = 0; i < events.size() && match < 0; i++) {
                    EventMention e = events.get(i);
                    if (!used[i] && overlaps(u, e, g) && Objects.equals(root, e.root())
                            && Objects.equals(Multisets.country(g.source()), Multisets.country(e.source()))
                            && Objects.equals(Multisets.country(g.target()), Multisets.country(e.target()))) {
                        match = i;
                    }
                }
                // for the roles: the triple match, else the first unused prediction of this sentence and root
                int roleMatch = match >= 0 && !usedForRoles[match] ? match : -1;
                for (int i = 0; i < events.size() && roleMatch < 0; i++) {
                    if (!usedForRoles[i] && overlaps(u, events.get(i), g) && Objects.equals(root, events.get(i).root())) {
                        roleMatch = i;
                    }
                }
                if (roleMatch >= 0) {
                    usedForRoles[roleMatch] = true;
                    EventMention e = events.get(roleMatch);
                    roleMatches++;
                    sourceRight += Objects.equals(Multisets.country(g.source()), Multisets.country(e.source())) ? 1 : 0;
                    targetRight += Objects.equals(Multisets.country(g.target()), Multisets.country(e.target())) ? 1 : 0;
                }
                boolean hit = match >= 0;
                if (hit) {
                    used[match] = true;
                    right++;
                    found++;
                    foundEssential += g.essential() ? 1 : 0;
                    modalityRight += Objects.equals(g.modality(), events.get(match).modality().label()) ? 1 : 0;
                }
                perRoot.merge(root, new RootRow(1, g.essential() ? 1 : 0, hit ? 1 : 0,
                        hit && g.essential() ? 1 : 0, 0, 0), RootRow::plus);
            }
            for (int i = 0; i < events.size(); i++) {
                perRoot.merge(events.get(i).root(), new RootRow(0, 0, 0, 0, 1, used[i] ? 1 : 0), RootRow::plus);
            }
        }
        return new Report(split, set.units().size(), predicted, right, gold, goldEssential, found, foundEssential,
                modalityRight, roleMatches, sourceRight, targetRight, perRoot, shorts.result(), set.problems());
    }

    /** The extent's events, with their sentence spans moved back into the whole article text. */
    private List<EventMention> code(AnnotationSet.Unit u) {
        String extent = u.text().substring(u.extentStart(), u.extentEnd());
        Article a = new Article(u.id(), u.id(), null, u.outlet(), null, u.date(), null, "en", extent, Map.of());
        return pipeline.process(a).events();
    }

    private static boolean overlaps(AnnotationSet.Unit u, EventMention e, AnnotationSet.GoldEvent g) {
        int start = e.span().start() + u.extentStart();
        int end = e.span().end() + u.extentStart();
        return start < g.sentenceEnd() && g.sentenceStart() < end;
    }

    private static String root(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }
}
