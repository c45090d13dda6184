package org.entente.events.rules;

/**
 * One named decision of the coder after pattern matching: drop a candidate, recode it, change its roles or
 * modality, split it into several dyads, derive another event, or merge what a sentence told twice. The order in
 * which rules run is declared in events/rules.tsv ({@link RuleChain}); a rule reads and changes the {@link Draft}.
 */
interface CodingRule {
    /**
     * Applies the rule to {@code d}. Returns true when it changed what the draft will emit (its code, modality,
     * roles or dyads): the rule's name is then recorded in the provenance ({@code rules}) of every event the draft
     * emits. A rule that drops sets {@link Draft#drop()} and returns false.
     */
    boolean apply(Draft d);
}
