package org.entente.text.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence's dependency tree (ClearNLP/Stanford-style labels, as NLP4J's English model gives them), held as two
 * arrays over the sentence's token indexes: {@code head(i)} is the token {@code i} depends on (-1 for the root),
 * {@code label(i)} the relation. The helpers read the relations the coder needs: subject, object, agent,
 * conjuncts, the antecedent of a relative clause.
 */
public final class DependencyParse {
    /** Subject relations: nominal and clausal, active and passive. */
    private static final Set<String> SUBJECT = Set.of("nsubj", "csubj");
    private static final Set<String> PASSIVE_SUBJECT = Set.of("nsubjpass", "csubjpass");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that", "whose");

    private final int[] heads;
    private final String[] labels;
    /** The lower-case words, for the few helpers that must tell "by" or "who" from another word. */
    private final String[] words;
    /** The fine Penn tags the parser read (VBN, NNS, WDT, ...). */
    private final String[] tags;

    public DependencyParse(int[] heads, String[] labels, String[] words, String[] tags) {
        if (heads.length != labels.length || heads.length != words.length || heads.length != tags.length) {
            throw new IllegalArgumentException("heads, labels, words and tags differ in length");
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
                throw new IllegalArgumentException("token " + i + " has an impossible head " + heads[i]);
            }
        }
        this.heads = heads.clone();
        this.labels = labels.clone();
        this.tags = tags.clone();
        this.words = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            this.words[i] = words[i].toLowerCase(java.util.Locale.ROOT);
        }
    }

    public int size() {
        return heads.length;
    }

    /** The token {@code i} depends on, or -1 for the root. */
    public int head(int i) {
        return heads[i];
    }

    public String label(int i) {
        return labels[i];
    }

    /** Token {@code i}'s word, lower-cased. */
    public String word(int i) {
        return words[i];
    }

    /** The fine Penn tag the parser gave token {@code i}. */
    public String tag(int i) {
        return tags[i];
    }

    /** The dependents of {@code i}, left to right. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first dependent of {@code i} with relation {@code label}, or -1. */
    public int child(int i, String label) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels[k].equals(label)) {
                return k;
            }
        }
        return -1;
    }

    /** The first dependent of {@code i} with one of {@code labels}, or -1. */
    public int child(int i, Set<String> labels) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels.contains(this.labels[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The active subject of a predicate ("nsubj", "csubj"), or -1. Of two (a dateline's city parsed as a second
     * subject: "LIMA - Gunmen attacked"), the nearer.
     */
    public int subject(int predicate) {
        return nearestChild(predicate, SUBJECT);
    }

    /** The passive subject of a predicate ("X was attacked": X), or -1; of two, the nearer. */
    public int passiveSubject(int predicate) {
        return nearestChild(predicate, PASSIVE_SUBJECT);
    }

    private int nearestChild(int i, Set<String> labels) {
        int best = -1;
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels.contains(this.labels[k])
                    && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) {
                best = k;
            }
        }
        return best;
    }

    /** The direct object, or -1. */
    public int object(int predicate) {
        return child(predicate, "dobj");
    }

    /** The noun of a passive's "by" phrase ("was attacked by X": X), or -1. */
    public int agent(int predicate) {
        int by = child(predicate, "agent");
        return by < 0 ? -1 : child(by, "pobj");
    }

    /** The object of the first preposition {@code preposition} hanging on {@code i} ("met with X": X), or -1. */
    public int prepositionalObject(int i, String preposition) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels[k].equals("prep") && words[k].equals(preposition)) {
                int o = child(k, "pobj");
                if (o >= 0) {
                    return o;
                }
            }
        }
        return -1;
    }

    /** {@code i} and the tokens coordinated with it ("X, Y and Z": all three), in sentence order. */
    public List<Integer> conjuncts(int i) {
        int first = i;
        while (labels[first].equals("conj") && heads[first] >= 0) {
            first = heads[first];
        }
        List<Integer> out = new ArrayList<>();
        collectConjuncts(first, out);
        out.sort(null);
        return out;
    }

    private void collectConjuncts(int i, List<Integer> out) {
        out.add(i);
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels[k].equals("conj")) {
                collectConjuncts(k, out);
            }
        }
    }

    /** The first conjunct of a coordination {@code i} is part of (itself when it is not a "conj"). */
    public int firstConjunct(int i) {
        int first = i;
        while (labels[first].equals("conj") && heads[first] >= 0) {
            first = heads[first];
        }
        return first;
    }

    /**
     * For a relative pronoun ("Russia, which signed"), or the predicate of a relative clause, the noun the clause
     * describes; -1 when {@code i} is neither.
     */
    public int relativeAntecedent(int i) {
        int clause = labels[i].equals("relcl") ? i : -1;
        if (clause < 0 && RELATIVE_PRONOUNS.contains(words[i]) && heads[i] >= 0
                && labels[heads[i]].equals("relcl")) {
            clause = heads[i];
        }
        return clause < 0 ? -1 : heads[clause];
    }

    /** Is {@code i} a relative pronoun that opens a relative clause? */
    public boolean isRelativePronoun(int i) {
        return relativeAntecedent(i) >= 0 && !labels[i].equals("relcl");
    }

    /** Does {@code ancestor} dominate {@code i} (or equal it)? */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first and last token of the subtree under {@code i} (its phrase). */
    public int[] phrase(int i) {
        int first = i;
        int last = i;
        for (int k = 0; k < heads.length; k++) {
            if (dominates(i, k)) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        return new int[] {first, last};
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            b.append(i).append(' ').append(words[i]).append(' ').append(heads[i]).append(' ').append(labels[i]).append(' ').append(tags[i])
                    .append('\n');
        }
        return b.toString();
    }
}
