package org.entente.events.matching;

import java.util.List;
import java.util.Set;

/**
 * One line of a pattern dictionary, parsed.
 *
 * @param code        CAMEO code it assigns
 * @param elements    the pattern's tokens in order; the first is the trigger word
 * @param nominal     true for a "~ " (noun-triggered) pattern
 * @param origin      "file:line" — provenance printed with every event it codes
 * @param text        the pattern as written
 * @param specificity how specific it is; the most specific match at a trigger wins
 * @param rank        load order (user files first): breaks specificity ties
 */
public record Pattern(String code, List<Element> elements, boolean nominal, String origin, String text,
                      int specificity, int rank) {
    public Pattern {
        elements = List.copyOf(elements);
    }

    public Element trigger() {
        return elements.get(0);
    }

    public boolean hasTarget() {
        return elements.stream().anyMatch(e -> e.kind() == Kind.TARGET);
    }

    /**
     * A verb pattern with a '$' slot ("receive * aid from $"): an act told from the receiver's side, whose doer
     * follows the verb and whose target is the verb's subject.
     */
    public boolean receiverSubject() {
        return !nominal && elements.stream().anyMatch(e -> e.kind() == Kind.SOURCE);
    }

    public enum Kind { WORD, TARGET, SOURCE, GAP }

    /**
     * One pattern token.
     *
     * @param kind     word, slot or gap
     * @param forms    for a word: every accepted normalised surface form of every alternative
     * @param optional "(word)"
     * @param negative "!word": the token must not be one of these
     */
    public record Element(Kind kind, Set<String> forms, boolean optional, boolean negative) {
        public Element {
            forms = forms == null ? Set.of() : Set.copyOf(forms);
        }

        public boolean accepts(String normText, String normLemma) {
            boolean in = forms.contains(normText) || forms.contains(normLemma);
            return negative != in;
        }
    }
}
