package org.entente.events.context;

import java.util.Set;
import org.entente.events.model.ActorUnit;
import org.entente.events.roles.ParseRoles;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

/**
 * Whether a place phrase belongs to an actor stationed away from home rather than to the act: in "the country's
 * negotiator in X opened talks" or "the ruling was backed by the UN mission in X" the place says where the envoy or
 * mission works, not where the talks or the statement happened. Read from the dependency parse: the preposition's
 * head is a noun that is neither the trigger nor, through a chain of place prepositions ("met at the summit in
 * Lima"), hangs from a verb, is not an occasion ("held talks in Geneva": `locator.occasion-nouns`), and is the
 * word of an actor that is not local (see {@link #awayFromHome}). Only asked for verbal acts: a material act's
 * doer fights where it is.
 */
final class NounPlaces {
    private static final Set<String> PLACE_PREP = Lexicon.words("locator.place-prep");
    private static final Set<String> OCCASIONS = Lexicon.forms("locator.occasion-nouns");

    private NounPlaces() {
    }

    /** Whether the preposition at {@code prep} modifies a thing or person named in the clause (see above). */
    static boolean modifiesThing(SentenceView s, int prep, int trigger) {
        return modifiesThing(ParseRoles.parse(s), s, prep, trigger);
    }

    /**
     * As above on a parse already made ({@code p} null: unknown, false); {@code trigger} -1 when no act is in view
     * (the places a sentence names for the events near it).
     */
    static boolean modifiesThing(DependencyParse p, SentenceView s, int prep, int trigger) {
        if (p == null || prep >= p.size() || !"prep".equals(p.label(prep))) {
            return false; // no parse, or the preposition is not read as one: keep the word-order reading
        }
        int h = p.head(prep);
        for (int guard = 0; h >= 0 && guard < 6; guard++) {
            String tag = p.tag(h);
            if (h == trigger || tag.startsWith("VB") || !tag.startsWith("NN")) {
                return false; // the act's own place, or a verb's
            }
            if (OCCASIONS.contains(s.text[h])) {
                return false; // "held talks in Geneva", "at a news conference in Kabul"
            }
            int up = p.head(h);
            // "at the summit in Lima": the noun is itself inside a place phrase; climb to what that phrase modifies
            if ("pobj".equals(p.label(h)) && up >= 0 && PLACE_PREP.contains(p.word(up))) {
                h = p.head(up);
                continue;
            }
            return awayFromHome(s, h);
        }
        return false;
    }

    /**
     * Whether the noun at {@code h} belongs to an actor that works away from where it acts: a negotiator, envoy,
     * mission or armed group "in X" is stationed or fights there, and what it says or is said of it is not placed
     * by that. Local actors (police, courts, civilians: {@link ActorPlaces#LOCAL_ROLES}) act where they are ("police
     * in X arrested ..."), and a place phrase on a thing ("tension in X", "the zone in X") is kept: the annotated
     * short reports place such acts there.
     */
    private static boolean awayFromHome(SentenceView s, int h) {
        ActorUnit u = s.covering[h];
        if (u == null || u.head().role() == null) {
            return false;
        }
        // the actor's role word, not a name: "the negotiator in X", not "Moscow in ..." or a person's name
        return !ActorPlaces.LOCAL_ROLES.contains(u.head().role()) && !"person".equals(u.head().kind())
                && !s.pos[h].startsWith("NNP");
    }
}
