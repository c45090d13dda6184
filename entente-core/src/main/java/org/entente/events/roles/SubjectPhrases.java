package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.text.parse.DependencyParse;

/**
 * What a subject noun phrase names, read from the dependency parse ({@link ParseRoles} finds the phrase): the actor
 * the phrase names through its owner, a compound or an apposition, the actors coordinated with it, a role word given
 * the country that places it; null where the heuristics of {@link Roles} decide (pronouns, placed people nouns).
 */
final class SubjectPhrases {
    /** Relations that hang an actor on a subject's head noun that the phrase then names. */
    static final Set<String> NAMING = Set.of("poss", "compound", "nmod", "amod", "appos", "npadvmod");
    /** Prepositions that place a subject noun: its actor is where the doers are, not the doer. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around", "throughout",
            "across", "inside");

    /** What one subject noun phrase names: its actors (none for a phrase that names no actor). */
    record Reading(List<ActorUnit> units) {
    }

    /**
     * The actors a subject phrase headed by {@code head} names, or null where the heuristics decide: a pronoun
     * ("it said": resolved to an earlier actor), a phrase owned by a pronoun ("their forces"), a people noun placed
     * by a preposition with no role to compose ("a newspaper in Beirut").
     */
    static Reading read(SentenceView s, DependencyParse p, int head) {
        if (s.covering[head] != null) {
            return new Reading(withCoordinated(s, p, head, s.covering[head]));
        }
        if (p.tag(head).startsWith("PRP") || p.tag(head).startsWith("W")) {
            return null;
        }
        if (!p.tag(head).startsWith("NN") && !p.tag(head).equals("CD")) {
            return new Reading(List.of());
        }
        int owner = p.child(head, "poss");
        if (owner >= 0 && s.covering[owner] == null && p.tag(owner).startsWith("PRP")) {
            return null; // "their forces withdrew": the owner is a pronoun, resolved by the heuristics
        }
        ActorMention role = roleAt(s, head);
        int named = namingActor(s, p, head, 0);
        if (named >= 0) {
            ActorUnit u = s.covering[named];
            ActorUnit composed = role != null ? compose(u, role) : null;
            // "Irish nationalist guerrillas": a bare country naming a role noun is that country's role (IRLREB)
            return new Reading(composed != null ? List.of(composed) : withCoordinated(s, p, named, u));
        }
        int placed = placeModifier(s, p, head);
        if (placed >= 0) {
            // "rebels in the Ivory Coast": the rebels, of the country they are in (CIVREB); the place alone is no doer.
            // A named body ("the Red Cross operating in Iraq") is not made the place's own by being there
            boolean commonNoun = !p.tag(head).startsWith("NNP");
            ActorUnit composed = role != null && commonNoun ? compose(s.covering[placed], role) : null;
            return composed != null ? new Reading(List.of(composed)) : null;
        }
        for (int c : p.children(head)) {
            if (p.label(c).equals("prep") && (s.text[c].equals("of") || s.text[c].equals("from"))) {
                int o = p.child(c, "pobj");
                if (o >= 0) {
                    // "the president of France", "bosses of X and Y", "a delegation from the CBI", "ministers
                    // from European and Asian governments": the people of, or sent from, the actor
                    return read(s, p, o);
                }
            }
        }
        ActorUnit unnamed = RoleWords.unnamedDoer(s, role);
        if (unnamed == null && role != null) {
            return null; // "police clashed with youths in a French city": the place-doer rule gives them a country
        }
        // "insurgents bombarded": a doer of no named country is still the doer; "a roadside bombing": no actor
        return new Reading(unnamed == null ? List.of() : List.of(unnamed));
    }

    /**
     * {@code u} and the actors coordinated with it: conjuncts of the token naming it ("Russia and China"), and
     * coordinated modifiers of one head noun ("Hungarian and Romanian officials", where the recognizer made
     * "Romanian officials" one actor and "Hungarian" another).
     */
    private static List<ActorUnit> withCoordinated(SentenceView s, DependencyParse p, int token, ActorUnit u) {
        List<ActorUnit> out = new ArrayList<>();
        out.add(u);
        for (int k = u.first(); k <= u.last(); k++) {
            for (int c : p.conjuncts(k)) {
                ActorUnit v = s.covering[c];
                if (v != null && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        // a modifier of the unit's head noun, outside the unit, coordinated with a modifier inside it
        for (int k = u.first(); k <= u.last(); k++) {
            for (int c : p.children(k)) {
                ActorUnit v = s.covering[c];
                if (v == null || v == u || out.contains(v) || !NAMING.contains(p.label(c))) {
                    continue;
                }
                for (int d : p.conjuncts(c)) {
                    if (d >= u.first() && d <= u.last()) {
                        out.add(v);
                        break;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorUnit::first));
        return out;
    }

    /**
     * An actor token inside the head noun's own modifiers (owner, compound, adjective, apposition: "Nigerian junior
     * foreign minister Oniya", "the US commander, General Petraeus"), nearest first; -1 if none. Prepositional
     * phrases and clauses hung on the noun are not searched.
     */
    private static int namingActor(SentenceView s, DependencyParse p, int head, int depth) {
        if (depth > 4) {
            return -1;
        }
        for (int c : p.children(head)) {
            if (NAMING.contains(p.label(c)) && s.covering[c] != null) {
                return c;
            }
        }
        for (int c : p.children(head)) {
            if (NAMING.contains(p.label(c))) {
                int k = namingActor(s, p, c, depth + 1);
                if (k >= 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** A place actor hung on the noun by a locative preposition or a placing participle ("based in"); -1 if none. */
    private static int placeModifier(SentenceView s, DependencyParse p, int head) {
        for (int c : p.children(head)) {
            int prep = -1;
            if (p.label(c).equals("prep") && LOCATIVE.contains(s.text[c])) {
                prep = c;
            } else if (p.label(c).equals("acl")) {
                for (int d : p.children(c)) {
                    if (p.label(d).equals("prep")) {
                        prep = d; // "workers affiliated with the union", "a newspaper based in Beirut"
                    }
                }
            }
            int o = prep < 0 ? -1 : p.child(prep, "pobj");
            if (o >= 0 && s.covering[o] != null) {
                return o;
            }
            if (o >= 0) {
                int named = namingActor(s, p, o, 0);
                if (named < 0) {
                    int of = p.prepositionalObject(o, "of");
                    named = of >= 0 && s.covering[of] != null ? of : -1;
                }
                if (named >= 0) {
                    return named; // "near the town of Samarra", "near the Samarra bridge": the place's own name
                }
            }
        }
        return -1;
    }

    /** The role mention ("rebels", ---REB) ending at the noun, or null. */
    static ActorMention roleAt(SentenceView s, int head) {
        ActorMention r = RoleWords.roleEndingAt(s, head);
        return r != null && r.lastToken() == head ? r : null;
    }

    /**
     * A role word given the country of the actor that places or names it: "rebels in the Ivory Coast" -> CIVREB,
     * spanning the role word. Null when that actor is no bare country (it has a role of its own, or no country).
     */
    private static ActorUnit compose(ActorUnit place, ActorMention role) {
        ActorMention where = place.head();
        if (where.country() == null || where.role() != null || role.role() == null) {
            return null;
        }
        ActorMention m = new ActorMention(role.sentence(), role.start(), role.end(), role.firstToken(),
                role.lastToken(), role.text(), where.country() + role.role(), where.country(), role.role(), null,
                "role", Math.min(role.confidence(), where.confidence()),
                role.source() + " + " + where.source() + " (parse: role of the named country)");
        return new ActorUnit(role.firstToken(), role.lastToken(), List.of(m));
    }

    private SubjectPhrases() {
    }
}
