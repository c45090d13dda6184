package org.entente.events.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scores one sentence's predicted values against its gold values as multisets (order-free, with repeats). */
final class Multisets {
    private Multisets() {
    }

    static FieldScore score(List<String> predicted, List<String> gold) {
        Map<String, Integer> g = new HashMap<>();
        for (String x : gold) {
            if (x != null) {
                g.merge(x, 1, Integer::sum);
            }
        }
        int tp = 0;
        int fp = 0;
        for (String x : predicted) {
            if (x == null) {
                continue;
            }
            Integer n = g.get(x);
            if (n != null && n > 0) {
                tp++;
                g.put(x, n - 1);
            } else {
                fp++;
            }
        }
        int fn = g.values().stream().mapToInt(Integer::intValue).sum();
        return new FieldScore(tp, fp, fn);
    }

    /** Country part of an actor code ("RUSGOV" -> "RUS", "IGOUNO" -> "IGO"); null for none or "---". */
    static String country(String actorCode) {
        if (actorCode == null || actorCode.length() < 3) {
            return null;
        }
        String c = actorCode.substring(0, 3);
        return c.equals("---") ? null : c;
    }

    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Objects.toString(p, "-"));
        }
        return b.toString();
    }
}
