package org.entente.events.learn;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.entente.events.learn.TripleScore.Point;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.actors.ActorRecognizer;
import org.entente.events.model.CameoTable;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;

/**
 * Trains the learned filter: L2-regularised logistic regression (LIBLINEAR's primal trust-region Newton solver,
 * deterministic: no random order) on the train split's events labelled real acts or not ({@link
 * LabelledEvents.Instance#act}), over the features seen at least {@link #MIN_COUNT} times there. The regularisation
 * strength and the threshold are chosen on the train split alone, by {@value #FOLDS}-fold cross-validation over its
 * units (folds drawn once per seed of {@link #SEEDS}, the counts added up; another list with
 * {@code train-filter --cv-seeds}): each event is scored by a model fitted on the other folds,
 * and for each C of {@link #C_GRID} the threshold is the lowest multiple of 0.01 at which the pooled cross-validated
 * precision on the scorer's triple reaches {@link #PRECISION_TARGET}; the C with the highest F1 there wins, a larger
 * C only by more than {@link #C_MARGIN} of the F1. The dev split is only reported: choosing on it left no split to measure on.
 */
public final class FilterTrainer {
    static final int MIN_COUNT = 2;
    static final double[] C_GRID = {0.1, 0.3, 1.0};
    static final int FOLDS = 5;
    /** Share of F1 by which a larger C must beat the smaller to be chosen ({@link #bestChoice}). */
    static final double C_MARGIN = 0.01;
    /**
     * The dealings of units into folds whose counts are added up before choosing. One dealing alone moved the chosen
     * threshold from 0.11 to 0.19 (session 8, five seeds on the same coder): the choice rested on a lucky split.
     */
    public static final List<Long> SEEDS = List.of(14L, 15L, 16L, 17L, 18L);
    /**
     * The cross-validated precision on the triple the threshold must reach: the threshold is the lowest multiple of
     * 0.01 at which the train split's pooled cross-validated precision is at least this. Until session 10 the
     * threshold was the highest F1 among those keeping {@link #ESSENTIAL_KEPT} of the essential events; F1 is flat
     * over a wide plateau (0.165-0.167 from 0.17 to 0.30 on the session-10 coder) and essential events are few, so
     * that choice moved 0.19-0.25 with ten or thirty train units left out. Precision climbs steadily with the
     * threshold, and the threshold that reaches a given precision moved by 0.01 at most in the same checks ({@code
     * train-filter --stability}). 0.30: on the session-10 coder it keeps about 95 % of the essential events the
     * unfiltered coder finds (what the session-9 rule asked); 0.35 would keep 93 %, at a cost to the recall-heavy
     * public dev gold sets (docs/coder.md, "The operating point, session 10").
     */
    public static final double PRECISION_TARGET = 0.30;
    /** The session-9 rule's floor, kept for comparison: its choice is printed beside the threshold. */
    static final double ESSENTIAL_KEPT = 0.95;
    /** Bootstrap resamples of the train units that show how uncertain the choice is (reported, not used). */
    static final int BOOTSTRAPS = 201;
    static final long BOOTSTRAP_SEED = 14;

    /**
     * A trained model; the train split's cross-validated figures without the filter and at the chosen threshold
     * (with the curve of the chosen C), and the dev split's figures without the filter and with the model.
     */
    public record Result(FilterModel model, double c, Point before, Point chosen, List<Point> curve, Point devBefore,
                         Point devChosen, Map<Long, Point> seedChoices, Choice choice) {
    }

    private FilterTrainer() {
    }

    /**
     * Reads the team's label files, codes the train and dev units with the standard coder less the learned filter
     * itself, and trains. Training never reads the public gold sets: they stay measuring instruments.
     */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        return fromAnnotations(labelFiles, corpus, units, SEEDS);
    }

    /**
     * As {@link #fromAnnotations(List, Path, Path)}, the cross-validation repeated with each of {@code seeds} (a
     * different dealing of the units into folds) and its counts added up before C and the threshold are chosen.
     */
    public static Result fromAnnotations(List<Path> labelFiles, Path corpus, Path units, List<Long> seeds)
            throws IOException {
        List<LabelledEvents> sets = label(labelFiles, corpus, units);
        return train(sets.get(0), sets.get(1), seeds);
    }

    /** The train and dev splits' events coded without the filter and labelled, in that order. */
    public static List<LabelledEvents> label(List<Path> labelFiles, Path corpus, Path units) throws IOException {
        Pipeline pipeline = withoutFilter();
        return List.of(LabelledEvents.of(pipeline, AnnotationSet.read(labelFiles, corpus, units, "train")),
                LabelledEvents.of(pipeline, AnnotationSet.read(labelFiles, corpus, units, "dev")));
    }

    /**
     * How far the choice moves (a check, not part of training): the C and threshold chosen, and the rule alone on the
     * whole pooled curve, with other seeds of the fold dealing ({@code otherSeeds}, each list a run), and with
     * {@code leaveOut} train units left out at random ({@code leaveOutRuns} times, seeds 1, 2, ...).
     */
    public static List<String> stability(LabelledEvents train, List<List<Long>> otherSeeds, int leaveOut,
                                         int leaveOutRuns) {
        List<String> out = new ArrayList<>();
        for (List<Long> seeds : otherSeeds) {
            out.add("seeds " + seedList(seeds) + ": " + describe(bestChoice(train, seeds)));
        }
        List<String> unitIds = new ArrayList<>(train.goldByUnit().keySet());
        for (int run = 1; run <= leaveOutRuns; run++) {
            List<String> shuffled = new ArrayList<>(unitIds);
            Collections.shuffle(shuffled, new Random(run));
            Set<String> gone = new TreeSet<>(shuffled.subList(0, Math.min(leaveOut, shuffled.size())));
            out.add(String.format(Locale.ROOT, "%d units left out (seed %d): ", gone.size(), run)
                    + describe(bestChoice(train.without(gone), SEEDS)));
        }
        return out;
    }

    private static String describe(Choice c) {
        return String.format(Locale.ROOT, "C=%s threshold %.2f (resamples %.2f-%.2f; the session-9 rule %.2f), "
                + "cross-validated precision %.3f, recall essential %.3f, F1 %.3f", c.c(), c.chosen().threshold(),
                c.low(), c.high(), c.edge(), c.chosen().precision(), c.chosen().recallEssential(), c.chosen().f1());
    }

    /**
     * The C of {@link #C_GRID} (ascending) whose threshold gives the highest cross-validated F1, a larger C only when
     * it beats the one before by more than {@link #C_MARGIN} of its F1: the F1 of the three differ by a thousandth,
     * and C moves the scale of the probabilities, so a C that won by noise would move the threshold with it.
     */
    private static Choice bestChoice(LabelledEvents train, List<Long> seeds) {
        Choice best = null;
        for (double c : C_GRID) {
            Choice one = choose(train, seeds, c);
            if (best == null || one.chosen().f1() > best.chosen().f1() * (1 + C_MARGIN)) {
                best = one;
            }
        }
        return best;
    }

    /**
     * The standard pipeline whose coder runs every rule but the learned filter and the proposer's two rules (the
     * proposals and the root review, which run after the filter and are not judged by it): the events the filter
     * judges, so the filter is trained before and apart from the proposer.
     */
    public static Pipeline withoutFilter() {
        CameoTable cameo = CameoTable.standard();
        return new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()),
                new RuleEventCoder(PatternDictionary.load(List.of(), cameo), cameo, Set.of(EventFilter.RULE, EventProposer.RULE, RootReview.RULE)));
    }

    /** Trains on {@code train}, choosing C and the threshold by cross-validation there; {@code dev} is only scored. */
    public static Result train(LabelledEvents train, LabelledEvents dev) {
        return train(train, dev, SEEDS);
    }

    /**
     * As {@link #train(LabelledEvents, LabelledEvents)} with the cross-validation done once per seed of {@code seeds}
     * and the curves added up (the counts of every repetition), so that the choice rests on more than one dealing of
     * the units into folds; each seed's own choice (at the chosen C) is kept in the result to show how far the
     * dealing alone moves it.
     */
    public static Result train(LabelledEvents train, LabelledEvents dev, List<Long> seeds) {
        Choice best = bestChoice(train, seeds);
        double bestC = best.c();
        List<Point> bestCurve = best.curve();
        List<String> names = vocabulary(train.instances());
        FilterModel m = fit(train.instances(), names, bestC);
        FilterModel scored = m.withThreshold(best.chosen().threshold(), List.of());
        Point devBefore = at(0, keepAll(dev), dev);
        Point devChosen = at(scored, dev);
        List<String> comments = List.of(
                "Learned filter of emitted events (org.entente.events.learn): written by ./entente train-filter.",
                String.format(Locale.ROOT, "Logistic regression, LIBLINEAR L2R_LR, C=%s, features seen >= %d times in "
                        + "train: %d features.", bestC, MIN_COUNT, names.size()),
                String.format(Locale.ROOT, "Train split: %d judged events (%d real acts: a gold event of the "
                        + "sentence has the root). Dev split: %d judged events (%d real acts).", judged(train),
                        acts(train), judged(dev), acts(dev)),
                String.format(Locale.ROOT, "C and threshold chosen by %d-fold cross-validation on train (seed%s %s; "
                        + "the lowest threshold with precision on the triple >= %.2f, C by F1 there, a larger C by 1 %% "
                        + "more; on %d bootstrap "
                        + "resamples of the train units, seed %d, the same rule chooses %.2f-%.2f, 10th-90th "
                        + "percentile; the session-9 rule, highest F1 keeping %.0f %% of the essential events, "
                        + "gives %.2f): ", FOLDS, seeds.size() > 1 ? "s, counts added up" : "", seedList(seeds),
                        PRECISION_TARGET, BOOTSTRAPS, BOOTSTRAP_SEED, best.low(), best.high(), 100 * ESSENTIAL_KEPT,
                        best.edge())
                        + best.chosen().describe(),
                "Train (cross-validated) without the filter: " + bestCurve.get(0).describe(),
                "Dev (not used for choosing) with the filter: " + devChosen.describe(),
                "Dev without the filter: " + devBefore.describe());
        FilterModel chosen = m.withThreshold(best.chosen().threshold(), comments);
        return new Result(chosen, bestC, bestCurve.get(0), best.chosen(), bestCurve, devBefore, devChosen,
                best.seedChoices(), best);
    }

    /**
     * The threshold chosen at one C: the cross-validation repeated for each seed, each unit's counts at every
     * threshold added up over the repetitions, and {@link #precisionPoint} on the pooled curve; the 10th and 90th
     * percentiles of that rule's choices on bootstrap resamples of the units and the session-9 rule's choice ({@link
     * #operatingPoint}) are kept to show how settled it is.
     */
    static Choice choose(LabelledEvents train, List<Long> seeds, double c) {
        UnitCurves all = new UnitCurves(train);
        Map<Long, Point> seedChoices = new java.util.LinkedHashMap<>();
        for (long seed : seeds) {
            double[] p = outOfFold(train, folds(train, seed), c);
            all.add(p);
            UnitCurves one = new UnitCurves(train);
            one.add(p);
            seedChoices.put(seed, precisionPoint(one.total()));
        }
        double[] b = bootstrap(all);
        List<Point> curve = all.total();
        return new Choice(c, precisionPoint(curve), curve, seedChoices, b[0], b[1], operatingPoint(curve).threshold());
    }

    /** The threshold chosen at one C, the resamples' 10th and 90th percentiles, and the session-9 rule's choice. */
    public record Choice(double c, Point chosen, List<Point> curve, Map<Long, Point> seedChoices, double low,
                         double high, double edge) {
    }

    /** The first point of {@code curve} whose precision reaches {@link #PRECISION_TARGET}; the last if none does. */
    static Point precisionPoint(List<Point> curve) {
        for (Point p : curve) {
            if (p.emitted() > 0 && p.precision() >= PRECISION_TARGET - 1e-12) {
                return p;
            }
        }
        return curve.get(curve.size() - 1);
    }

    /**
     * {10th, 90th percentile} of the thresholds {@link #precisionPoint} chooses on {@value #BOOTSTRAPS} resamples (with
     * replacement, seed {@value #BOOTSTRAP_SEED}) of the units of {@code curves}: how far the choice could move with
     * another sample of train units like these.
     */
    static double[] bootstrap(UnitCurves curves) {
        Random r = new Random(BOOTSTRAP_SEED);
        int n = curves.units();
        double[] choices = new double[BOOTSTRAPS];
        int[] pick = new int[n];
        for (int b = 0; b < BOOTSTRAPS; b++) {
            for (int i = 0; i < n; i++) {
                pick[i] = r.nextInt(n);
            }
            choices[b] = precisionPoint(curves.sum(pick)).threshold();
        }
        java.util.Arrays.sort(choices);
        return new double[] {choices[BOOTSTRAPS / 10], choices[BOOTSTRAPS * 9 / 10]};
    }

    /**
     * Each unit's counts at the thresholds 0.00 ... 0.99 (events kept, right, right and essential), added up over
     * the repetitions of the cross-validation, and its gold events times the repetitions: what a resample of units
     * adds up.
     */
    static final class UnitCurves {
        private final LabelledEvents set;
        private final Map<String, Integer> index = new HashMap<>();
        private final int[][] gold;      // unit -> {all, essential}, times the repetitions
        private final int[][][] counts;  // unit -> threshold -> {kept, right, right essential}

        UnitCurves(LabelledEvents set) {
            this.set = set;
            for (String u : set.goldByUnit().keySet()) {
                index.put(u, index.size());
            }
            for (LabelledEvents.Instance x : set.instances()) {
                index.putIfAbsent(x.unit(), index.size());
            }
            gold = new int[index.size()][2];
            counts = new int[index.size()][100][3];
        }

        /** Adds one repetition's probabilities ({@code p[i]} of instance i). */
        void add(double[] p) {
            set.goldByUnit().forEach((u, g) -> {
                gold[index.get(u)][0] += g[0];
                gold[index.get(u)][1] += g[1];
            });
            for (int i = 0; i < p.length; i++) {
                LabelledEvents.Instance x = set.instances().get(i);
                int[][] c = counts[index.get(x.unit())];
                for (int k = 0; k < 100 && p[i] >= k / 100.0; k++) {
                    c[k][0]++;
                    c[k][1] += x.real() ? 1 : 0;
                    c[k][2] += x.essential() ? 1 : 0;
                }
            }
        }

        int units() {
            return counts.length;
        }

        List<Point> total() {
            int[] all = new int[units()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return sum(all);
        }

        /** The curve of the units {@code pick} (a unit picked twice counts twice). */
        List<Point> sum(int[] pick) {
            int[][] c = new int[100][3];
            int g = 0;
            int ge = 0;
            for (int u : pick) {
                g += gold[u][0];
                ge += gold[u][1];
                for (int k = 0; k < 100; k++) {
                    c[k][0] += counts[u][k][0];
                    c[k][1] += counts[u][k][1];
                    c[k][2] += counts[u][k][2];
                }
            }
            List<Point> out = new ArrayList<>(100);
            for (int k = 0; k < 100; k++) {
                out.add(new Point(k / 100.0, c[k][0], c[k][1], c[k][2], g, ge));
            }
            return out;
        }
    }

    private static String seedList(List<Long> seeds) {
        return String.join(",", seeds.stream().map(String::valueOf).toList());
    }

    /** Two curves over the same thresholds added up: the counts of two repetitions of the cross-validation. */
    static List<Point> pooled(List<Point> a, List<Point> b) {
        List<Point> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            Point x = a.get(i);
            Point y = b.get(i);
            out.add(new Point(x.threshold(), x.emitted() + y.emitted(), x.right() + y.right(),
                    x.rightEssential() + y.rightEssential(), x.gold() + y.gold(), x.goldEssential() + y.goldEssential()));
        }
        return out;
    }

    /**
     * The session-9 rule, kept for comparison: the highest F1 on {@code curve} among thresholds keeping {@link
     * #ESSENTIAL_KEPT} of the essential events.
     */
    static Point operatingPoint(List<Point> curve) {
        Point top = curve.get(0);
        double floor = ESSENTIAL_KEPT * curve.get(0).rightEssential();
        for (Point p : curve) {
            if (p.rightEssential() >= floor - 1e-9 && p.f1() > top.f1() + 1e-12) {
                top = p;
            }
        }
        return top;
    }

    /**
     * The fold of each instance: the train units shuffled with {@code seed} and dealt round-robin, so that the
     * events of one unit (often the same actors and words) never sit on both sides of a fold.
     */
    static int[] folds(LabelledEvents set, long seed) {
        List<String> units = new ArrayList<>(new TreeSet<>(set.instances().stream()
                .map(LabelledEvents.Instance::unit).toList()));
        Collections.shuffle(units, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            foldOf.put(units.get(i), i % FOLDS);
        }
        int[] fold = new int[set.instances().size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = foldOf.get(set.instances().get(i).unit());
        }
        return fold;
    }

    /** Each instance's probability from a model fitted (vocabulary and weights) on the other folds; 1 if unjudged. */
    static double[] outOfFold(LabelledEvents set, int[] fold, double c) {
        double[] p = keepAll(set);
        for (int k = 0; k < FOLDS; k++) {
            List<LabelledEvents.Instance> rest = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    rest.add(set.instances().get(i));
                }
            }
            FilterModel m = fit(rest, vocabulary(rest), c);
            for (int i = 0; i < fold.length; i++) {
                LabelledEvents.Instance x = set.instances().get(i);
                if (fold[i] == k && x.judged()) {
                    p[i] = m.probability(x.features());
                }
            }
        }
        return p;
    }

    private static double[] keepAll(LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        java.util.Arrays.fill(p, 1);
        return p;
    }

    /** The figures on {@code set} at thresholds 0.00, 0.01, ..., 0.99 of the probabilities {@code p}. */
    static List<Point> curve(double[] p, LabelledEvents set) {
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            out.add(at(k / 100.0, p, set));
        }
        return out;
    }

    /** The filter's figures on {@code set} at thresholds 0.00, 0.01, ..., 0.99 (0.00 keeps every event). */
    public static List<Point> curve(FilterModel m, LabelledEvents set) {
        return curve(probabilities(m, set), set);
    }

    /** The filter's figures on {@code set} at the model's own threshold. */
    public static Point at(FilterModel m, LabelledEvents set) {
        return at(m.threshold(), probabilities(m, set), set);
    }

    private static double[] probabilities(FilterModel m, LabelledEvents set) {
        double[] p = new double[set.instances().size()];
        for (int i = 0; i < p.length; i++) {
            LabelledEvents.Instance x = set.instances().get(i);
            p[i] = x.judged() ? m.probability(x.features()) : 1; // an event the filter does not judge is kept
        }
        return p;
    }

    private static Point at(double t, double[] p, LabelledEvents set) {
        int kept = 0;
        int right = 0;
        int rightEssential = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= t) {
                LabelledEvents.Instance x = set.instances().get(i);
                kept++;
                right += x.real() ? 1 : 0;
                rightEssential += x.essential() ? 1 : 0;
            }
        }
        return new Point(t, kept, right, rightEssential, set.gold(), set.goldEssential());
    }

    private static List<String> vocabulary(List<LabelledEvents.Instance> train) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledEvents.Instance x : train) {
            if (!x.judged()) {
                continue;
            }
            for (String f : new TreeSet<>(x.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        new TreeMap<>(counts).forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                names.add(f);
            }
        });
        return names;
    }

    private static FilterModel fit(List<LabelledEvents.Instance> train, List<String> names, double c) {
        List<LabelledEvents.Instance> xs = train.stream().filter(LabelledEvents.Instance::judged).toList();
        Problem problem = LiblinearProblem.of(xs.stream().map(LabelledEvents.Instance::features).toList(), names);
        for (int i = 0; i < xs.size(); i++) {
            problem.y[i] = xs.get(i).act() ? 1 : 0;
        }
        Model model = LiblinearProblem.train(problem, c);
        double[] w = model.getFeatureWeights();
        // the weights score the model's first label; make them score "real"
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), sign * w[i]);
        }
        return new FilterModel(weights, sign * w[names.size()], 0, List.of());
    }

    private static long acts(LabelledEvents set) {
        return set.instances().stream().filter(x -> x.judged() && x.act()).count();
    }

    private static long judged(LabelledEvents set) {
        return set.instances().stream().filter(LabelledEvents.Instance::judged).count();
    }
}
