package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.ModifiedSubjects;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Voice;

import org.entente.actors.ActorMention;

import java.util.List;
import java.util.Set;

/**
 * Who is the subject of a verb (or the owner of a nominal event), from the sentence's structure without a
 * parser: walk left from the trigger within the clause, skip actors that are objects of a preposition or of
 * another verb, stop at clause boundaries, and read relative pronouns, coordination and passives. Lists are
 * read by {@link Coordination}, voice by {@link Voice}; doers away from the subject position (the "by" agent, the
 * reporter) by {@link Agents}.
 */
public final class Roles {
    private static final Set<String> SUBORDINATORS = Lexicon.words("roles.subordinators");
    private static final Set<String> TEMPORAL_SUBORDINATORS = Lexicon.words("roles.temporal-subordinators");
    private static final Set<String> PERSONAL = Lexicon.words("roles.personal");
    /** Prepositions whose object can still be the doer: the agent "by", and "of" inside "the president of X". */
    private static final Set<String> AGENTIVE_PREP = Lexicon.words("roles.agentive-prep");

    /**
     * What the subject search found.
     *
     * @param units       the subject (one unit, or a coordinated group), empty if none
     * @param scopeStart  first token of the event's clause (subject, relative pronoun or pronoun)
     * @param antecedent  for an object relative clause ("Xi, whom he met"), the noun it refers to, else null
     * @param pronoun     token index of a personal pronoun subject that no recognizer resolved, else -1
     */
    public record Subject(List<ActorUnit> units, int scopeStart, ActorUnit antecedent, int pronoun) {
    }

    private Roles() {
    }

    /**
     * The subject of a verb: as {@link #subject}, with two clause shapes first. A participial adjunct after a
     * comma (", killing ...") takes the subject of the verb it hangs on. And a verb whose nearest word to the left
     * is a common noun that no actor modifies has a subject that is not a known actor: none, unless the noun is an
     * armed group of no named country ("rebels kidnapped": ---REB).
     */
    public static Subject verbSubject(SentenceView s, int trigger) {
        ControlVerbs.Control control = ControlVerbs.over(s, trigger);
        if (control == null) {
            return clauseSubject(s, trigger);
        }
        // "Obama wants Putin to attack": the object of the control verb does the infinitive ("wants rebels to
        // attack": the rebels, ---REB); the clause, for modality and reporter, is the control verb's ("wants": not
        // asserted)
        int scope = Math.min(verbSubject(s, control.verb()).scopeStart(), control.verb());
        Subject doer = control.object() != null
                ? new Subject(Coordination.coordinated(s, control.object()), scope, null, -1)
                : clauseSubject(s, trigger);
        return new Subject(doer.units(), Math.min(doer.scopeStart(), scope), doer.antecedent(), doer.pronoun());
    }

    /** The subject of a verb that is no controlled infinitive: see {@link #verbSubject}. */
    private static Subject clauseSubject(SentenceView s, int trigger) {
        boolean gerundAfterPreposition = trigger >= 1 && s.pos[trigger].equals("VBG")
                && s.pos[trigger - 1].equals("IN") && !TEMPORAL_SUBORDINATORS.contains(s.text[trigger - 1]);
        if (trigger >= 2 && s.text[trigger].endsWith("ing")
                && (s.text[trigger - 1].equals(",") || gerundAfterPreposition)) {
            // ", killing ..." / "with the emphasis on placing ...": the doer is the subject of the verb before
            for (int k = trigger - 2; k >= 0; k--) {
                if (s.isHardBoundary(k)) {
                    break;
                }
                if (s.isVerb(k) && s.covering[k] == null && !Auxiliaries.BEFORE_VERB.contains(s.text[k])) {
                    ActorUnit agent = Voice.passive(s, k) ? Agents.byAgent(s, k) : null;
                    // "X was attacked by Y, killing ...": the killers are the attackers, not the attacked
                    return agent != null
                            ? new Subject(Coordination.coordinated(s, agent), clauseStart(s, agent.first()), null, -1)
                            : verbSubject(s, k);
                }
            }
        }
        int k = trigger - 1;
        while (k >= 0 && s.covering[k] == null && (Auxiliaries.BEFORE_VERB.contains(s.text[k])
                || s.pos[k].startsWith("RB") || s.pos[k].equals("MD"))) {
            k--;
        }
        ActorMention role = k >= 0 ? RoleWords.roleEndingAt(s, k) : null;
        if (k >= 0 && s.covering[k] == null && s.isNoun(k) && !s.isPossessive(k)
                && (Character.isLowerCase(s.tokens.get(k).text().charAt(0))
                    || (role != null && role.firstToken() == 0))) {
            // (a capital tells a name from a common noun, except at the start of the sentence: "Insurgents")
            // the head noun of the subject: an actor inside its noun phrase ("Syrian rebels", "rebels in the Ivory
            // Coast", "helicopters and tanks of Israel"), else the subject is no known actor
            for (int j = k - 1; j >= 0; j--) {
                ActorUnit u = s.endsAt[j];
                if (u != null) {
                    return new Subject(Coordination.coordinated(s, u), clauseStart(s, u.first()), null, -1);
                }
                if (s.covering[j] == null && ((s.isVerb(j) && !s.pos[j].startsWith("JJ")) || s.isHardBoundary(j)
                        || s.text[j].equals(",") || SentenceView.RELATIVE.contains(s.text[j]))) {
                    break;
                }
            }
            ActorUnit unnamed = RoleWords.unnamedDoer(s, role);
            if (unnamed != null && !isRelativeOrObject(s, k)) {
                // "Insurgents bombarded", "unidentified gunmen attacked": a doer of unknown country is still the
                // doer (source ---REB, ---CRM)
                return new Subject(List.of(unnamed), clauseStart(s, role.firstToken()), null, -1);
            }
            if (!isRelativeOrObject(s, k)) {
                // "their forces withdrew": the owner is a pronoun, resolved like a pronoun subject
                int d = k - 1;
                while (d >= 0 && s.covering[d] == null && (s.pos[d].startsWith("JJ") || s.pos[d].startsWith("NN"))) {
                    d--;
                }
                boolean owned = d >= 0 && (s.is(d, "their") || s.is(d, "its"));
                return new Subject(List.of(), clauseStart(s, owned ? d : k), null, owned ? d : -1);
            }
        }
        return subject(s, trigger);
    }

    /** "the mayor whom Israel released": the noun before the verb may be the object of a relative clause. */
    private static boolean isRelativeOrObject(SentenceView s, int noun) {
        return noun + 1 < s.size() && (s.is(noun + 1, "that") || s.is(noun + 1, "which") || s.is(noun + 1, "whom"));
    }

    /** The subject of the verb (or the clause around the noun) at {@code trigger}. */
    public static Subject subject(SentenceView s, int trigger) {
        ControlVerbs.Control control = ControlVerbs.over(s, trigger);
        if (control != null) {
            // "X wants him to attack": the object does the infinitive, here no known actor (see verbSubject)
            int scope = Math.min(verbSubject(s, control.verb()).scopeStart(), control.verb());
            return control.object() == null ? new Subject(List.of(), scope, null, -1)
                    : new Subject(Coordination.coordinated(s, control.object()), scope, null, -1);
        }
        ActorUnit fallback = null;
        int fallbackAt = -1;
        for (int k = trigger - 1; k >= 0; k--) {
            ActorUnit u = s.endsAt[k];
            if (u != null && s.covering[trigger] != u) {
                if (canBeSubject(s, u)) {
                    ActorUnit head = governor(s, u).equals("of") ? ofHead(s, u) : appositionAnchor(s, u);
                    if (head != null) {
                        u = head;
                    }
                    List<ActorUnit> group = Coordination.coordinated(s, u);
                    return new Subject(group, clauseStart(s, group.get(0).first()), null, -1);
                }
                if (ModifiedSubjects.locativeModifier(s, u) || ModifiedSubjects.affiliationModifier(s, u)) {
                    // "Rebels in the Ivory Coast dismissed ...": the place names whose rebels they are
                    List<ActorUnit> group = Coordination.coordinated(s, u);
                    return new Subject(group, clauseStart(s, group.get(0).first()), null, -1);
                }
                if (fallback == null && AGENTIVE_PREP.contains(governor(s, u))) {
                    fallback = u;
                    fallbackAt = u.first();
                }
                k = u.first();
                continue;
            }
            if (s.covering[k] != null) {
                continue;
            }
            String w = s.text[k];
            if (PERSONAL.contains(w) && s.pos[k].startsWith("PRP")) {
                return new Subject(List.of(), k, relativeAntecedent(s, k), k);
            }
            if (w.equals("that") && k > 0 && s.isNoun(k - 1) && s.endsAt[k - 1] == null && s.covering[k - 1] == null
                    && k + 1 < trigger && s.isVerb(k + 1) && !s.isReporting(k + 1) && !commaBetween(s, k, trigger)) {
                // "a resolution that aims to impose sanctions": the relative clause's subject is the thing named
                // before "that", not an actor further left
                return new Subject(List.of(), k, null, -1);
            }
            if (SentenceView.RELATIVE.contains(w) || (w.equals("that") && k > 0 && s.isNoun(k - 1)
                    && s.endsAt[k - 1] != null)) {
                ActorUnit ante = antecedent(s, k);
                if (w.equals("whom") || w.equals("whereby")) {
                    return new Subject(List.of(), k, ante, -1);
                }
                // subject relative: "Russia, which signed ..."
                return ante == null ? new Subject(List.of(), k, null, -1)
                        : new Subject(Coordination.coordinated(s, ante), k, null, -1);
            }
            if (s.isHardBoundary(k)) {
                if (fallback == null && sharedSubject(s, k)) {
                    // "Benin opened its borders to X, but was refusing Y": the second verb phrase has no subject
                    // of its own; it shares the subject of the first verb of the clause before the conjunction
                    int firstVerb = -1;
                    for (int j = s.is(k - 1, ",") ? k - 2 : k - 1; j >= 0; j--) {
                        if (s.isHardBoundary(j) || s.is(j, "that") || s.text[j].equals(",") || s.isReporting(j)) {
                            break;
                        }
                        if (s.covering[j] == null && s.isVerb(j)) {
                            firstVerb = j;
                        }
                    }
                    if (firstVerb >= 0) {
                        Subject first = verbSubject(s, firstVerb);
                        return new Subject(first.units(), first.scopeStart(), null, first.pronoun());
                    }
                }
                break;
            }
        }
        if (fallback != null) {
            return new Subject(Coordination.coordinated(s, fallback), clauseStart(s, fallbackAt), null, -1);
        }
        return new Subject(List.of(), clauseStart(s, trigger), null, -1);
    }

    /**
     * "..., but wants to take", "; yet has refused": a contrastive conjunction followed directly by a finite verb
     * joins a second verb phrase to the same subject, so the subject search goes on to the left.
     */
    private static boolean sharedSubject(SentenceView s, int k) {
        if (!(s.is(k, "but") || s.is(k, "yet"))) {
            return false;
        }
        int j = k + 1;
        while (j < s.size() && s.pos[j].startsWith("RB") && s.covering[j] == null) {
            j++;
        }
        // (the tagger's coarse tags say VB for any verb form: a gerund is told by its ending)
        return j < s.size() && s.covering[j] == null && s.isVerb(j) && !s.text[j].endsWith("ing");
    }

    /**
     * "The Turkish and Greek sides of the island of Cyprus": an actor after "of" belongs to a noun phrase whose
     * head may itself be an actor further left; that one is the subject. Null when there is none.
     */
    private static ActorUnit ofHead(SentenceView s, ActorUnit u) {
        for (int k = u.first() - 1; k >= 0 && k >= u.first() - 10; k--) {
            ActorUnit v = s.endsAt[k];
            if (v != null && v != u) {
                return canBeSubject(s, v) ? (governor(s, v).equals("of") ? ofHead(s, v) == null ? v : ofHead(s, v) : v)
                        : null;
            }
            if (s.covering[k] != null) {
                continue;
            }
            if (s.isVerb(k) || s.isHardBoundary(k) || s.text[k].equals(",")
                    || (s.isPreposition(k) && !s.text[k].equals("of"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Pakistan, a key Chinese ally, visited Iran": an actor inside an apposition only modifies it; the subject is
     * the actor the apposition describes. Null when {@code u} is not in an apposition.
     */
    private static ActorUnit appositionAnchor(SentenceView s, ActorUnit u) {
        int k = u.first() - 1;
        int words = 0;
        while (k >= 0 && s.covering[k] == null && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ")
                || s.pos[k].equals("CD"))) {
            k--;
            words++;
        }
        int after = u.last() + 1;
        boolean nounAfter = after < s.size() && s.pos[after].startsWith("NN") && s.covering[after] == null
                && Character.isLowerCase(s.tokens.get(after).text().charAt(0));
        if (k < 1 || !s.text[k].equals(",") || (words == 0 && !nounAfter)) {
            return null;
        }
        ActorUnit v = s.endsAt[k - 1];
        return v != null && canBeSubject(s, v) ? v : null;
    }

    /** The preposition or verb that governs a unit, skipping determiners and adjectives; "" if none. */
    public static String governor(SentenceView s, ActorUnit u) {
        int k = governorIndex(s, u);
        return k < 0 ? "" : s.text[k];
    }

    /** The index of the first word before {@code u} and its determiners, adjectives and numbers; -1 if none. */
    private static int governorIndex(SentenceView s, ActorUnit u) {
        int k = u.first() - 1;
        while (k >= 0 && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ") || s.pos[k].equals("CD"))
                && s.covering[k] == null) {
            k--;
        }
        return k;
    }

    /** Can {@code u} be a clause's subject, judged by the word that governs it (no preposition, no verb)? */
    static boolean canBeSubject(SentenceView s, ActorUnit u) {
        int k = governorIndex(s, u);
        if (k < 0) {
            return true;
        }
        if (Coordination.COORD.contains(s.text[k])) {
            // part of a coordination: a subject if its first member is one
            ActorUnit first = Coordination.coordinated(s, u).get(0);
            return first == u || canBeSubject(s, first);
        }
        if (s.isReporting(k) || SUBORDINATORS.contains(s.text[k])) {
            return true; // "X said Y shelled Z", "if Y shells Z": Y starts a clause
        }
        int after = u.last() + 1;
        boolean verbAfter = after < s.size() && (s.isVerb(after) || s.pos[after].startsWith("RB"));
        if (TEMPORAL_SUBORDINATORS.contains(s.text[k]) && verbAfter) {
            return true; // "after Y shelled Z" (but "after talks with Y" is a prepositional phrase)
        }
        if (k == 0 && s.isVerb(k) && verbAfter) {
            return true; // "Did Y shell Z?"
        }
        if (s.isPreposition(k) && !s.text[k].equals("of")) {
            return false;
        }
        return !(s.isVerb(k) || s.text[k].equals("to"));
    }

    private static ActorUnit antecedent(SentenceView s, int relPronoun) {
        int k = relPronoun - 1;
        if (k >= 0 && s.text[k].equals(",")) {
            k--;
        }
        return k >= 0 ? s.endsAt[k] : null;
    }

    /** "Xi Jinping, whom he has just met": the antecedent of the relative pronoun just before a pronoun. */
    private static ActorUnit relativeAntecedent(SentenceView s, int pronoun) {
        int k = pronoun - 1;
        if (k >= 0 && (s.is(k, "whom") || s.is(k, "that") || s.is(k, "which"))) {
            return antecedent(s, k);
        }
        return null;
    }

    /** Extends a clause start left over sentence adverbs and subordinators ("if", "when", "apparently"). */
    static int clauseStart(SentenceView s, int start) {
        int k = start;
        while (k > 0 && k > start - 3 && (s.pos[k - 1].startsWith("RB") || s.pos[k - 1].equals("IN")
                || s.pos[k - 1].equals("WRB") || s.text[k - 1].equals("that")) && s.covering[k - 1] == null) {
            k--;
        }
        return k;
    }

    /**
     * A pronoun subject no recognizer resolved: the nearest earlier actor in the sentence that can be a subject
     * and is not the relative clause's antecedent ("Putin ... gave assurances to Xi, whom he met" -> Putin).
     */
    public static List<ActorUnit> resolvePronoun(SentenceView s, int pronoun, ActorUnit antecedent) {
        boolean person = s.text[pronoun].equals("he") || s.text[pronoun].equals("she");
        List<ActorUnit> any = List.of();
        for (int k = pronoun - 1; k >= 0; k--) {
            ActorUnit u = s.endsAt[k];
            if (u != null && u != antecedent && canBeSubject(s, u)) {
                if (!person || "person".equals(u.head().kind())) {
                    return Coordination.coordinated(s, u);
                }
                if (any.isEmpty()) {
                    any = Coordination.coordinated(s, u);
                }
            }
        }
        return person ? List.of() : any;
    }

    /** Does a comma stand between {@code from} and {@code to}? (It ends a relative clause: "a plan that X, and"). */
    private static boolean commaBetween(SentenceView s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.text[k].equals(",")) {
                return true;
            }
        }
        return false;
    }
}
