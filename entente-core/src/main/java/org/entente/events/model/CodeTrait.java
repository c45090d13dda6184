package org.entente.events.model;

import java.util.Locale;

/**
 * What a CAMEO code implies for coding: the {@code traits} column of events/cameo.tsv (from
 * scripts/cameo-traits.tsv). Rules ask the code for a trait instead of naming codes.
 */
public enum CodeTrait {
    /** Mutual by meaning: "X held talks with Y" is also Y with X (044, 046). */
    MUTUAL,
    /** Mutual when a partner is named: "X signed an agreement with Y" (057, 061-063). */
    MUTUAL_WITH_TARGET,
    /** Mutual for coordinated sources or a reciprocal word in the match: "X and Y consulted" (040). */
    MUTUAL_COMPOUND,
    /** A visit (042): its target may be the host of the place visited; a troop deployment is none. */
    VISIT,
    /** A place object may name the other side: visiting, hosting, meeting at a place (042-044). */
    MEETING_PLACE,
    /** A protest (14): unnamed marchers in a place are its civilians; the object protested is the target. */
    CROWD,
    /** An expressed intent (03): it happens when said, whatever the date of what is intended. */
    INTENT,
    /** The complement is the act's content, not a second act (02, 03, 10-13). */
    PROPOSITION,
    /** Asks for an act (appeals 02, demands 10): the subject of its complement clause is its target. */
    ASKS,
    /** A threat (13): the subject of its condition clause may be its target. */
    CONDITIONAL,
    /** An appeal (02): what it asks for may itself have content, which the appeal absorbs. */
    APPEAL,
    /** An arrest or charge (173): the act it is over is no second event. */
    CHARGE,
    /**
     * Done to people (arrest 173, abduction 181, assault 182, assassination 186): an object of people no actor names
     * is of the country the act is placed in, else of the doer's ({@link org.entente.events.roles.PeopleObjects}).
     */
    PERSON_OBJECT,
    /**
     * Done by a crowd in the street, rioting (145): seizing or destroying property (171), or the violent repression
     * (175) a clash pattern gives whoever stands against a crowd ({@link org.entente.events.rules.CodingRules}, rule
     * crowd-riot). Not 172-174: acts of an authority, which a crowd cannot do.
     */
    RIOT;

    /** The trait named in the table ("mutual_with_target"), or an exception naming the unknown word. */
    static CodeTrait parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown CAMEO trait \"" + word + "\"");
        }
    }
}
