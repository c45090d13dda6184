package org.entente.events.rules;

import org.entente.events.matching.CandidateFinder;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.roles.CrowdSource;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.ReducedRelatives;
import org.entente.events.roles.PlaceDoers;
import org.entente.events.roles.RoleWords;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.Voice;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorMention;

/**
 * The candidate-stage rules of events/rules.tsv that {@link CodingRules} names: who the doer of a matched candidate
 * is (a pronoun's, a crowd's, a placed unnamed doer) and which candidates are no act of their own (a retold act, a
 * motive, an act told from its target's side, a troop deployment).
 */
final class CandidateStageRules {
    private final CameoTable cameo;
    private final PlaceDoers placeDoers = PlaceDoers.standard();

    CandidateStageRules(CameoTable cameo) {
        this.cameo = cameo;
    }

    /** An act told already: a demand's or threat's content, an arrest's grounds, a noun retelling a verb. */
    boolean retoldAct(Draft d) {
        if (d.sentence.told.retells(d.c.match(), d.at)) {
            d.drop();
        }
        return false;
    }

    /** "visited Beijing in a bid to mend ties": why the doer acted, not a second act. */
    boolean motive(Draft d) {
        if (Motives.motive(d.s, d.p.nominal() ? StatedActs.governingVerb(d.s, d.at) : d.at)) {
            d.drop();
        }
        return false;
    }

    /**
     * "officials accused of corruption", "the rebels arrested on Monday": a participle the parse reads as describing
     * a noun is passive (ReducedRelatives). When the candidate's doer was read from before it (the noun, or an actor
     * further left), the doer is the participle's "by" agent, else nobody (needs-source then drops the candidate),
     * and the actors the noun names are the target. A doer found after the participle (its agent) stands.
     */
    boolean reducedRelative(Draft d) {
        int t = d.trigger();
        boolean doerBefore = d.sources.stream().anyMatch(u -> u.first() < t)
                || (d.sources.isEmpty() && d.c.pronoun() >= 0 && d.c.pronoun() < t);
        if (d.p.nominal() || !doerBefore) {
            return false;
        }
        ReducedRelatives.Reading r = ReducedRelatives.read(d.s, t);
        if (r == null) {
            return false;
        }
        d.sources = r.agents();
        CandidateFinder.Candidate c = d.c;
        // a target the pattern found after the participle stands ("weapons sold to X by Y"); else the noun's actors
        List<ActorUnit> targets = c.targets().stream().filter(u -> u.first() > t && !d.sources.contains(u)).toList();
        if (targets.isEmpty()) {
            targets = r.patients().stream().filter(u -> !d.sources.contains(u)).toList();
        }
        d.c = new CandidateFinder.Candidate(c.match(), d.sources, targets, c.scopeStart(), -1);
        return true;
    }

    /** "he", "they": an earlier subject in this sentence, else the doer of the previous event. */
    /**
     * "X drew criticism from Y": the act is Y's, aimed at X (DrawnActs). Only for an act noun whose pattern names no
     * doer of its own ('$'); a target the pattern's slot found stands, else the drawing verb's subject is the target.
     */
    boolean drawnAct(Draft d) {
        if (!d.p.nominal() || !d.c.match().sources().isEmpty()) {
            return false;
        }
        DrawnActs.Roles r = DrawnActs.find(d.s, d.trigger());
        if (r == null) {
            return false;
        }
        CandidateFinder.Candidate c = d.c;
        List<ActorUnit> targets = c.match().targets().stream().filter(u -> !r.doers().contains(u)).toList();
        if (targets.isEmpty()) {
            Roles.Subject subject = ParseRoles.verbSubject(d.s, r.drawingVerb());
            targets = subject.units().isEmpty() && subject.pronoun() >= 0
                    ? Roles.resolvePronoun(d.s, subject.pronoun(), r.doers().get(0)) : subject.units();
            targets = targets.stream().filter(u -> !r.doers().contains(u)).toList();
        }
        d.sources = r.doers();
        d.c = new CandidateFinder.Candidate(c.match(), d.sources, targets, c.scopeStart(), -1);
        return true;
    }

    boolean pronounSource(Draft d) {
        if (!d.sources.isEmpty() || d.c.pronoun() < 0) {
            return false;
        }
        List<ActorUnit> found = Roles.resolvePronoun(d.s, d.c.pronoun(),
                d.c.targets().isEmpty() ? null : d.c.targets().get(0));
        d.sources = found.isEmpty() ? d.sentence.lastSources : found;
        return !d.sources.isEmpty();
    }

    /** "thousands marched in Lima": unnamed protesters in a place are that country's civilians. */
    boolean crowdSource(Draft d) {
        if (!d.sources.isEmpty() || d.c.pronoun() >= 0 || !cameo.has(d.p.code(), CodeTrait.CROWD)) {
            return false;
        }
        d.sources = CrowdSource.protestPlace(d.s, d.c.match().trigger());
        if (d.sources.isEmpty()) {
            return false;
        }
        ActorUnit place = d.sources.get(0);
        CandidateFinder.Candidate c = d.c;
        d.c = new CandidateFinder.Candidate(c.match(), d.sources, c.targets().stream()
                .filter(t -> t.first() != place.first()).toList(), c.scopeStart(), c.pronoun());
        return true;
    }

    /**
     * "police arrested five men in Shanghai", "insurgents shot four men in Thailand's south", "the opposition
     * leader was arrested in Minsk": an unnamed doer takes the country the clause puts the act in (PlaceDoers).
     */
    /** The candidate kept with a null source: the act is told, its doer is not. */
    private static boolean doneByNobody(Draft d, int t) {
        d.sources = List.of(PlaceDoers.nobody(d.s, t));
        CandidateFinder.Candidate c = d.c;
        d.c = new CandidateFinder.Candidate(c.match(), d.sources, c.targets(), c.scopeStart(), c.pronoun());
        return true;
    }

    boolean placeDoer(Draft d) {
        // visits and meetings happen away from home: their place says nothing of the doer's country
        if (d.c.pronoun() >= 0 || d.p.code().startsWith("04")) {
            return false;
        }
        if (d.p.nominal()) {
            return courtDoer(d);
        }
        int t = d.c.match().trigger();
        List<ActorUnit> sources;
        ActorMention patient = null;
        ActorUnit place;
        if (d.sources.isEmpty()) {
            ActorMention role = PlaceDoers.subjectRole(d.s, t);
            String doerRole = role == null && Voice.passive(d.s, t) ? placeDoers.passiveDoerRole(d.p.code()) : null;
            if (PlaceDoers.UNNAMED.equals(doerRole)) {
                // a passive killing of a state or armed target: told by a passive clause, not a participle that
                // describes its noun ("an official killed in 1975"); a bombing as before
                boolean clause = !PlaceDoers.UNNAMED_STATE.equals(placeDoers.unplacedRule(d.p.code()))
                        || Voice.toldPassive(d.s, t);
                if (!clause || d.c.targets().stream().noneMatch(u -> placeDoers.keptUnplaced(d.p.code(), u))) {
                    return false;
                }
                // "the lawmaker was killed in a car bombing": the act happened, whoever did it
                return doneByNobody(d, t);
            }
            place = role != null || doerRole != null ? PlaceDoers.place(d.s, t) : null;
            if (place == null) {
                if (role == null && doerRole != null && Voice.toldPassive(d.s, t) && d.c.targets().stream()
                        .anyMatch(u -> u.head().country() != null && placeDoers.keptUnplaced(d.p.code(), u))) {
                    // "the opposition leader was arrested on Friday": the act happened, told without its doer
                    return doneByNobody(d, t);
                }
                return false;
            }
            String country = place.head().country();
            if (role != null) {
                sources = List.of(PlaceDoers.placed(role, country));
            } else {
                sources = List.of(PlaceDoers.impliedDoer(d.s, t, country, doerRole));
                patient = PlaceDoers.passiveSubjectRole(d.s, t);
            }
        } else if (d.sources.stream().allMatch(u -> u.head().country() == null && u.head().role() != null
                && RoleWords.UNNAMED_DOERS.contains(u.head().role()))) {
            place = PlaceDoers.place(d.s, t);
            if (place == null) {
                return false;
            }
            sources = PlaceDoers.withCountry(d.sources, place.head().country());
        } else {
            return false;
        }
        d.sources = sources;
        // the place is where it happened, not whom it was done to; people of no country acted upon there ("police
        // arrested five traffickers in X") are its people too
        String country = place.head().country();
        List<ActorUnit> targets = new ArrayList<>();
        for (ActorUnit u : PlaceDoers.withCountry(d.c.targets(), country)) {
            if (u.first() != place.first()) {
                targets.add(u);
            }
        }
        if (targets.isEmpty() && patient != null) {
            targets.add(PlaceDoers.placed(patient, country));
        }
        CandidateFinder.Candidate c = d.c;
        d.c = new CandidateFinder.Candidate(c.match(), sources, targets, c.scopeStart(), c.pronoun());
        return true;
    }

    /** "the trial of X opened in Dhaka": a court's act told by its noun, no court named, is the court's of the place. */
    private boolean courtDoer(Draft d) {
        if (!d.sources.isEmpty() || d.c.targets().isEmpty() || !d.p.code().startsWith("17")) {
            return false;
        }
        ActorUnit court = PlaceDoers.courtDoer(d.s, d.c.match().trigger(), d.c.targets());
        if (court == null) {
            return false;
        }
        d.sources = List.of(court);
        CandidateFinder.Candidate c = d.c;
        d.c = new CandidateFinder.Candidate(c.match(), d.sources, c.targets(), c.scopeStart(), c.pronoun());
        return true;
    }

    /** "sent troops to X" is a deployment, not a visit. */
    boolean troopDeployment(Draft d) {
        if (cameo.has(d.p.code(), CodeTrait.VISIT) && TroopMovement.isDeployment(d.s, d.sources.get(0),
                d.c.match().trigger())) {
            d.drop();
        }
        return false;
    }
}
