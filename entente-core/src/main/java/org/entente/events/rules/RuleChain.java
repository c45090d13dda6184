package org.entente.events.rules;

import org.entente.events.model.DataTable;
import org.entente.events.model.EventMention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coder's decisions after matching, in the order declared in events/rules.tsv: one row per rule or step
 * (name, stage, kind, what it decides). Steps compute what later rules read (modality, date, place, the dyads) and
 * are always on; rules can be switched off one at a time ({@code ./entente eval --ablate}). Loading checks that the
 * file and the implementations ({@link CodingRules}) name the same rules and that stages come in pipeline order.
 */
public final class RuleChain {
    private static final String RESOURCE = "/events/rules.tsv";

    /** Where a rule runs: on each matched candidate, on the event drafted from it, on the sentence's events. */
    public enum Stage { CANDIDATE, EVENT, SENTENCE }

    /**
     * What a row does, as the file's kind column names it: a step computes what later rules read and is always on;
     * the other kinds are rules. An enum, not a word list: the chain's code tells steps from rules by it.
     */
    public enum Kind {
        STEP, DROP, RECODE, RE_ROLE, MODALITY, SPLIT, DERIVE, MERGE;

        /** The name the file writes ("re-role"). */
        public String written() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind of(String written) {
            for (Kind k : values()) {
                if (k.written().equals(written)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** One row of the chain. */
    public record Entry(String name, String stage, String kind, String what) {
        public boolean isStep() {
            return kind.equals(Kind.STEP.written());
        }
    }

    private final List<Entry> entries;
    private final Map<Stage, List<Named>> byStage = new EnumMap<>(Stage.class);

    private record Named(String name, CodingRule rule) {
    }

    private RuleChain(List<Entry> entries, Map<String, CodingRule> impls, Set<String> off) {
        this.entries = entries;
        for (Stage st : Stage.values()) {
            byStage.put(st, new ArrayList<>());
        }
        for (Entry e : entries) {
            if (!off.contains(e.name())) {
                byStage.get(Stage.valueOf(e.stage().toUpperCase(Locale.ROOT))).add(new Named(e.name(),
                        impls.get(e.name())));
            }
        }
    }

    /** The declared order, every row (steps and rules). */
    public static List<Entry> declared() {
        return read();
    }

    /** The names of the rules that can be switched off, in chain order. */
    public static List<String> switchable() {
        return read().stream().filter(e -> !e.isStep()).map(Entry::name).toList();
    }

    /** Whether the rule {@code name} runs in this chain (declared and not switched off). */
    public boolean isOn(String name) {
        return byStage.values().stream().anyMatch(l -> l.stream().anyMatch(n -> n.name().equals(name)));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The chain of {@code impls} in the declared order, without the rules named in {@code off}. Fails naming the
     * problem when the file and the implementations disagree, or when {@code off} names a step or no rule.
     */
    public static RuleChain load(Map<String, CodingRule> impls, Set<String> off) {
        List<Entry> entries = read();
        Set<String> named = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!impls.containsKey(e.name())) {
                throw new IllegalStateException(RESOURCE + ": rule " + e.name() + " has no implementation");
            }
            named.add(e.name());
        }
        for (String name : impls.keySet()) {
            if (!named.contains(name)) {
                throw new IllegalStateException(RESOURCE + ": rule " + name + " is implemented but not declared");
            }
        }
        for (String name : off) {
            Entry e = entries.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (e == null || e.isStep()) {
                throw new IllegalArgumentException("no rule \"" + name + "\" to switch off (rules: "
                        + String.join(", ", switchable()) + ")");
            }
        }
        return new RuleChain(entries, impls, off);
    }

    /**
     * Runs the rules of {@code stage} on {@code d} in order, recording each that changed it; stops at a drop.
     * Returns false when the draft was dropped.
     */
    public boolean run(Stage stage, Draft d) {
        for (Named n : byStage.get(stage)) {
            List<EventMention> before = stage == Stage.SENTENCE && d.sentence.removals != null
                    ? List.copyOf(d.sentence.events) : null;
            if (n.rule().apply(d)) {
                d.touched(n.name());
            }
            if (before != null) {
                for (EventMention e : before) {
                    if (!d.sentence.events.contains(e)) {
                        d.sentence.removals.add(new Draft.Removal(n.name(), e));
                    }
                }
            }
            if (d.dropped()) {
                d.droppedBy = n.name();
                return false;
            }
        }
        return true;
    }

    private static List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int lastStage = 0;
        for (DataTable.Row row : DataTable.read(RESOURCE)) {
            String[] f = row.fields();
            if (f.length < 4) {
                throw row.error("expected name, stage, kind, what");
            }
            Stage stage;
            try {
                stage = Stage.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown stage " + f[1]);
            }
            if (stage.ordinal() < lastStage) {
                throw row.error("stage " + f[1] + " after a later stage (candidate, event, sentence)");
            }
            lastStage = stage.ordinal();
            if (Kind.of(f[2].trim()) == null) {
                throw row.error("unknown kind " + f[2] + " " + java.util.Arrays.stream(Kind.values())
                        .map(Kind::written).toList());
            }
            if (!names.add(f[0].trim())) {
                throw row.error("rule " + f[0] + " declared twice");
            }
            out.add(new Entry(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
        }
        return List.copyOf(out);
    }
}
