package org.entente.events.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ActorRecognizer;
import org.entente.events.model.ActorUnit;
import org.entente.events.RuleEventCoder;
import org.entente.text.TextAnalyzer;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.NoEventCause;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.syntax.SentenceView;
import org.entente.events.eval.AnnotationSet;
import org.entente.pipeline.Pipeline;

/**
 * Where the coder's misses are: every gold event of the given splits the standard coder does not find (as the
 * scorer matches), put under the first cause that holds, in this order: the sentence has no actor mention of the
 * gold doer's or target's country; the coder emitted the gold root in the sentence with other actors (roles); it
 * emitted another root there (root); no word of the sentence can take the gold root in the pattern dictionary
 * (no trigger); a word can, but no event came of it (trigger, no event).
 */
public final class MissBreakdown {
    static final List<String> CAUSES = List.of("found", "no actor mention", "right root, wrong roles",
            "rule event with another root", "no trigger for the root", "trigger, no event");

    private final List<String> splits;
    /** With the trace: why no event came, per cause of "trigger, no event", per split {all, essential}. */
    private final Map<String, Map<String, int[]>> why = new java.util.TreeMap<>();
    /** The traced candidates' fates by article id and sentence index (cleared per unit), or null untraced. */
    private Map<String, List<NoEventCause.Fate>> fates;
    private java.io.PrintStream list;
    /** Per cause, per split: {all, essential}. */
    private final Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
    /** Per split, per gold root, per cause (index into {@link #CAUSES}): gold events. */
    private final Map<String, Map<String, int[]>> byRoot = new LinkedHashMap<>();

    MissBreakdown(List<String> splits) {
        this.splits = splits;
        for (String c : CAUSES) {
            Map<String, int[]> bySplit = new LinkedHashMap<>();
            splits.forEach(s -> bySplit.put(s, new int[2]));
            counts.put(c, bySplit);
        }
        splits.forEach(sp -> byRoot.put(sp, new java.util.TreeMap<>()));
    }

    /**
     * Codes the units of {@code splits} with the standard coder less the rules named in {@code off} and sorts every
     * gold event by cause.
     */
    public static MissBreakdown of(List<Path> labelFiles, Path corpus, Path units, List<String> splits,
                                   Set<String> off) throws IOException {
        return of(labelFiles, corpus, units, splits, off, null);
    }

    /**
     * As {@link #of(List, Path, Path, List, Set)}, and with {@code list} not null also why no event came for each
     * "trigger, no event" miss ({@link NoEventCause}; {@link #whyTable()}), each such miss written to {@code list}
     * (split, unit, essential, gold code, cause, the sentence).
     */
    public static MissBreakdown of(List<Path> labelFiles, Path corpus, Path units, List<String> splits,
                                   Set<String> off, java.io.PrintStream list) throws IOException {
        CameoTable cameo = CameoTable.standard();
        PatternDictionary patterns = PatternDictionary.load(List.of(), cameo);
        Triggers triggers = new Triggers(patterns);
        RuleEventCoder coder = new RuleEventCoder(patterns, cameo, off);
        MissBreakdown b = new MissBreakdown(splits);
        if (list != null) {
            b.list = list;
            b.fates = new java.util.HashMap<>();
            coder.traced((article, sentence, token, code, proposed, fate) -> b.fates.computeIfAbsent(
                    article.id() + '\u0001' + sentence, k -> new ArrayList<>())
                    .add(new NoEventCause.Fate(token, code, proposed, fate)));
        }
        Pipeline pipeline = new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(List.of()), coder);
        for (String split : splits) {
            for (AnnotationSet.Unit au : AnnotationSet.read(labelFiles, corpus, units, split).units()) {
                if (b.fates != null) {
                    b.fates.clear();
                }
                b.unit(split, AnnotatedUnits.code(pipeline, au), triggers, patterns);
            }
        }
        return b;
    }

    private void unit(String split, AnnotatedUnits.Coded u, Triggers triggers, PatternDictionary patterns) {
        List<EventMention> events = u.events();
        boolean[] used = new boolean[events.size()];
        List<AnnotationSet.GoldEvent> golds = new ArrayList<>(u.unit().events());
        golds.sort(Comparator.comparing((AnnotationSet.GoldEvent g) -> !g.essential()));
        for (AnnotationSet.GoldEvent g : golds) {
            boolean found = false;
            for (int i = 0; i < events.size() && !found; i++) {
                if (!used[i] && LabelledEvents.matches(u.unit(), events.get(i), g)) {
                    used[i] = true;
                    found = true;
                }
            }
            String cause = found ? "found" : cause(u, g, triggers);
            int[] c = counts.get(cause).get(split);
            c[0]++;
            c[1] += g.essential() ? 1 : 0;
            countByRoot(split, LabelledEvents.root(g.code()), cause);
            if (fates != null && cause.equals("trigger, no event")) {
                why(split, u, g, triggers, patterns);
            } else if (list != null && !found) {
                SentenceView s = sentenceOf(u, g);
                list.println(split + '\t' + u.unit().unit() + '\t' + (g.essential() ? "ess" : "-") + '\t'
                        + g.code() + '\t' + g.source() + '>' + g.target() + '\t' + cause + "\t\t"
                        + (s == null ? "" : s.sentence().text()));
            }
        }
    }

    private static String cause(AnnotatedUnits.Coded u, AnnotationSet.GoldEvent g, Triggers triggers) {
        SentenceView s = sentenceOf(u, g);
        if (s == null || !hasCountry(s, g.source()) || !hasCountry(s, g.target())) {
            return "no actor mention";
        }
        String root = LabelledEvents.root(g.code());
        boolean anyEvent = false;
        for (EventMention e : u.events()) {
            if (sameSentence(u, e, g)) {
                anyEvent = true;
                if (Objects.equals(e.root(), root)) {
                    return "right root, wrong roles";
                }
            }
        }
        if (anyEvent) {
            return "rule event with another root";
        }
        for (int t : triggers.of(s)) {
            if (triggers.roots(s, t).contains(root)) {
                return "trigger, no event";
            }
        }
        return "no trigger for the root";
    }

    private void why(String split, AnnotatedUnits.Coded u, AnnotationSet.GoldEvent g, Triggers triggers,
                     PatternDictionary patterns) {
        SentenceView s = sentenceOf(u, g);
        String root = LabelledEvents.root(g.code());
        List<Integer> words = new ArrayList<>();
        for (int t : triggers.of(s)) {
            if (triggers.roots(s, t).contains(root)) {
                words.add(t);
            }
        }
        List<NoEventCause.Fate> here = fates.getOrDefault(u.article().id() + '\u0001' + s.sentence().index(),
                List.of());
        String reason = NoEventCause.of(s, root, here, words, patterns);
        int[] c = why.computeIfAbsent(reason, k -> {
            Map<String, int[]> bySplit = new LinkedHashMap<>();
            splits.forEach(x -> bySplit.put(x, new int[2]));
            return bySplit;
        }).get(split);
        c[0]++;
        c[1] += g.essential() ? 1 : 0;
        StringBuilder ws = new StringBuilder();
        words.forEach(w -> ws.append(ws.length() == 0 ? "" : ",").append(s.word(w)));
        list.println(split + '\t' + u.unit().unit() + '\t' + (g.essential() ? "ess" : "-") + '\t' + g.code() + '\t'
                + g.source() + '>' + g.target() + '\t' + reason + '\t' + ws + '\t' + s.sentence().text());
    }

    /** A Markdown table: why no event came of a word that can take the gold root, per split, all and essential. */
    public String whyTable() {
        StringBuilder b = new StringBuilder("| why no event came |");
        splits.forEach(s -> b.append(' ').append(s).append(" (ess) |"));
        b.append(" all (ess) |\n|---|");
        splits.forEach(s -> b.append("---|"));
        b.append("---|\n");
        List<Map.Entry<String, Map<String, int[]>>> rows = new ArrayList<>(why.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<String, Map<String, int[]>> e) ->
                -e.getValue().values().stream().mapToInt(v -> v[1]).sum()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Map<String, int[]>> e : rows) {
            b.append("| ").append(e.getKey()).append(" |");
            int all = 0;
            int ess = 0;
            for (String s : splits) {
                int[] v = e.getValue().get(s);
                b.append(' ').append(v[0]).append(" (").append(v[1]).append(") |");
                all += v[0];
                ess += v[1];
            }
            b.append(' ').append(all).append(" (").append(ess).append(") |\n");
        }
        return b.toString();
    }

    private static SentenceView sentenceOf(AnnotatedUnits.Coded u, AnnotationSet.GoldEvent g) {
        for (AnnotatedUnits.Sent s : u.sentences()) {
            if (s.golds().contains(g)) {
                return s.view();
            }
        }
        return null;
    }

    /** Whether {@code s} has an actor unit of the country of {@code code} (always, for no country). */
    private static boolean hasCountry(SentenceView s, String code) {
        String c = LabelledEvents.country(code);
        if (c == null) {
            return true;
        }
        for (ActorUnit a : s.units()) {
            for (var m : a.members()) {
                if (c.equals(LabelledEvents.country(m.code()))) { // as the scorer reads a code: IGOEUREEC is IGO
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSentence(AnnotatedUnits.Coded u, EventMention e, AnnotationSet.GoldEvent g) {
        int start = e.span().start() + u.unit().extentStart();
        int end = e.span().end() + u.unit().extentStart();
        return start < g.sentenceEnd() && g.sentenceStart() < end;
    }

    /** Counts one gold event of {@code root} under {@code cause} (one of {@link #CAUSES}) for the per-root table. */
    void countByRoot(String split, String root, String cause) {
        int k = CAUSES.indexOf(cause);
        if (k < 0) {
            throw new IllegalArgumentException("no miss cause " + cause);
        }
        byRoot.get(split).computeIfAbsent(root, r -> new int[CAUSES.size()])[k]++;
    }

    /**
     * A Markdown table for one split: per gold root, its gold events, how many were found and the misses under each
     * cause of {@link #CAUSES} (issue 14 §3: recall per root).
     */
    public String rootTable(String split) {
        StringBuilder b = new StringBuilder("| root (" + split + ") | gold |");
        CAUSES.forEach(c -> b.append(' ').append(c).append(" |"));
        b.append("\n|---|---|");
        CAUSES.forEach(c -> b.append("---|"));
        b.append('\n');
        for (Map.Entry<String, int[]> e : byRoot.get(split).entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(java.util.Arrays.stream(e.getValue()).sum())
                    .append(" |");
            for (int n : e.getValue()) {
                b.append(' ').append(n).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A Markdown table: per cause, gold events per split, all and essential. */
    public String table() {
        StringBuilder b = new StringBuilder("| cause |");
        splits.forEach(s -> b.append(' ').append(s).append(" (ess) |"));
        b.append(" all (ess) | share of misses |\n|---|");
        splits.forEach(s -> b.append("---|"));
        b.append("---|---|\n");
        int missed = 0;
        for (String c : CAUSES) {
            if (!c.equals("found")) {
                missed += counts.get(c).values().stream().mapToInt(v -> v[0]).sum();
            }
        }
        for (String c : CAUSES) {
            b.append("| ").append(c).append(" |");
            int all = 0;
            int ess = 0;
            for (String s : splits) {
                int[] v = counts.get(c).get(s);
                b.append(' ').append(v[0]).append(" (").append(v[1]).append(") |");
                all += v[0];
                ess += v[1];
            }
            b.append(' ').append(all).append(" (").append(ess).append(") | ");
            b.append(c.equals("found") ? "" : String.format(java.util.Locale.ROOT, "%.2f", (double) all / missed));
            b.append(" |\n");
        }
        return b.toString();
    }
}
