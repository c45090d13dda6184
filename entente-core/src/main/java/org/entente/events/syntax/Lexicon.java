package org.entente.events.syntax;

import org.entente.events.model.DataTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coder's word categories (auxiliaries, subordinators, reporting and control verbs, place words, the parse
 * labels a rule reads, ...), read once from events/lexicon.tsv: one {@code category<TAB>word} a line, a third column
 * {@code +} where the word is a base form whose inflections belong to the category too. Classes ask for their
 * categories by name; asking for a category the file does not have, or reading an inflected one as exact words (or
 * the reverse), fails at class load, naming it.
 *
 * <p>The Spanish coder's words are a second file of the same form, es/lexicon.tsv beside the other Spanish data
 * ({@link #spanish}): its categories are read as exact words only, since {@link Words#allForms} inflects English.
 */
public final class Lexicon {
    private static final String RESOURCE = "/events/lexicon.tsv";
    private static final String SPANISH = "/es/lexicon.tsv";

    private record Category(List<String> words, boolean inflected) {
    }

    private static final Map<String, Category> CATEGORIES = load(RESOURCE);
    private static final Map<String, Category> SPANISH_CATEGORIES = load(SPANISH);

    private Lexicon() {
    }

    /** The words of {@code category}, as written. */
    public static Set<String> words(String category) {
        Category c = get(RESOURCE, CATEGORIES, category, false);
        return Set.copyOf(c.words());
    }

    /** The words of {@code category} in the file's order, for a class that tries them in turn. */
    public static List<String> ordered(String category) {
        return get(RESOURCE, CATEGORIES, category, false).words();
    }

    /** Every form of the base words of {@code category} ({@link Words#allForms}). */
    public static Set<String> forms(String category) {
        Category c = get(RESOURCE, CATEGORIES, category, true);
        return Words.allForms(c.words().toArray(new String[0]));
    }

    /** The Spanish words of {@code category} (es/lexicon.tsv), as written. */
    public static Set<String> spanish(String category) {
        Category c = get(SPANISH, SPANISH_CATEGORIES, category, false);
        return Set.copyOf(c.words());
    }

    private static Category get(String resource, Map<String, Category> categories, String category,
            boolean inflected) {
        Category c = categories.get(category);
        if (c == null) {
            throw new IllegalStateException(resource + ": no category " + category);
        }
        if (c.inflected() != inflected) {
            throw new IllegalStateException(resource + ": category " + category + " is "
                    + (c.inflected() ? "of base forms (+): read it with forms()"
                            : "of exact words: read it with words()"));
        }
        return c;
    }

    private static Map<String, Category> load(String resource) {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, Boolean> inflected = new HashMap<>();
        for (DataTable.Row row : DataTable.read(resource)) {
            String[] f = row.fields();
            if (f.length < 2 || f[0].isBlank() || f[1].isEmpty()) {
                throw row.error("expected category<TAB>word[<TAB>+]");
            }
            boolean plus = f.length > 2 && f[2].equals("+");
            if (plus && resource.equals(SPANISH)) {
                throw row.error("Spanish words are exact: no English inflection (+)");
            }
            Boolean before = inflected.putIfAbsent(f[0], plus);
            if (before != null && before != plus) {
                throw row.error("category " + f[0] + " mixes base forms (+) and exact words");
            }
            words.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        Map<String, Category> out = new HashMap<>();
        words.forEach((k, v) -> out.put(k, new Category(List.copyOf(v), inflected.get(k))));
        return out;
    }
}
