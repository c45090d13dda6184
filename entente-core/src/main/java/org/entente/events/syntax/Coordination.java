package org.entente.events.syntax;

import org.entente.events.model.ActorUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of actors: "Russia and China", "Russia, China and India". A role found on one member belongs to the
 * whole list, so every role finder (subject, object, agent, owner) widens its unit through here. Kept apart from
 * {@link org.entente.events.roles.Roles} because the object and owner finders need it without the subject search.
 */
public final class Coordination {
    /** Words that join list items; {@link org.entente.events.roles.Roles} also reads them to tell a list member from a subject. */
    public static final Set<String> COORD = Lexicon.words("coordination.coord");
    private static final Set<String> LIST_CLOSERS = Lexicon.words("coordination.list-closers");

    /** Units coordinated with {@code u}: "Russia and China", "Russia, China and India". In text order. */
    public static List<ActorUnit> coordinated(SentenceView s, ActorUnit u) {
        List<ActorUnit> out = new ArrayList<>();
        ActorUnit cur = u;
        while (true) {
            ActorUnit prev = partnerLeft(s, cur);
            if (prev == null || out.contains(prev)) {
                break;
            }
            out.add(0, prev);
            cur = prev;
        }
        out.add(u);
        cur = u;
        while (true) {
            ActorUnit next = partnerRight(s, cur);
            if (next == null || out.contains(next)) {
                break;
            }
            out.add(next);
            boolean closed = s.isAny(next.first() - 1, LIST_CLOSERS) || s.isAny(next.first() - 2, LIST_CLOSERS);
            cur = next;
            if (closed) {
                break; // "X and Y, a weekly reports": the "and" closed the list, so a comma after Y opens no item
            }
        }
        if (out.size() > 1 && !hasConjunction(s, out)) {
            return List.of(u); // "Pakistan, a key U.S. ally": apposition, not a list
        }
        return out;
    }

    /** A list of actors is closed by "and"/"or"/"&"; commas alone make an apposition. */
    private static boolean hasConjunction(SentenceView s, List<ActorUnit> units) {
        for (int k = units.get(0).last() + 1; k < units.get(units.size() - 1).first(); k++) {
            if (s.text[k].equals("and") || s.text[k].equals("or") || s.text[k].equals("&")) {
                return true;
            }
        }
        return false;
    }

    private static ActorUnit partnerRight(SentenceView s, ActorUnit u) {
        int k = u.last() + 1;
        if (k < s.size() && s.text[k].equals(",") && s.is(k + 1, "and")) {
            k++;
        }
        if (k >= s.size() || !COORD.contains(s.text[k])) {
            return null;
        }
        for (int j = k + 1; j < s.size() && j <= k + 2; j++) {
            if (s.startsAt[j] != null) {
                ActorUnit v = s.startsAt[j];
                // "Russia and China's talks": fine; "Russia, which ..." is not coordination (no unit follows)
                return v;
            }
            if (!s.pos[j].equals("DT") && !s.pos[j].startsWith("JJ")) {
                return null;
            }
        }
        return null;
    }

    private static ActorUnit partnerLeft(SentenceView s, ActorUnit u) {
        int k = u.first() - 1;
        while (k >= 0 && k >= u.first() - 2 && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ"))
                && s.covering[k] == null) {
            k--;
        }
        if (k < 1 || !COORD.contains(s.text[k])) {
            return null;
        }
        int j = k - 1;
        if (s.text[j].equals(",")) {
            j--;
        }
        return j >= 0 ? s.endsAt[j] : null;
    }


    private Coordination() {
    }
}
