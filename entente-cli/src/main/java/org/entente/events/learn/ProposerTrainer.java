package org.entente.events.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.actors.ActorRecognizer;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;

/**
 * Trains the learned proposer ({@code ./entente train-proposer}): the root model and the role model on the train
 * split's examples ({@link ProposalExamples}), with fixed costs, then the threshold on the dev split: the dev units
 * are coded once by the standard coder with the new models at the lowest threshold of the grid, and each threshold
 * of {@link #GRID} keeps the proposals at or above it; among those that do not lower precision (the proposals must be
 * right at least as often as the rules' events) the one with the highest F1 on the scorer's triple wins (the higher
 * threshold on a tie). The review's two thresholds are chosen the same way after it ({@link #review}). Training never reads the public gold sets: they stay measuring instruments. The
 * learned filter is trained apart (it does not judge proposals), so train it first: train-filter, then this.
 */
public final class ProposerTrainer {
    static final double ROOTS_C = 0.3;
    static final double ROLES_C = 0.3;
    /** Right events on dev the review must add over the rules and proposals to be switched on at all. */
    static final int MIN_REVIEW_GAIN = 3;
    /** Thresholds tried on dev: 0.05, 0.10, ..., 0.95, and 1.01 (no proposal). */
    static final double[] GRID = grid();

    /** The trained models, the dev figures without proposals and at the chosen threshold, and the dev curve. */
    public record Result(LinearModel roots, LinearModel roles, TripleScore.Point before, TripleScore.Point chosen,
                         TripleScore.Point reviewed, List<TripleScore.Point> curve, String examples) {
    }

    private ProposerTrainer() {
    }

    /** Reads the team's label files, trains on the train split, chooses the threshold on dev. */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        CameoTable cameo = CameoTable.standard();
        PatternDictionary patterns = PatternDictionary.load(List.of(), cameo);
        Triggers triggers = new Triggers(patterns);
        Pipeline withoutProposer = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(EventProposer.RULE), null));
        AnnotationSet train = AnnotationSet.read(labelFiles, corpus, units, "train");
        AnnotationSet dev = AnnotationSet.read(labelFiles, corpus, units, "dev");
        ProposalExamples x = ProposalExamples.of(AnnotatedUnits.code(withoutProposer, train), triggers);
        LinearModel roots = LinearFit.fit(x.roots(), rootLabels(x), ROOTS_C, List.of());
        LinearModel roles = LinearFit.fit(x.roles(), List.of(EventProposer.NONE, EventProposer.SOURCE,
                EventProposer.TARGET), ROLES_C, List.of());
        EventProposer loose = new EventProposer(roots, roles, triggers, GRID[0]);
        Pipeline proposing = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(), loose));
        List<AnnotatedUnits.Coded> devCoded = AnnotatedUnits.code(proposing, dev);
        List<TripleScore.Point> curve = new ArrayList<>();
        TripleScore.Point best = null;
        for (double t : GRID) {
            curve.add(TripleScore.kept(devCoded, e -> !EventProposer.proposed(e) || score(e) >= t, t));
        }
        TripleScore.Point before = curve.get(curve.size() - 1);
        for (TripleScore.Point p : curve) {
            // proposals may not lower precision: the added events must be at least as often right as the rules'
            if (p.precision() >= before.precision() - 1e-12 && (best == null || p.f1() >= best.f1() - 1e-12)) {
                best = p;
            }
        }
        double chosenT = best.threshold();
        Review review = review(devCoded, loose, cameo, chosenT);
        List<String> rootComments = List.of(
                "Learned proposer, root model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train.",
                        ROOTS_C, LinearFit.MIN_COUNT),
                "Train split: " + x.describe() + ".",
                "Threshold chosen on dev (highest F1 on the triple, precision not lowered): " + best.describe(),
                "Dev without proposals: " + before.describe(),
                String.format(Locale.ROOT, "Review of the rules' events, thresholds chosen on dev with the proposals "
                        + "above (re-root %.2f, drop %.2f; above 1 = never): %s", review.reroot(), review.drop(),
                        review.point().describe()));
        List<String> roleComments = List.of(
                "Learned proposer, role model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train; "
                        + "one example per actor unit of a sentence for each trigger anchored to a gold event.",
                        ROLES_C, LinearFit.MIN_COUNT));
        return new Result(roots.with(Map.of(EventProposer.THRESHOLD, chosenT, RootReview.REROOT, review.reroot(),
                RootReview.DROP, review.drop()), rootComments), roles.with(Map.of(), roleComments), before, best,
                review.point(), curve, x.describe());
    }

    /** The review thresholds chosen on dev, and the dev figures with them. */
    record Review(double reroot, double drop, TripleScore.Point point) {
    }

    /**
     * The re-root and drop thresholds (each from {@link #GRID}) with the highest dev F1, the proposals kept at
     * {@code t}, among those that lower neither precision nor the right events found; on a tie the higher
     * thresholds (the fewer changes) win. Unless the best adds {@link #MIN_REVIEW_GAIN} right events or more, the
     * review stays off (both thresholds above 1).
     */
    private static Review review(List<AnnotatedUnits.Coded> dev, EventProposer proposer, CameoTable cameo, double t) {
        TripleScore.Point base = TripleScore.kept(dev, e -> !EventProposer.proposed(e) || score(e) >= t, t);
        Review best = null;
        for (int i = GRID.length - 1; i >= 0; i--) {
            for (int j = GRID.length - 1; j >= 0; j--) {
                RootReview r = new RootReview(proposer, cameo, GRID[i], GRID[j]);
                TripleScore.Point p = TripleScore.score(dev, u -> reviewed(u, r, t), t);
                // the review may lose no right event the rules and proposals find on dev (it judges the rules'
                // events, which the public gold sets were written against; a drop there costs them too)
                boolean safe = p.precision() >= base.precision() - 1e-12 && p.right() >= base.right();
                if (safe && (best == null || p.f1() > best.point().f1() + 1e-12)) {
                    best = new Review(GRID[i], GRID[j], p);
                }
            }
        }
        if (best.point().right() < base.right() + MIN_REVIEW_GAIN) {
            // one or two events of 650 are no evidence for changing the rules' events: the review stays off
            return new Review(1.01, 1.01, base);
        }
        return best;
    }

    private static List<EventMention> reviewed(AnnotatedUnits.Coded u, RootReview r, double t) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : u.events()) {
            if (EventProposer.proposed(e) && score(e) < t) {
                continue;
            }
            EventMention kept = r.review(u.article(), u.sentences().get(e.sentence()).view(), e);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /** "none" first, then every root an example has, in order. */
    private static List<String> rootLabels(ProposalExamples x) {
        Set<String> roots = new TreeSet<>();
        x.roots().forEach(e -> roots.add(e.label()));
        roots.remove(EventProposer.NONE);
        List<String> out = new ArrayList<>();
        out.add(EventProposer.NONE);
        out.addAll(roots);
        return out;
    }

    /** The proposal probability an event's provenance records ("learned-proposal:0.734"). */
    static double score(EventMention e) {
        for (String r : e.rules()) {
            if (r.startsWith(EventProposer.RULE + ":")) {
                return Double.parseDouble(r.substring(EventProposer.RULE.length() + 1));
            }
        }
        return 1;
    }

    private static double[] grid() {
        List<Double> g = new ArrayList<>();
        for (int k = 5; k <= 95; k += 5) {
            g.add(k / 100.0);
        }
        g.add(1.01);
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
