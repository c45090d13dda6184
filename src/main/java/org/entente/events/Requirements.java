package org.entente.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words each pattern cannot match without: its non-optional, non-negated word slots after the trigger. A
 * pattern one of whose slots has no form in the sentence cannot match there, whatever the order or gaps, so it is
 * dropped before matching. Slots with the same forms share an id, so a sentence looks each set up only once (the
 * answers live in the {@link SentenceView}).
 */
final class Requirements {
    /** A pattern with the ids of the form sets it requires. */
    record Entry(Pattern pattern, int[] required) {
    }

    private static final Entry[] NONE = new Entry[0];

    private final Map<Pattern, int[]> byPattern = new IdentityHashMap<>();
    private final Map<Set<String>, Integer> ids = new HashMap<>();
    private final List<String[]> forms = new ArrayList<>();

    Requirements(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            byPattern.put(p, compute(p));
        }
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
        byte[] known = s.requirementCache(this, forms.size());
        List<Pattern> out = null;
        for (Entry e : entries) {
            if (satisfied(e.required(), known, s)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(e.pattern());
            }
        }
        return out == null ? List.of() : out;
    }

    private boolean satisfied(int[] required, byte[] known, SentenceView s) {
        for (int id : required) {
            byte k = known[id];
            if (k == 0) {
                k = 2;
                for (String f : forms.get(id)) {
                    if (s.vocabulary.contains(f)) {
                        k = 1;
                        break;
                    }
                }
                known[id] = k;
            }
            if (k != 1) {
                return false;
            }
        }
        return true;
    }
}
