package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * Who protests when the doer is a crowd. Two shapes the subject search alone gets wrong:
 * <ul>
 * <li>"Thousands of Kenyan farmers marched": the quantity noun heads the phrase, but the doer is the actor after
 * "of" (a noun trigger on "thousands" would otherwise find no owner);</li>
 * <li>"Thousands marched in Lima", "prisoners rioted at a jail in Chile": no actor does it, but the text puts it
 * in a country or city. CAMEO codes unnamed protesters in a place as that country's civilians; done only for
 * protest codes (root 14) and only when no subject actor exists.</li>
 * </ul>
 */
public final class CrowdSource {
    private CrowdSource() {
    }

    private static final Set<String> QUANTITY = Lexicon.words("crowd-source.quantity");

    /** "thousands of Kenyan farmers": the actor the quantity noun at {@code i} counts, empty if none. */
    public static List<ActorUnit> quantityOf(SentenceView s, int i) {
        if (!QUANTITY.contains(s.text[i].toLowerCase()) || i + 1 >= s.size() || !s.is(i + 1, "of")) {
            return List.of();
        }
        for (int j = i + 2; j < s.size() && j <= i + 6; j++) {
            if (s.covering[j] != null) {
                return Coordination.coordinated(s, s.covering[j]);
            }
            if (!(s.pos[j].equals("DT") || s.pos[j].startsWith("JJ") || s.pos[j].equals("CD"))) {
                break;
            }
        }
        return List.of();
    }

    private static final Set<String> PLACE_PREP = Lexicon.words("crowd-source.place-prep");
    private static final Set<String> PLACE_KINDS = Lexicon.words("crowd-source.place-kinds");

    /**
     * The civilians of the country a protest without subject actor happens in: the first country, capital or city
     * after a place preposition in the trigger's clause ("rioted at a jail in Chile's capital"). Empty if none.
     */
    public static List<ActorUnit> protestPlace(SentenceView s, int trigger) {
        boolean inPlacePhrase = false;
        for (int k = trigger + 1; k < s.size() && k <= trigger + 14; k++) {
            ActorUnit u = s.covering[k];
            if (u != null) {
                ActorMention h = u.head();
                if (inPlacePhrase && h.country() != null && PLACE_KINDS.contains(h.kind())) {
                    ActorMention civ = new ActorMention(h.sentence(), h.start(), h.end(), h.firstToken(),
                            h.lastToken(), h.text(), h.country() + "CVL", h.country(), "CVL",
                            "civilians:" + h.country(), "place", h.confidence(),
                            h.source() + " (protesters in a place: its civilians)");
                    return List.of(new ActorUnit(u.first(), u.last(), List.of(civ)));
                }
                if (inPlacePhrase) {
                    // "outside the Russian embassy in Warsaw": a building is where they stood, not who they are;
                    // the city further on says whose people they are
                    k = u.last();
                    continue;
                }
                return List.of(); // another actor first: it is an object, not the protesters' place
            }
            if (s.isHardBoundary(k) || s.text[k].equals(",") || s.text[k].equals(";")) {
                break;
            }
            if (PLACE_PREP.contains(s.text[k].toLowerCase())) {
                inPlacePhrase = true;
            } else if (!(s.pos[k].equals("DT") || s.pos[k].startsWith("JJ") || s.pos[k].startsWith("NN")
                    || s.pos[k].equals("CD") || s.pos[k].startsWith("RB") || s.text[k].equals("of"))) {
                inPlacePhrase = false;
            }
        }
        return List.of();
    }
}
