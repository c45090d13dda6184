package org.entente.events.es;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.es.SpanishData;
import org.entente.text.es.SpanishWords;

/**
 * The CAMEO code of a Spanish verb in its clause: the longest pattern of the verb's blocks whose words follow the
 * verb in order ({@code es/patterns.tsv} with the synonym sets of {@code es/synonyms.tsv}, and the team's
 * {@code es/patterns-extra.tsv}), else the verb's own code ({@code es/verb-codes.tsv} where the team
 * corrected it, else {@code es/verbs.tsv}); "---" codes nothing. Words are compared by their Snowball stems.
 * Immutable; thread-safe.
 */
public final class SpanishVerbCodes {
    /** Gap allowed between two words of a pattern (the source's patterns skip articles and adjectives). */
    private static final int MAX_GAP = 3;

    /** A code and the row that gave it ("es/patterns.tsv:812"). */
    public record Coding(String code, String where) {
    }

    private record VerbRow(String code, String where, List<String> blocks) {
    }

    /** A pattern: each element is a set of alternatives, each alternative a run of stems. */
    private record Pattern(String code, List<List<List<String>>> elements, String where) {
    }

    private static volatile SpanishVerbCodes standard;
    private final Map<String, VerbRow> verbs = new HashMap<>();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();

    public static SpanishVerbCodes standard() {
        SpanishVerbCodes c = standard;
        if (c == null) {
            synchronized (SpanishVerbCodes.class) {
                if (standard == null) {
                    standard = new SpanishVerbCodes();
                }
                c = standard;
            }
        }
        return c;
    }

    private SpanishVerbCodes() {
        for (SpanishData.Row r : SpanishData.read("verbs.tsv", 4)) {
            String verb = SpanishWords.plain(r.field(0));
            verbs.putIfAbsent(verb, new VerbRow(r.field(1), r.where(), List.of(r.field(2).split(","))));
        }
        for (SpanishData.Row r : SpanishData.read("verb-codes.tsv", 2)) {
            VerbRow before = verbs.get(SpanishWords.plain(r.field(0)));
            if (before == null) {
                throw r.error("'" + r.field(0) + "' is not in es/verbs.tsv");
            }
            verbs.put(SpanishWords.plain(r.field(0)), new VerbRow(r.field(1), r.where(), before.blocks()));
        }
        Map<String, List<List<String>>> sets = new HashMap<>();
        for (SpanishData.Row r : SpanishData.read("synonyms.tsv", 2)) {
            sets.put(r.field(0), alternatives(r.field(1)));
        }
        List<SpanishData.Row> patternRows = new ArrayList<>(SpanishData.read("patterns.tsv", 4));
        patternRows.addAll(SpanishData.read("patterns-extra.tsv", 4));
        for (SpanishData.Row r : patternRows) {
            List<List<List<String>>> elements = new ArrayList<>();
            for (String element : r.field(2).split(";")) {
                List<List<String>> alternatives = element.startsWith("&") ? sets.get(element.substring(1))
                        : alternatives(element);
                if (alternatives == null) {
                    throw r.error("no synonym set " + element + " in es/synonyms.tsv");
                }
                elements.add(alternatives);
            }
            patterns.computeIfAbsent(r.field(0), k -> new ArrayList<>()).add(new Pattern(r.field(1), elements,
                    r.where()));
        }
    }

    /** "acuerdo|tratado de paz" -> [[acuerd], [trat, de, paz]]: alternatives, each a run of stems. */
    private static List<List<String>> alternatives(String members) {
        List<List<String>> out = new ArrayList<>();
        for (String alternative : members.split("\\|")) {
            List<String> stems = new ArrayList<>();
            for (String w : alternative.trim().split(" ")) {
                stems.add(SpanishWords.stem(w));
            }
            out.add(List.copyOf(stems));
        }
        return List.copyOf(out);
    }

    /**
     * The code of {@code verb} (an infinitive, plain) given the stems of the words after it in its clause, or null
     * when the verb codes nothing here.
     */
    public Coding code(String verb, List<String> stemsAfter) {
        VerbRow row = verbs.get(verb);
        if (row == null) {
            return null;
        }
        Pattern best = null;
        for (String block : row.blocks()) {
            for (Pattern p : patterns.getOrDefault(block, List.of())) {
                if ((best == null || p.elements().size() > best.elements().size()) && matches(p, stemsAfter)) {
                    best = p;
                }
            }
        }
        if (best != null) {
            return new Coding(best.code(), best.where());
        }
        return "---".equals(row.code()) ? null : new Coding(row.code(), row.where());
    }

    private static boolean matches(Pattern p, List<String> words) {
        int at = 0;
        for (int e = 0; e < p.elements().size(); e++) {
            int found = find(p.elements().get(e), words, at, e == 0 ? MAX_GAP + 1 : MAX_GAP);
            if (found < 0) {
                return false;
            }
            at = found;
        }
        return true;
    }

    /** The index just past the first alternative found within {@code gap} words of {@code from}, or -1. */
    private static int find(List<List<String>> alternatives, List<String> words, int from, int gap) {
        for (int i = from; i < words.size() && i <= from + gap; i++) {
            for (List<String> run : alternatives) {
                if (i + run.size() <= words.size() && words.subList(i, i + run.size()).equals(run)) {
                    return i + run.size();
                }
            }
        }
        return -1;
    }
}
