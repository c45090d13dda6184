package org.entente.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor stage's word categories (words that glue or stop names, words of a spelled-out name that give no
 * initial, words that put a body above any one state), read once from actors/lexicon.tsv: one
 * {@code category<TAB>word} a line. They live here, not in the coder's events/lexicon.tsv, because the actor stage
 * runs before the coder and depends on nothing of it. Asking for a category the file lacks fails at class load,
 * naming it.
 */
final class ActorWords {
    private static final String FILE = "lexicon.tsv";
    private static final Map<String, Set<String>> CATEGORIES = load();

    private ActorWords() {
    }

    /** The words of {@code category}, as written. */
    static Set<String> words(String category) {
        Set<String> words = CATEGORIES.get(category);
        if (words == null) {
            throw new IllegalStateException("actors/" + FILE + ": no category " + category);
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        HeadedTable.read(FILE, List.of("category", "word"), (line, f) -> {
            if (f.length < 2 || f[0].isBlank() || f[1].isEmpty()) {
                throw new IllegalStateException("actors/" + FILE + ":" + line + ": expected category<TAB>word");
            }
            if (!out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1])) {
                throw new IllegalStateException("actors/" + FILE + ":" + line + ": " + f[1] + " twice in " + f[0]);
            }
        });
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
