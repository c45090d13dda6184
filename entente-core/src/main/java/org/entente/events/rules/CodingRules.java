package org.entente.events.rules;

import org.entente.events.context.EventDater;
import org.entente.events.context.Locator;
import org.entente.events.context.ModalityDetector;
import org.entente.events.context.VisitPlaces;
import org.entente.events.matching.CandidateFinder;
import org.entente.events.matching.RetoldActs;
import org.entente.events.matching.WordSenses;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.roles.NonPoliticalDoers;
import org.entente.events.model.EventMention;
import org.entente.events.model.IntentCodes;
import org.entente.events.model.Location;
import org.entente.events.model.Modality;
import org.entente.events.roles.Agents;
import org.entente.events.roles.ControlVerbs;
import org.entente.events.roles.Nationals;
import org.entente.events.roles.Instruments;
import org.entente.events.roles.ObjectPhrases;
import org.entente.events.roles.ObjectTargets;
import org.entente.events.roles.PeopleObjects;
import org.entente.events.syntax.Voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.events.learn.EventFilter;
import org.entente.geo.PlaceResolver;
import org.entente.events.learn.EventProposer;
import org.entente.events.learn.RootReview;

/**
 * The implementations of the rules and steps events/rules.tsv declares, by name (those that make the dyads and
 * event mentions are in {@link DyadRules}, the candidate stage's doer and drop decisions in
 * {@link CandidateStageRules}). Each is a small decision over a {@link Draft}; the classes they call
 * ({@link Motives}, {@link ObjectTargets}, {@link Rioting}, ...) hold the
 * word lists and sentence tests. Per-code facts come from the CAMEO table's traits ({@link CodeTrait}), derived
 * codes from events/derived.tsv.
 */
public final class CodingRules {
    private final CameoTable cameo;
    private final PlaceResolver places;
    private final IntentCodes intents;
    private final IntentCodes refusals;
    private final DyadRules dyads;
    private final CandidateStageRules candidates;

    /** The root model's review of the rules' events, or null without a proposer. */
    private final RootReview review;

    public CodingRules(CameoTable cameo, PlaceResolver places, EventProposer proposer) {
        this.cameo = cameo;
        this.places = places;
        this.review = proposer == null ? null : new RootReview(proposer, cameo);
        this.intents = IntentCodes.load(cameo);
        this.refusals = IntentCodes.refusals(cameo);
        this.dyads = new DyadRules(cameo);
        this.candidates = new CandidateStageRules(cameo);
    }

    /** Every rule and step by its name in events/rules.tsv. */
    public Map<String, CodingRule> all() {
        Map<String, CodingRule> m = new LinkedHashMap<>();
        // candidate stage
        m.put(EventProposer.RULE, d -> {
            if (d.proposal >= 0) { // provenance with the model's probability, as the learned filter records its score
                d.touched(EventProposer.RULE + ":" + String.format(java.util.Locale.ROOT, "%.3f", d.proposal));
            }
            return false;
        });
        // runs where the candidate is found (CandidateFinder): switched off there, its event's pattern names it
        m.put(CandidateFinder.REPORTED_CONTENT, d -> false);
        m.put("word-sense", d -> {
            if (WordSenses.otherSense(d.s, d.trigger(), d.p.nominal(), d.p.code()) != null) {
                d.drop();
            }
            return false;
        });
        m.put("retold-act", candidates::retoldAct);
        m.put("note-told", d -> {
            d.sentence.told.told(d.c.match());
            return false;
        });
        m.put("motive", candidates::motive);
        m.put("drawn-act", candidates::drawnAct);
        m.put("reduced-relative", candidates::reducedRelative);
        m.put("pronoun-source", candidates::pronounSource);
        m.put("crowd-source", candidates::crowdSource);
        m.put("place-doer", candidates::placeDoer);
        m.put("needs-source", d -> {
            if (d.sources.isEmpty()) {
                d.drop();
            }
            return false;
        });
        m.put("non-political-doer", d -> {
            if (NonPoliticalDoers.all(d.s, d.sources)) {
                d.drop();
            }
            return false;
        });
        m.put("troop-deployment", candidates::troopDeployment);
        m.put("carry-source", d -> {
            // an unnamed doer is nobody a later "they" can mean, nor is a doer the act implies ("the trial" -> the court)
            if (!Instruments.isUnnamed(d.sources)
                    && !d.sources.stream().allMatch(u -> "implied".equals(u.head().kind()))) {
                d.sentence.lastSources = d.sources;
            }
            return false;
        });
        // event stage
        m.put("detect-modality", this::detectModality);
        m.put("wished-act", this::wishedAct);
        m.put("date", d -> {
            d.dated = EventDater.date(d.s, d.clause, d.trigger(), d.sentence.article.date(),
                    d.modality == Modality.FUTURE);
            return false;
        });
        m.put("future-date", this::futureDate);
        m.put("stated-intent", this::statedIntent);
        m.put("stated-refusal", this::statedRefusal);
        m.put("clash-sides", this::clashSides);
        m.put("compound-pairs", this::compoundPairs);
        m.put("object-phrase-doer", this::objectPhraseDoer);
        m.put("object-targets", this::objectTargets);
        m.put("locate", d -> {
            // a target named after "in/at" is a place as well ("shelled positions in Iraq"); a source is not
            List<ActorUnit> exclude = new ArrayList<>(d.sources);
            // the doers' own words may place the event ("Shanghai police raided"); a target's do not ("called on
            // residents of Kinshasa" happens wherever the caller is)
            d.location = Locator.locate(d.s, d.clause, d.trigger(), exclude, d.sources, d.sentence.places, places);
            return false;
        });
        m.put("people-object", this::peopleObject);
        m.put("visit-host", this::visitHost);
        m.put("country-people", d -> {
            List<ActorUnit> t = Nationals.of(d.s, d.targets,
                    d.code.has(CodeTrait.PERSON_OBJECT));
            boolean changed = t != d.targets;
            d.targets = t;
            return changed;
        });
        m.put("reporter", d -> {
            d.report = Agents.report(d.s, d.clause, d.trigger());
            ActorUnit reporter = d.report == null ? null : d.report.reporter();
            d.saidBy = reporter == null || d.sources.contains(reporter) ? null : reporter.head().code();
            return false;
        });
        m.put("protest-target", this::protestTarget);
        m.put("business-only", d -> {
            if (NonPoliticalDoers.businessOnly(d.s, d.sources, d.targets)) {
                d.drop();
            }
            return false;
        });
        m.put("mutual-codes", dyads::mutualCodes);
        m.put("crowd-riot", d -> {
            d.crowdRiot = true;
            return false; // recorded by "pair" on the dyads it recodes
        });
        m.put("pair", dyads::pair);
        m.put("sport-teams", dyads::sportTeams);
        m.put("emit", dyads::emit);
        m.put("reported-charge", dyads::reportedCharge);
        // sentence stage
        m.put("subsumed-retelling", d -> {
            replace(d.sentence.events, RetoldActs.withoutSubsumed(d.sentence.events));
            return false;
        });
        m.put("repeated-accusation", d -> {
            replace(d.sentence.events, ReportedAccusations.withoutRepeated(d.sentence.events));
            return false;
        });
        m.put(EventFilter.RULE, d -> {
            replace(d.sentence.events, EventFilter.standard().keep(d.sentence.article, d.s.sentence, d.s.parse,
                    d.sentence.events));
            return false;
        });
        m.put(RootReview.RULE, d -> {
            if (review == null) {
                return false;
            }
            replace(d.sentence.events, review.review(d.sentence.article, d.s, d.sentence.events));
            return false;
        });
        return m;
    }

    // ---- candidate stage
    // (in CandidateStageRules)

    // ---- event stage

    /** The event's code and clause, and the modality the clause gives it. */
    private boolean detectModality(Draft d) {
        d.code = cameo.get(d.p.code());
        d.targets = d.c.targets();
        // the event's clause, from its subject (or trigger) on: where modality, date, place and reporter are read
        d.clause = Math.min(d.c.scopeStart(), d.trigger());
        d.scope = d.clause;
        if (d.p.nominal()) {
            d.scope = Math.min(d.scope, ModalityDetector.nominalClause(d.s, d.trigger()));
        }
        d.modality = ModalityDetector.detect(d.s, d.scope, d.trigger());
        return false;
    }

    /** "X asked Y to withdraw": Y's withdrawal is asked for, not done. */
    private boolean wishedAct(Draft d) {
        if (d.modality == Modality.ASSERTED && !d.p.nominal() && ControlVerbs.wished(d.s, d.trigger())) {
            d.modality = Modality.FUTURE;
            return true;
        }
        return false;
    }

    /**
     * An act dated in the future is future; but "accepted an invitation to visit in May next year": the acceptance
     * (an expressed intent) happened, the future date is the intended visit's.
     */
    private boolean futureDate(Draft d) {
        if (d.modality != Modality.ASSERTED || !d.dated.future()) {
            return false;
        }
        if (d.code.has(CodeTrait.INTENT) && !d.p.nominal()) {
            d.dated = new EventDater.Dated(d.sentence.article.date(), false, false);
        } else {
            d.modality = Modality.FUTURE;
        }
        return true;
    }

    /** "X pledged to send aid": the intent to do the act (03x), by events/intent.tsv. */
    private boolean statedIntent(Draft d) {
        int doing = d.p.nominal() ? StatedActs.governingVerb(d.s, d.trigger()) : d.trigger();
        if (doing >= 0 && StatedActs.statedIntent(d.s, doing, d.c.match().end(), d.c.scopeStart(), d.modality)) {
            String intent = intents.intentOf(d.code.code());
            if (intent != null) {
                d.code = cameo.get(intent);
                return true;
            }
        }
        return false;
    }

    /**
     * "X will not accept refugees": the refusal, which did happen. Not for an act told from the receiver's side:
     * "X will not accept aid from Y" is no refusal of Y's to give.
     */
    private boolean statedRefusal(Draft d) {
        if (!d.p.nominal() && d.modality == Modality.NEGATED && !d.p.receiverSubject()
                && StatedActs.statedRefusal(d.s, d.trigger())) {
            String refusal = refusals.intentOf(d.code.code());
            if (refusal != null) {
                d.code = cameo.get(refusal);
                d.modality = Modality.ASSERTED;
                return true;
            }
        }
        return false;
    }

    /** "X clashed with Y": both sides act (see {@link Rioting}). */
    private boolean clashSides(Draft d) {
        d.mutual = Rioting.mutual(d.s, d.c.match());
        d.clash = d.mutual && DyadRules.mutualSources(Draft.members(d.sources));
        return d.mutual;
    }

    /**
     * "X and Y met", "talks between X and Y": coordinated sources are each other's targets for a mutual code, a
     * reciprocal word, or a clash of two acting sides.
     */
    private boolean compoundPairs(Draft d) {
        String code = d.code.code();
        d.pairsSources = Draft.members(d.sources).size() >= 2 && (DyadRules.reciprocal(d.s)
                || cameo.has(code, CodeTrait.MUTUAL) || cameo.has(code, CodeTrait.MUTUAL_COMPOUND) || d.clash);
        return d.pairsSources;
    }

    /**
     * "condemned the occupation of Laos by Vietnamese troops", "denounced a resolution sponsored by X", "attacked a
     * convoy carrying X's troops": whose the object is, read from the parse ({@link ObjectPhrases}), replaces the
     * actors inside the object phrase. Not for a passive (its subject is the one acted upon), an act named by a
     * noun, "X and Y met", or an act told from the receiver's side.
     */
    private boolean objectPhraseDoer(Draft d) {
        if (d.p.nominal() || d.pairsSources || d.p.receiverSubject() || Voice.passive(d.s, d.trigger())) {
            return false;
        }
        List<ActorUnit> targets = ObjectPhrases.retarget(d.s, d.c.match(), d.sources, d.targets);
        if (targets == null) {
            return false;
        }
        d.targets = targets;
        return true;
    }

    /**
     * The rest of the object phrase, a complement clause, or the doer's own people (not for "X and Y met", whose
     * sides are each other's targets; not for an act told from the receiver's side, whose object is the gift).
     */
    private boolean objectTargets(Draft d) {
        if (!d.targets.isEmpty() || d.pairsSources || d.p.receiverSubject()) {
            return false;
        }
        boolean passive = !d.p.nominal() && Voice.passive(d.s, d.trigger());
        // where the act happens (as the locate step will find it, from the doers' side only): an unnamed office or
        // group acted on abroad is the host country's ("arrested the mayor" in a town of another country)
        Location here = Locator.locate(d.s, d.clause, d.trigger(), new ArrayList<>(d.sources), d.sources,
                d.sentence.places, places);
        d.targets = ObjectTargets.find(d.s, d.c.match(), d.sources, passive, here == null ? null : here.country());
        return !d.targets.isEmpty();
    }

    /** "police arrested five traffickers in C": the unnamed people an act is done to are C's (PeopleObjects). */
    private boolean peopleObject(Draft d) {
        if (!d.targets.isEmpty() || d.pairsSources || d.p.nominal() || !d.code.has(CodeTrait.PERSON_OBJECT)) {
            return false;
        }
        boolean passive = Voice.passive(d.s, d.trigger());
        d.targets = PeopleObjects.find(d.s, d.trigger(), passive, d.sources,
                d.location == null ? null : d.location.country());
        return !d.targets.isEmpty();
    }

    /** "attended the Beijing Olympics": the host country of the visit's town or occasion. */
    private boolean visitHost(Draft d) {
        if (!d.targets.isEmpty() || d.pairsSources || !d.code.has(CodeTrait.VISIT)) {
            return false;
        }
        d.targets = VisitPlaces.host(d.s, d.c.match(), d.sources, d.location, places, d.sentence.places);
        if (d.location == null && !d.targets.isEmpty()) {
            ActorMention host = d.targets.get(0).head();
            d.location = new Location(host.country(), host.text());
        }
        return !d.targets.isEmpty();
    }

    /** What a protest is against: its object, or the government of the place it happens in. */
    private boolean protestTarget(Draft d) {
        if (!d.targets.isEmpty() || d.pairsSources || !d.code.has(CodeTrait.CROWD)) {
            return false;
        }
        d.targets = ObjectTargets.protestTarget(d.s, d.c.match(), d.sources,
                d.location == null ? null : d.location.country());
        return !d.targets.isEmpty();
    }

    // ---- helpers

    private static void replace(List<EventMention> events, List<EventMention> kept) {
        if (kept != events) {
            List<EventMention> copy = new ArrayList<>(kept);
            events.clear();
            events.addAll(copy);
        }
    }
}
