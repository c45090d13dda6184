package org.entente.events.matching;

import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words each pattern cannot match without: its non-optional, non-negated word slots after the trigger. A
 * pattern one of whose slots has no form in the sentence cannot match there, whatever the order or gaps, so it is
 * dropped before matching. Slots with the same forms share an id; for each sentence, one pass over its words (one
 * lookup each in a form -> set ids table) marks which sets occur in it (kept in the {@link SentenceView}).
 */
final class Requirements {
    /** A pattern with the ids of the form sets it requires. */
    record Entry(Pattern pattern, int[] required) {
    }

    private static final Entry[] NONE = new Entry[0];

    private final Map<Pattern, int[]> byPattern = new IdentityHashMap<>();
    private final Map<Set<String>, Integer> ids = new HashMap<>();
    private final List<String[]> forms = new ArrayList<>();
    /** For each word form, the ids of the sets that contain it. */
    private final Map<String, int[]> setsByForm = new HashMap<>();

    Requirements(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            byPattern.put(p, compute(p));
        }
        Map<String, List<Integer>> sets = new HashMap<>();
        for (int id = 0; id < forms.size(); id++) {
            for (String f : forms.get(id)) {
                sets.computeIfAbsent(f, k -> new ArrayList<>()).add(id);
            }
        }
        sets.forEach((f, ids) -> setsByForm.put(f, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    private int[] compute(Pattern p) {
        List<Pattern.Element> els = p.elements();
        List<Integer> req = new ArrayList<>();
        for (int e = 1; e < els.size(); e++) {
            Pattern.Element el = els.get(e);
            if (el.kind() != Pattern.Kind.WORD || el.optional() || el.negative()) {
                continue;
            }
            Integer id = ids.get(el.forms());
            if (id == null) {
                id = forms.size();
                ids.put(el.forms(), id);
                forms.add(el.forms().toArray(new String[0]));
            }
            if (!req.contains(id)) {
                req.add(id);
            }
        }
        return req.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code patterns} (all from this dictionary) with their requirements, in the same order. */
    Entry[] entries(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return NONE;
        }
        Entry[] out = new Entry[patterns.size()];
        for (int i = 0; i < out.length; i++) {
            Pattern p = patterns.get(i);
            int[] req = byPattern.get(p);
            if (req == null) {
                throw new IllegalArgumentException("pattern not in this dictionary: " + p.origin());
            }
            out[i] = new Entry(p, req);
        }
        return out;
    }

    /** The patterns of {@code entries} whose every required word occurs in {@code s}, in the same order. */
    List<Pattern> plausible(Entry[] entries, SentenceView s) {
        if (entries.length == 0) {
            return List.of();
        }
        boolean[] present = s.requirementCache(this);
        if (present == null) {
            present = new boolean[forms.size()];
            for (String word : s.vocabulary) {
                int[] ids = setsByForm.get(word);
                if (ids != null) {
                    for (int id : ids) {
                        present[id] = true;
                    }
                }
            }
            s.requirementCache(this, present);
        }
        List<Pattern> out = null;
        for (Entry e : entries) {
            if (satisfied(e.required(), present)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(e.pattern());
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean satisfied(int[] required, boolean[] present) {
        for (int id : required) {
            if (!present[id]) {
                return false;
            }
        }
        return true;
    }
}
