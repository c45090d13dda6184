package org.entente.text.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A word lexicon of NLP4J's (word in its simplified lower-case form -> a small collection of strings) with each
 * distinct collection stored once. NLP4J ships its Brown clusters as 594k words each with its own hash set
 * (~460 MB of heap) though only ~1.5k distinct sets exist, and its POS ambiguity classes as 408k words with
 * ~1.3k distinct lists (~100 MB); here a word maps by its 64-bit key ({@link FeatureHash}) to the number of its
 * collection: ~7 and ~5 MB.
 *
 * @param <T> the collection type NLP4J's nodes take (a set of cluster paths, a list of tags)
 */
final class WordLexicon<T> {
    private final KeyIndex words;
    private final List<List<String>> entries;
    private final List<T> views;

    WordLexicon(KeyIndex words, List<List<String>> entries, Function<List<String>, T> view) {
        this.words = words;
        this.entries = List.copyOf(entries);
        List<T> v = new ArrayList<>(entries.size());
        for (List<String> e : entries) {
            v.add(view.apply(e));
        }
        this.views = v;
    }

    /** Interns the values of an NLP4J lexicon; {@code order} fixes a value's strings in a stable order. */
    static <T> WordLexicon<T> of(Map<String, ? extends java.util.Collection<String>> lexicon,
                                 Function<java.util.Collection<String>, List<String>> order,
                                 Function<List<String>, T> view) {
        Map<List<String>, Integer> ids = new HashMap<>();
        List<List<String>> entries = new ArrayList<>();
        long[] keys = new long[lexicon.size()];
        int[] values = new int[lexicon.size()];
        int n = 0;
        for (Map.Entry<String, ? extends java.util.Collection<String>> e : lexicon.entrySet()) {
            List<String> entry = order.apply(e.getValue());
            Integer id = ids.get(entry);
            if (id == null) {
                id = entries.size();
                ids.put(entry, id);
                entries.add(entry);
            }
            keys[n] = FeatureHash.of(e.getKey());
            values[n] = id;
            n++;
        }
        return new WordLexicon<>(new KeyIndex(keys, values), entries, view);
    }

    /** Brown clusters: sets of cluster paths (their order does not matter; sorted for a stable file). */
    static WordLexicon<Set<String>> clusters(Map<String, Set<String>> lexicon) {
        return of(lexicon, WordLexicon::sorted, WordLexicon::asSet);
    }

    /** Ambiguity classes: the tags a word has had, in NLP4J's order (its features read them by position). */
    static WordLexicon<List<String>> ambiguityClasses(Map<String, List<String>> lexicon) {
        return of(lexicon, List::copyOf, List::copyOf);
    }

    static List<String> sorted(java.util.Collection<String> c) {
        List<String> s = new ArrayList<>(c);
        Collections.sort(s);
        return List.copyOf(s);
    }

    static Set<String> asSet(List<String> entry) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(entry));
    }

    /** The value of a word in NLP4J's simplified lower-case form, or null when the lexicon lacks it. */
    T of(String simplifiedLowercase) {
        int id = words.get(FeatureHash.of(simplifiedLowercase), -1);
        return id < 0 ? null : views.get(id);
    }

    KeyIndex words() {
        return words;
    }

    List<List<String>> entries() {
        return entries;
    }
}
