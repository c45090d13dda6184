package org.entente.events.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * split's examples ({@link ProposalExamples}), with fixed costs; then the thresholds, on the train split too, by
 * cross-validation over its units ({@link ProposerCrossValidation}): each train unit is coded by the standard coder
 * with models fitted on the other folds, at the lowest threshold of the grid, and each threshold of {@link #GRID}
 * keeps the proposals at or above it; among those that do not lower precision (the proposals must be right at least
 * as often as the rules' events) the one with the highest F1 on the scorer's triple wins (the higher threshold on a
 * tie). That rule sits on an edge (session 9: 0.65 on one coder, 0.50 with two pattern rows less), so the threshold
 * is the median of its choices on bootstrap resamples of the units ({@link #medianChoice}). The review's two
 * thresholds are chosen the same way after it ({@link #review}). Until session 11 these choices were made on the
 * dev split, which then measured its own tuning; now dev is coded with the final models only to be reported.
 * Training never reads the public gold sets: they stay measuring instruments. The learned filter is trained apart
 * (it does not judge proposals), so train it first: train-filter, then this.
 */
public final class ProposerTrainer {
    static final double ROOTS_C = 0.3;
    static final double ROLES_C = 0.3;
    /** Right events the review must add over the rules and proposals to be switched on at all. */
    static final int MIN_REVIEW_GAIN = 3;
    /** Thresholds tried: 0.05, 0.10, ..., 0.95, and 1.01 (no proposal). */
    static final double[] GRID = grid();

    /**
     * The trained models; the dev figures (only reported) without proposals, at the chosen threshold and with the
     * review, and the dev curve; the choice made on train, with its cross-validated figures.
     */
    public record Result(LinearModel roots, LinearModel roles, TripleScore.Point before, TripleScore.Point chosen,
                         TripleScore.Point reviewed, List<TripleScore.Point> curve, String examples, Choice onTrain) {
    }

    private ProposerTrainer() {
    }

    /**
     * Reads the team's label files, trains on the train split and chooses the thresholds there, by cross-validation
     * over its units ({@link ProposerCrossValidation}); the dev split is coded with the final models only to be
     * reported.
     */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        CameoTable cameo = CameoTable.standard();
        PatternDictionary patterns = PatternDictionary.load(List.of(), cameo);
        Triggers triggers = new Triggers(patterns);
        Pipeline withoutProposer = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(EventProposer.RULE), null));
        AnnotationSet train = AnnotationSet.read(labelFiles, corpus, units, "train");
        AnnotationSet dev = AnnotationSet.read(labelFiles, corpus, units, "dev");
        List<AnnotatedUnits.Coded> trainCoded = AnnotatedUnits.code(withoutProposer, train);
        ProposalExamples x = ProposalExamples.of(trainCoded, triggers);
        LinearModel roots = LinearFit.fit(x.roots(), rootLabels(x), ROOTS_C, List.of());
        LinearModel roles = LinearFit.fit(x.roles(), List.of(EventProposer.NONE, EventProposer.SOURCE,
                EventProposer.TARGET), ROLES_C, List.of());
        // the thresholds: every train unit coded with proposers fitted on the other folds, the choices made there
        ProposerCrossValidation cv = ProposerCrossValidation.of(trainCoded, train, triggers,
                proposer -> proposing(patterns, cameo, proposer));
        Choice onTrain = choose(cv.coded(), cv.proposers(), cameo);
        // dev, only reported: coded once with the final models at the lowest threshold of the grid
        EventProposer loose = new EventProposer(roots, roles, triggers, GRID[0]);
        List<AnnotatedUnits.Coded> devCoded = AnnotatedUnits.code(proposing(patterns, cameo, loose), dev);
        List<EventProposer> devProposers = java.util.Collections.nCopies(devCoded.size(), loose);
        List<TripleScore.Point> curve = curve(perUnit(devCoded), devCoded.size());
        TripleScore.Point before = curve.get(curve.size() - 1);
        TripleScore.Point devChosen = sum(perUnit(devCoded)[java.util.Arrays.binarySearch(GRID, onTrain.threshold())],
                all(devCoded.size()), onTrain.threshold());
        TripleScore.Point devReviewed = reviewedAt(devCoded, devProposers, cameo, onTrain);
        double chosenT = onTrain.threshold();
        List<String> rootComments = List.of(
                "Learned proposer, root model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train.",
                        ROOTS_C, LinearFit.MIN_COUNT),
                "Train split: " + x.describe() + ".",
                String.format(Locale.ROOT, "Threshold chosen on train by %d-fold cross-validation over its units (seed "
                        + "%d; the median over %d bootstrap resamples of the train units, seed %d, of the highest F1 "
                        + "on the triple with precision not lowered), cross-validated: ",
                        ProposerCrossValidation.FOLDS, ProposerCrossValidation.SEED, BOOTSTRAPS, BOOTSTRAP_SEED)
                        + onTrain.chosen().describe(),
                "Train (cross-validated) without proposals: " + onTrain.before().describe(),
                String.format(Locale.ROOT, "Review of the rules' events, thresholds chosen the same way on train "
                        + "(re-root %.2f, drop %.2f; above 1 = never), cross-validated: %s", onTrain.reroot(),
                        onTrain.drop(), onTrain.reviewed().describe()),
                "Dev (not used for choosing) without proposals: " + before.describe(),
                "Dev with proposals: " + devChosen.describe(),
                "Dev with proposals and review: " + devReviewed.describe());
        List<String> roleComments = List.of(
                "Learned proposer, role model (org.entente.events.learn): written by ./entente train-proposer.",
                String.format(Locale.ROOT, "LIBLINEAR L2R_LR one-vs-rest, C=%s, features seen >= %d times in train; "
                        + "one example per actor unit of a sentence for each trigger anchored to a gold event.",
                        ROLES_C, LinearFit.MIN_COUNT));
        return new Result(roots.with(Map.of(EventProposer.THRESHOLD, chosenT, RootReview.REROOT, onTrain.reroot(),
                RootReview.DROP, onTrain.drop()), rootComments), roles.with(Map.of(), roleComments), before,
                devChosen, devReviewed, curve, x.describe(), onTrain);
    }

    /** The standard coder with {@code proposer} (every rule on, the shipped filter among them). */
    private static Pipeline proposing(PatternDictionary patterns, CameoTable cameo, EventProposer proposer) {
        return new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(patterns, cameo, Set.of(), proposer));
    }

    /**
     * The thresholds chosen on units coded at the grid's lowest proposal threshold ({@code proposers.get(i)} coded
     * unit i): the proposal threshold the median of {@link #rule}'s choices on resamples of the units, then the
     * review's two; with the figures without proposals, at the threshold, and with the review.
     */
    public record Choice(double threshold, double reroot, double drop, TripleScore.Point before, TripleScore.Point chosen,
                  TripleScore.Point reviewed) {
    }

    static Choice choose(List<AnnotatedUnits.Coded> coded, List<EventProposer> proposers, CameoTable cameo) {
        TripleScore.Point[][] perUnit = perUnit(coded);
        List<TripleScore.Point> curve = curve(perUnit, coded.size());
        TripleScore.Point chosen = curve.get(medianChoice(perUnit, coded.size()));
        Review review = review(coded, proposers, cameo, chosen.threshold());
        return new Choice(chosen.threshold(), review.reroot(), review.drop(), curve.get(curve.size() - 1), chosen,
                review.point());
    }

    /** Each unit's figures at every threshold of the grid ({@code [threshold][unit]}). */
    private static TripleScore.Point[][] perUnit(List<AnnotatedUnits.Coded> coded) {
        TripleScore.Point[][] perUnit = new TripleScore.Point[GRID.length][];
        for (int k = 0; k < GRID.length; k++) {
            double t = GRID[k];
            perUnit[k] = coded.stream().map(u -> TripleScore.kept(List.of(u),
                    e -> !EventProposer.proposed(e) || score(e) >= t, t)).toArray(TripleScore.Point[]::new);
        }
        return perUnit;
    }

    private static List<TripleScore.Point> curve(TripleScore.Point[][] perUnit, int units) {
        List<TripleScore.Point> curve = new ArrayList<>();
        for (int k = 0; k < GRID.length; k++) {
            curve.add(sum(perUnit[k], all(units), GRID[k]));
        }
        return curve;
    }

    /** The figures of {@code coded} with the proposals at the chosen threshold and the chosen review. */
    private static TripleScore.Point reviewedAt(List<AnnotatedUnits.Coded> coded, List<EventProposer> proposers,
                                                CameoTable cameo, Choice c) {
        double t = c.threshold();
        if (c.reroot() > 1 && c.drop() > 1) {
            return TripleScore.kept(coded, e -> !EventProposer.proposed(e) || score(e) >= t, t);
        }
        TripleScore.Point total = null;
        for (int u = 0; u < coded.size(); u++) {
            RootReview r = new RootReview(proposers.get(u), cameo, c.reroot(), c.drop());
            AnnotatedUnits.Coded unit = coded.get(u);
            TripleScore.Point p = TripleScore.score(List.of(unit), x -> reviewed(x, r, t), t);
            total = total == null ? p : new TripleScore.Point(t, total.emitted() + p.emitted(),
                    total.right() + p.right(), total.rightEssential() + p.rightEssential(), total.gold() + p.gold(),
                    total.goldEssential() + p.goldEssential());
        }
        return total;
    }

    /** Resamples of the units whose choices' median is the proposal threshold (odd: one median). */
    static final int BOOTSTRAPS = 201;
    static final long BOOTSTRAP_SEED = 14;

    /**
     * The index in {@link #GRID} of the threshold: the median of {@link #rule}'s choices on {@value #BOOTSTRAPS}
     * resamples (with replacement, seed {@value #BOOTSTRAP_SEED}) of the units, {@code perUnit[k][u]} the figures
     * of unit u at threshold k. The rule alone on the whole split sits on an edge (it must not lower precision:
     * one event more or less, or a filter that moved the baseline, moved it 0.65 to 0.50 in session 9); the median
     * moves with the bulk of the curve.
     */
    static int medianChoice(TripleScore.Point[][] perUnit, int units) {
        Random r = new Random(BOOTSTRAP_SEED);
        int[] choices = new int[BOOTSTRAPS];
        int[] pick = new int[units];
        for (int b = 0; b < BOOTSTRAPS; b++) {
            for (int i = 0; i < units; i++) {
                pick[i] = r.nextInt(units);
            }
            List<TripleScore.Point> curve = new ArrayList<>();
            for (int k = 0; k < perUnit.length; k++) {
                curve.add(sum(perUnit[k], pick, GRID[k]));
            }
            choices[b] = rule(curve);
        }
        java.util.Arrays.sort(choices);
        return choices[BOOTSTRAPS / 2];
    }

    /**
     * Among the thresholds that do not lower precision (the proposals must be right at least as often as the rules'
     * events; the last point of {@code curve} proposes nothing) the one with the highest F1, the higher on a tie.
     */
    static int rule(List<TripleScore.Point> curve) {
        TripleScore.Point before = curve.get(curve.size() - 1);
        int best = -1;
        for (int k = 0; k < curve.size(); k++) {
            TripleScore.Point p = curve.get(k);
            if (p.precision() >= before.precision() - 1e-12 && (best < 0 || p.f1() >= curve.get(best).f1() - 1e-12)) {
                best = k;
            }
        }
        return best;
    }

    static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The figures of the units {@code pick} (a unit picked twice counts twice). */
    static TripleScore.Point sum(TripleScore.Point[] perUnit, int[] pick, double threshold) {
        int emitted = 0;
        int right = 0;
        int rightEssential = 0;
        int gold = 0;
        int goldEssential = 0;
        for (int u : pick) {
            TripleScore.Point p = perUnit[u];
            emitted += p.emitted();
            right += p.right();
            rightEssential += p.rightEssential();
            gold += p.gold();
            goldEssential += p.goldEssential();
        }
        return new TripleScore.Point(threshold, emitted, right, rightEssential, gold, goldEssential);
    }

    /** The review thresholds chosen, and the figures with them. */
    record Review(double reroot, double drop, TripleScore.Point point) {
    }

    /**
     * The re-root and drop thresholds (each from {@link #GRID}) with the highest F1, the proposals kept at
     * {@code t}, among those that lower neither precision nor the right events found; on a tie the higher
     * thresholds (the fewer changes) win. Unless the best adds {@link #MIN_REVIEW_GAIN} right events or more, the
     * review stays off (both thresholds above 1). Each threshold is the median of that rule's choices on {@value
     * #BOOTSTRAPS} resamples of the units (an "off" counts as above 1); both medians off, the review is off.
     */
    private static Review review(List<AnnotatedUnits.Coded> dev, List<EventProposer> proposers, CameoTable cameo,
                                 double t) {
        int n = dev.size();
        TripleScore.Point[] base = dev.stream().map(u -> TripleScore.kept(List.of(u),
                e -> !EventProposer.proposed(e) || score(e) >= t, t)).toArray(TripleScore.Point[]::new);
        TripleScore.Point[][][] perUnit = new TripleScore.Point[GRID.length][GRID.length][];
        for (int i = 0; i < GRID.length; i++) {
            for (int j = 0; j < GRID.length; j++) {
                perUnit[i][j] = new TripleScore.Point[n];
                for (int u = 0; u < n; u++) {
                    // each unit reviewed by the proposer that coded it (in cross-validation, its fold's)
                    RootReview r = new RootReview(proposers.get(u), cameo, GRID[i], GRID[j]);
                    perUnit[i][j][u] = TripleScore.score(List.of(dev.get(u)), x -> reviewed(x, r, t), t);
                }
            }
        }
        // the median of the choices on resamples of the units, each threshold apart ("off" counts as above 1)
        Random random = new Random(BOOTSTRAP_SEED);
        double[] reroots = new double[BOOTSTRAPS];
        double[] drops = new double[BOOTSTRAPS];
        int[] pick = new int[n];
        for (int b = 0; b < BOOTSTRAPS; b++) {
            for (int i = 0; i < n; i++) {
                pick[i] = random.nextInt(n);
            }
            int[] c = reviewRule(perUnit, base, pick);
            reroots[b] = c == null ? 1.01 : GRID[c[0]];
            drops[b] = c == null ? 1.01 : GRID[c[1]];
        }
        java.util.Arrays.sort(reroots);
        java.util.Arrays.sort(drops);
        double reroot = reroots[BOOTSTRAPS / 2];
        double drop = drops[BOOTSTRAPS / 2];
        int[] everyUnit = all(n);
        if (reroot > 1 && drop > 1) {
            return new Review(1.01, 1.01, sum(base, everyUnit, t));
        }
        int i = java.util.Arrays.binarySearch(GRID, reroot);
        int j = java.util.Arrays.binarySearch(GRID, drop);
        return new Review(reroot, drop, sum(perUnit[i][j], everyUnit, t));
    }

    /**
     * The rule on the units {@code pick}: the re-root and drop thresholds' indices in {@link #GRID} with the highest
     * F1, the proposals kept, among those that lower neither precision nor the right events found; on a tie the higher
     * thresholds (the fewer changes) win. Null (the review off) unless the best adds {@link #MIN_REVIEW_GAIN} right
     * events or more.
     */
    static int[] reviewRule(TripleScore.Point[][][] perUnit, TripleScore.Point[] base, int[] pick) {
        TripleScore.Point b = sum(base, pick, 0);
        int[] best = null;
        TripleScore.Point bestPoint = null;
        for (int i = GRID.length - 1; i >= 0; i--) {
            for (int j = GRID.length - 1; j >= 0; j--) {
                TripleScore.Point p = sum(perUnit[i][j], pick, 0);
                // the review may lose no right event the rules and proposals find (it judges the rules'
                // events, which the public gold sets were written against; a drop there costs them too)
                boolean safe = p.precision() >= b.precision() - 1e-12 && p.right() >= b.right();
                if (safe && (best == null || p.f1() > bestPoint.f1() + 1e-12)) {
                    best = new int[] {i, j};
                    bestPoint = p;
                }
            }
        }
        // one or two events of 650 are no evidence for changing the rules' events: the review stays off
        return best == null || bestPoint.right() < b.right() + MIN_REVIEW_GAIN ? null : best;
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
    static List<String> rootLabels(ProposalExamples x) {
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
