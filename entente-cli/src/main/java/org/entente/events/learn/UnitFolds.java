package org.entente.events.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * How the trainers' cross-validations deal annotated units into folds: the unit ids sorted, shuffled with a fixed
 * seed and dealt round-robin, so that one unit's events (often the same actors and words) never sit on both sides
 * of a fold, and the same labels always give the same folds.
 */
final class UnitFolds {
    private UnitFolds() {
    }

    /** Each unit id's fold, 0 to {@code folds - 1}. */
    static Map<String, Integer> deal(Collection<String> unitIds, long seed, int folds) {
        List<String> ids = new ArrayList<>(new TreeSet<>(unitIds));
        Collections.shuffle(ids, new Random(seed));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            fold.put(ids.get(i), i % folds);
        }
        return fold;
    }
}
