package org.entente.events.syntax;

import java.util.HashSet;
import java.util.Set;

/**
 * Auxiliary verbs, in the four unions the rules need. They differ on purpose, each for the question it answers,
 * so they are not one set; but they are built here from one list of each verb's forms, so that a form added to
 * "be" reaches every rule that means "be".
 */
public final class Auxiliaries {
    private static final Set<String> BE = Lexicon.words("auxiliaries.be");
    private static final Set<String> HAVE = Lexicon.words("auxiliaries.have");
    private static final Set<String> DO = Lexicon.words("auxiliaries.do");
    private static final Set<String> GET = Lexicon.words("auxiliaries.get");
    /** Contracted forms: "it's been shelled", "they're accused". */
    private static final Set<String> BE_CONTRACTED = Lexicon.words("auxiliaries.be-contracted");
    private static final Set<String> MODAL = Lexicon.words("auxiliaries.modal");
    /** The progressive form of "be" ("being held"), which some unions count and others do not. */
    private static final Set<String> BEING = Lexicon.words("auxiliaries.progressive");
    /** Perfect "have" forms the "have" list leaves out: "having sent", "they've sent". */
    private static final Set<String> HAVE_PERFECT = Lexicon.words("auxiliaries.perfect");
    /** Negation, the infinitive "to" and sentence adverbs that may stand before a verb ("has also already sent"). */
    private static final Set<String> PRE_VERB = Lexicon.words("auxiliaries.pre-verb");

    /**
     * Words that make a participle passive ({@link Voice}): "was attacked", "being held", "got arrested". Not
     * "have": "has attacked" is active.
     */
    public static final Set<String> PASSIVE = union(BE, BEING, BE_CONTRACTED, GET);

    /**
     * Words after which a past form is a participle ({@link VerbForms}): the passive ones and the perfect "have"
     * ("has attacked", "having sent"), since the question is the form, not the voice.
     */
    static final Set<String> BEFORE_PARTICIPLE = union(PASSIVE, HAVE, HAVE_PERFECT);

    /**
     * Finite auxiliaries that do not end a date's clause ({@link org.entente.events.context.EventDater}; modals are told there by their tag).
     * Without "being" and the contracted or "get" forms, as that rule has always been: counting them would change
     * which dates attach to which verb, so a change here is a tuning step to measure, not a clean-up.
     */
    public static final Set<String> FINITE = union(BE, HAVE, DO);

    /**
     * Words that stand between a subject and its verb ({@link org.entente.events.roles.Roles}): auxiliaries, modals, negation, the
     * infinitive "to" and sentence adverbs ("Russia has also already sent ..."). Not the contracted forms: the
     * token "'s" is also the possessive, which belongs to the subject.
     */
    public static final Set<String> BEFORE_VERB = union(FINITE, BEING, MODAL, PRE_VERB);

    /** Forms of "be", not contracted ({@link org.entente.events.learn.ProposerFeatures}: "is", "were", "being"). */
    public static final Set<String> BE_OR_BEING = union(BE, BEING);

    /** Forms of "be", also contracted ({@link org.entente.events.rules.ReportedAccusations}: "were shelling" is a finite verb). */
    public static final Set<String> BE_FORMS = union(BE, BEING, BE_CONTRACTED);

    /**
     * Words that make a finite clause of what follows a noun phrase ({@link TopicNouns}: "his pledges are
     * worthless"): be, have and the modals.
     */
    static final Set<String> FINITE_OR_MODAL = union(BE, HAVE, MODAL);

    private Auxiliaries() {
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... parts) {
        Set<String> all = new HashSet<>();
        for (Set<String> p : parts) {
            all.addAll(p);
        }
        return Set.copyOf(all);
    }
}
