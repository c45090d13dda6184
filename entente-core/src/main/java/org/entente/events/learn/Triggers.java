package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.events.syntax.Lexicon;
import org.entente.events.matching.Pattern;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.syntax.SentenceView;

/**
 * The words of a sentence that may tell an act, for the learned proposer: verbs (not auxiliaries) and the nouns the
 * pattern dictionary knows as event nouns, outside actor mentions; and, for each, the CAMEO roots the dictionary's
 * patterns for its form or lemma can give (the proposer's strongest feature, and how gold events are anchored to a
 * word for training).
 */
public final class Triggers {
    /** Verbs that carry no act of their own (auxiliaries), never a trigger. */
    private static final Set<String> NOT_TRIGGERS = Lexicon.words("triggers.not-triggers");
    /** Distinct (verb or noun, form, lemma) keys kept before the cache starts over (bounds memory). */
    private static final int CACHE_CAPACITY = 50_000;

    private final PatternDictionary patterns;
    private final Map<String, Set<String>> rootsCache = new ConcurrentHashMap<>();

    public Triggers(PatternDictionary patterns) {
        this.patterns = patterns;
    }

    /** The token indices of {@code s} that may tell an act, in sentence order. */
    public List<Integer> of(SentenceView s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (isTrigger(s, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether token {@code i} of {@code s} may tell an act. */
    public boolean isTrigger(SentenceView s, int i) {
        if (s.unitAt(i) != null || NOT_TRIGGERS.contains(s.lemmaAt(i)) || NOT_TRIGGERS.contains(s.word(i))) {
            return false;
        }
        String pos = s.posAt(i);
        if (pos.startsWith("VB")) {
            return true;
        }
        return pos.startsWith("NN") && !roots(s, i).isEmpty();
    }

    /** The roots ("04", "19") the dictionary's patterns for the word at {@code i} can give, as verb or as noun. */
    public Set<String> roots(SentenceView s, int i) {
        boolean verb = s.posAt(i).startsWith("VB");
        String form = s.word(i);
        String lemma = s.lemmaAt(i);
        String key = (verb ? "v\u0001" : "n\u0001") + form + '\u0001' + lemma;
        Set<String> known = rootsCache.get(key);
        if (known != null) {
            return known;
        }
        Set<String> roots = new TreeSet<>();
        for (String w : form.equals(lemma) ? List.of(form) : List.of(form, lemma)) {
            for (Pattern p : verb ? patterns.verbPatterns(w) : patterns.nounPatterns(w)) {
                roots.add(p.code().substring(0, 2));
            }
        }
        Set<String> out = Set.copyOf(roots);
        if (rootsCache.size() >= CACHE_CAPACITY) {
            rootsCache.clear();
        }
        rootsCache.put(key, out);
        return out;
    }
}
