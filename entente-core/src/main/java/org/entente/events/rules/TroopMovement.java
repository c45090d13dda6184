package org.entente.events.rules;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.Set;

/**
 * "Peacekeeping troops arrived in X", "a contingent of soldiers travelled to Y": troops that arrive somewhere are
 * deployed, not paying a visit. CAMEO's 042 (make a visit) is diplomacy between officials; a deployment is coded
 * by what it is (peacekeepers, a show of force) where the text says so, never as a visit.
 */
final class TroopMovement {
    private static final Set<String> FORCE_NOUNS = Lexicon.words("troop-movement.force-nouns");

    private TroopMovement() {
    }

    /** Is the subject phrase of the visit at {@code trigger}, from its first actor on, a body of troops? */
    static boolean isDeployment(SentenceView s, ActorUnit subject, int trigger) {
        int from = Math.max(0, subject.first() - 4);
        for (int k = from; k < trigger; k++) {
            if (s.isVerb(k) && s.covering[k] == null || s.text[k].equals(",")) {
                if (k > subject.last()) {
                    return false; // the subject phrase ended before a force noun turned up
                }
                continue;
            }
            if (FORCE_NOUNS.contains(s.text[k])) {
                return true;
            }
        }
        return false;
    }
}
