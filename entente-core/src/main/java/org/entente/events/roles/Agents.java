package org.entente.events.roles;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import org.entente.actors.ActorMention;

/**
 * Doers that do not stand in the subject position: the actor of a "by" phrase after a passive verb (the event's
 * own, {@link #lateAgent}, or an earlier verb's, {@link #byAgent}), the main-clause subject that a fronted
 * adjunct ("By accepting the invitation, Putin ...") shares, and the reporter of a reported clause and its verb
 * ("..., X said"). Each is a short, bounded scan away from the trigger, unlike the leftward clause walk of {@link Roles}.
 */
public final class Agents {
    private Agents() {
    }

    /**
     * "By accepting the invitation, Putin has ...": an adjunct before the main clause takes the main clause's
     * subject, the first actor after the adjunct's comma that can be a subject.
     */
    public static List<ActorUnit> adjunctSubject(SentenceView s, int trigger) {
        // a gerund/present participle ("Accepting ...", "By accepting ..."), or a perfect one ("Having met ...")
        if (!s.text[trigger].endsWith("ing") && !s.is(trigger - 1, "having")) {
            return List.of();
        }
        for (int k = 0; k < trigger; k++) {
            if (s.covering[k] != null || (s.isVerb(k) && !s.is(k, "having"))) {
                // only an adjunct that opens the sentence ("In addition, by accepting ..."): after a clause of
                // its own (", killing 40, the UN said") the actor after the next comma is no subject of it
                return List.of();
            }
        }
        for (int k = trigger + 1; k < s.size(); k++) {
            if (s.isHardBoundary(k)) {
                return List.of();
            }
            if (s.text[k].equals(",")) {
                for (int j = k + 1; j < s.size() && j <= k + 4; j++) {
                    ActorUnit u = s.startsAt[j];
                    if (u != null) {
                        return Coordination.coordinated(s, u);
                    }
                    if (!(s.pos[j].equals("DT") || s.pos[j].startsWith("JJ") || s.pos[j].startsWith("NNP")
                            || s.pos[j].startsWith("RB"))) {
                        return List.of();
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** The actor of a "by" phrase after the passive verb at {@code verb}, in the same clause, else null. */
    static ActorUnit byAgent(SentenceView s, int verb) {
        for (int k = verb + 1; k < s.size() && k <= verb + 8; k++) {
            if (s.isHardBoundary(k) || s.text[k].equals(",")) {
                return null;
            }
            if (s.is(k, "by")) {
                for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
                    if (s.startsAt[j] != null) {
                        return s.startsAt[j];
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The agent of a passive verb after a few non-clausal words: "by X" reached over adverbs, time words and
     * short prepositional phrases ("released yesterday by X", "attacked on Monday by X"). Empty when none.
     * Unlike {@link #byAgent}, which looks further and over commas for the doer of an earlier verb, this one
     * only crosses words that cannot start a new clause, since it reads the agent of the event itself.
     */
    public static List<ActorUnit> lateAgent(SentenceView s, int from) {
        for (int k = from; k < s.size() && k <= from + 5; k++) {
            if (s.is(k, "by")) {
                return agentAt(s, k + 1);
            }
            if (s.covering[k] != null || s.text[k].equals(",") || s.isHardBoundary(k)
                    || (s.isVerb(k) && !s.pos[k].startsWith("RB"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The doer a "by" phrase names from {@code at} on: the first known actor after noun-phrase words and a prefix
     * ("by the pro- Moscow rebels", "by the army of X"), with its coordinated partners; else a bare role word with a
     * named place ("by rebels in X") or an armed group of no named country ("by rebels": ---REB), the doer it would
     * be as a subject ({@link Roles#verbSubject}). Else empty.
     */
    public static List<ActorUnit> agentAt(SentenceView s, int at) {
        for (int j = at; j < s.size() && j <= at + PatternMatcher.MAX_FILLER; j++) {
            if (s.startsAt[j] != null && Instruments.maker(s, s.startsAt[j])) {
                return List.of(); // "by a Russian-made missile": the maker is no doer
            }
            if (s.startsAt[j] != null) {
                return Coordination.coordinated(s, s.startsAt[j]);
            }
            ActorMention role = s.roleAt[j];
            if (role != null && s.covering[j] == null) {
                ActorUnit linked = RoleWords.linkedPlace(s, role.lastToken() + 1);
                if (linked != null && linked.head().country() != null) {
                    return List.of(RoleWords.roleOf(role, linked));
                }
                ActorUnit unnamed = RoleWords.unnamedDoer(s, role);
                if (unnamed != null) {
                    return List.of(unnamed);
                }
                j = role.lastToken();
                continue;
            }
            if (s.covering[j] != null || !(s.isNounPhraseFiller(j) || s.tokens.get(j).text().endsWith("-"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * A report of a clause: who reports it and with which verb.
     *
     * @param reporter the reporting actor
     * @param verb     token index of the reporting verb ("said", "claimed")
     */
    public record Report(ActorUnit reporter, int verb) {
    }

    /** "Y shelled Z, X said" / "X said Y shelled Z": the reporting actor and its verb, else null. */
    public static Report report(SentenceView s, int subjectStart, int trigger) {
        // reporter before the reported clause
        for (int k = subjectStart - 1; k >= 0 && k >= subjectStart - 4; k--) {
            if (s.isReporting(k)) {
                for (int j = k - 1; j >= 0; j--) {
                    if (s.isHardBoundary(j)) {
                        break;
                    }
                    ActorUnit u = s.endsAt[j];
                    if (u != null && Roles.canBeSubject(s, u)) {
                        return new Report(u, k);
                    }
                }
                return null;
            }
        }
        // reporter after: ", X said" or ", said X"
        for (int k = trigger + 1; k < s.size(); k++) {
            if (s.isHardBoundary(k)) {
                return null;
            }
            if (s.text[k].equals(",")) {
                int j = k + 1;
                ActorUnit u = null;
                while (j < s.size() && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ")) && s.covering[j] == null) {
                    j++;
                }
                if (j < s.size() && s.startsAt[j] != null) {
                    u = s.startsAt[j];
                    j = u.last() + 1;
                    while (j < s.size() && (s.pos[j].startsWith("RB") || s.pos[j].equals("MD")
                            || s.is(j, "has") || s.is(j, "had"))) {
                        j++;
                    }
                    if (j < s.size() && s.isReporting(j)) {
                        return new Report(u, j);
                    }
                } else if (j < s.size() && s.isReporting(j) && j + 1 < s.size()) {
                    int m = j + 1;
                    while (m < s.size() && s.pos[m].equals("DT") && s.covering[m] == null) {
                        m++;
                    }
                    if (m < s.size() && s.startsAt[m] != null) {
                        return new Report(s.startsAt[m], j);
                    }
                }
            }
        }
        return null;
    }
}
