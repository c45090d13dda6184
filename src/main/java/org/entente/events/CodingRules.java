package org.entente.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.learn.EventFilter;
import org.entente.text.Sentence;

/**
 * The implementations of the rules and steps events/rules.tsv declares, by name. Each is a small decision over
 * a {@link Draft}; the classes they call ({@link Motives}, {@link ObjectTargets}, {@link Rioting}, ...) hold the
 * word lists and sentence tests. Per-code facts come from the CAMEO table's traits ({@link CodeTrait}), derived
 * codes from events/derived.tsv.
 */
final class CodingRules {
    /** Acts one party does to a pact both signed: "X ratified its agreement with Y" is X's act alone. */
    private static final Set<String> ONE_SIDED = Words.allForms("ratify", "approve", "endorse");
    private static final Set<String> RECIPROCAL_CUES = Set.of("each", "one", "mutual", "mutually", "jointly",
            "joint", "bilateral", "together", "between");

    private final CameoTable cameo;
    private final Gazetteer gazetteer;
    private final IntentCodes intents;
    private final IntentCodes refusals;
    private final DerivedEvents derived = DerivedEvents.standard();

    CodingRules(CameoTable cameo, Gazetteer gazetteer) {
        this.cameo = cameo;
        this.gazetteer = gazetteer;
        this.intents = IntentCodes.load(cameo);
        this.refusals = IntentCodes.refusals(cameo);
    }

    /** Every rule and step by its name in events/rules.tsv. */
    Map<String, CodingRule> all() {
        Map<String, CodingRule> m = new LinkedHashMap<>();
        // candidate stage
        m.put("retold-act", this::retoldAct);
        m.put("note-told", d -> {
            d.sentence.told.told(d.c.match());
            return false;
        });
        m.put("motive", this::motive);
        m.put("pronoun-source", this::pronounSource);
        m.put("crowd-source", this::crowdSource);
        m.put("needs-source", d -> {
            if (d.sources.isEmpty()) {
                d.drop();
            }
            return false;
        });
        m.put("troop-deployment", this::troopDeployment);
        m.put("carry-source", d -> {
            if (!Instruments.isUnnamed(d.sources)) {
                d.sentence.lastSources = d.sources; // an unnamed doer is nobody a later "they" can mean
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
        m.put("object-targets", this::objectTargets);
        m.put("locate", d -> {
            // a target named after "in/at" is a place as well ("shelled positions in Iraq"); a source is not
            List<ActorUnit> exclude = new ArrayList<>(d.sources);
            d.location = Locator.locate(d.s, d.clause, d.trigger(), exclude, d.sentence.articleCountries, gazetteer);
            return false;
        });
        m.put("visit-host", this::visitHost);
        m.put("reporter", d -> {
            d.report = Agents.report(d.s, d.clause, d.trigger());
            ActorUnit reporter = d.report == null ? null : d.report.reporter();
            d.saidBy = reporter == null || d.sources.contains(reporter) ? null : reporter.head().code();
            return false;
        });
        m.put("protest-target", this::protestTarget);
        m.put("mutual-codes", this::mutualCodes);
        m.put("crowd-riot", d -> {
            d.crowdRiot = true;
            return false; // recorded by "pair" on the dyads it recodes
        });
        m.put("pair", this::pair);
        m.put("sport-teams", this::sportTeams);
        m.put("emit", this::emit);
        m.put("reported-charge", this::reportedCharge);
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
            replace(d.sentence.events, EventFilter.standard().keep(d.sentence.article, d.s.sentence,
                    d.sentence.events));
            return false;
        });
        return m;
    }

    // ---- candidate stage

    /** An act the sentence told already: a demand's or threat's content, an arrest's grounds, a noun retelling a verb. */
    private boolean retoldAct(Draft d) {
        if (d.sentence.told.retells(d.c.match(), d.at)) {
            d.drop();
        }
        return false;
    }

    /** "visited Beijing in a bid to mend ties": why the doer acted, not a second act. */
    private boolean motive(Draft d) {
        if (Motives.motive(d.s, d.p.nominal() ? StatedActs.governingVerb(d.s, d.at) : d.at)) {
            d.drop();
        }
        return false;
    }

    /** "he", "they": an earlier subject in this sentence, else the doer of the previous event. */
    private boolean pronounSource(Draft d) {
        if (!d.sources.isEmpty() || d.c.pronoun() < 0) {
            return false;
        }
        List<ActorUnit> found = Roles.resolvePronoun(d.s, d.c.pronoun(),
                d.c.targets().isEmpty() ? null : d.c.targets().get(0));
        d.sources = found.isEmpty() ? d.sentence.lastSources : found;
        return !d.sources.isEmpty();
    }

    /** "thousands marched in Lima": unnamed protesters in a place are that country's civilians. */
    private boolean crowdSource(Draft d) {
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

    /** "sent troops to X" is a deployment, not a visit. */
    private boolean troopDeployment(Draft d) {
        if (cameo.has(d.p.code(), CodeTrait.VISIT) && TroopMovement.isDeployment(d.s, d.sources.get(0),
                d.c.match().trigger())) {
            d.drop();
        }
        return false;
    }

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
        d.clash = d.mutual && mutualSources(Draft.members(d.sources));
        return d.mutual;
    }

    /**
     * "X and Y met", "talks between X and Y": coordinated sources are each other's targets for a mutual code, a
     * reciprocal word, or a clash of two acting sides.
     */
    private boolean compoundPairs(Draft d) {
        String code = d.code.code();
        d.pairsSources = Draft.members(d.sources).size() >= 2 && (reciprocal(d.s) || cameo.has(code, CodeTrait.MUTUAL)
                || cameo.has(code, CodeTrait.MUTUAL_COMPOUND) || d.clash);
        return d.pairsSources;
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
        d.targets = ObjectTargets.find(d.s, d.c.match(), d.sources, passive);
        return !d.targets.isEmpty();
    }

    /** "attended the Beijing Olympics": the host country of the visit's town or occasion. */
    private boolean visitHost(Draft d) {
        if (!d.targets.isEmpty() || d.pairsSources || !d.code.has(CodeTrait.VISIT)) {
            return false;
        }
        d.targets = VisitPlaces.host(d.s, d.c.match(), d.sources, d.location, gazetteer,
                d.sentence.articleCountries);
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

    /**
     * Mutual acts go both ways: by meaning (talks, negotiations), with a named partner (signing, cooperation; not
     * "X ratified its agreement with Y"), or for a consultation with a reciprocal word in the match. "X met Y" is
     * coded in the direction the text gives, as both gold sets do.
     */
    private boolean mutualCodes(Draft d) {
        boolean withTargets = !Draft.members(d.targets).isEmpty();
        d.symmetric = d.code.has(CodeTrait.MUTUAL)
                || (withTargets && d.code.has(CodeTrait.MUTUAL_WITH_TARGET) && !ONE_SIDED.contains(d.s.text[d.trigger()]))
                || (withTargets && d.code.has(CodeTrait.MUTUAL_COMPOUND) && reciprocalIn(d.s, d.c.match()));
        return d.symmetric;
    }

    /** The dyads: sources to targets (and back for a mutual act or clash), or coordinated sources to each other. */
    private boolean pair(Draft d) {
        String code = d.code.code();
        List<ActorMention> srcs = Draft.members(d.sources);
        List<ActorMention> tgts = Draft.members(d.targets);
        List<Draft.Pair> pairs = d.pairs;
        if (tgts.isEmpty() && d.pairsSources) {
            for (ActorMention a : srcs) {
                for (ActorMention b : srcs) {
                    if (a != b && !sameEntity(a, b)) {
                        // "X and Y clashed": each side is a written subject
                        pairs.add(new Draft.Pair(a, b, d.clash ? Rioting.clashSide(code, a, b, true)
                                : byDoer(d, code, a)));
                    }
                }
            }
            return false;
        }
        for (ActorMention a : srcs) {
            String own = d.mutual && Rioting.isCrowd(a)
                    ? Rioting.clashSide(code, a, null, true) : byDoer(d, code, a);
            if (tgts.isEmpty()) {
                pairs.add(new Draft.Pair(a, null, own));
            }
            boolean paired = false;
            for (ActorMention b : tgts) {
                if (!sameEntity(a, b)) {
                    paired = true;
                    boolean both = Rioting.bothAct(d.mutual, a, b);
                    pairs.add(new Draft.Pair(a, b, both ? Rioting.clashSide(code, a, b, true) : own));
                    if (d.symmetric) {
                        pairs.add(new Draft.Pair(b, a, own));
                    } else if (both) {
                        pairs.add(new Draft.Pair(b, a, Rioting.clashSide(code, b, a, false)));
                    }
                }
            }
            if (!paired && !tgts.isEmpty() && !d.symmetric) {
                // every target is the doer itself ("Peru ... at the Lima talks"): the act still happened,
                // only the self-directed dyad says nothing, so the event stays without a target
                pairs.add(new Draft.Pair(a, null, own));
            }
        }
        return false;
    }

    /** A crowd's seizure or destruction is rioting, when the crowd-riot rule is on (it is then recorded). */
    private static String byDoer(Draft d, String code, ActorMention doer) {
        if (!d.crowdRiot) {
            return code;
        }
        String own = Rioting.byDoer(code, doer);
        if (!own.equals(code)) {
            d.touched("crowd-riot");
        }
        return own;
    }

    /** A game or show report: "England beat France" is no assault. */
    private boolean sportTeams(Draft d) {
        d.sportChecked = true;
        String text = d.s.sentence.text();
        d.pairs.removeIf(pair -> pair.code() != null && d.sentence.sport.teamsOnly(text, pair.a(), pair.b()));
        return false;
    }

    /** One event mention per dyad not yet emitted in the sentence. */
    private boolean emit(Draft d) {
        List<String> rules = d.rules();
        Sentence sent = d.s.sentence;
        for (Draft.Pair pair : d.pairs) {
            ActorMention a = pair.a();
            ActorMention b = pair.b();
            if (pair.code() == null) {
                continue; // a clash side the text gives no act for
            }
            CameoCode pc = pair.code().equals(d.code.code()) ? d.code : cameo.get(pair.code());
            String key = d.p.code() + (pc == d.code ? "" : "|" + pc.code()) + "|" + a.code() + "|"
                    + (b == null ? "" : b.code());
            if (!d.sentence.seen.add(key)) {
                continue;
            }
            d.sentence.events.add(new EventMention(d.sentence.article.name(), d.sentence.article.id(),
                    d.dated.date(), a.code(), b == null ? null : b.code(), a.country(), b == null ? null : b.country(),
                    pc.code(), pc.root(), pc.quad(), pc.goldstein(), pc.plover(), d.modality, sent.index(), sent.text(),
                    new Span(sent.start(), sent.end()), a.code() == null ? null : new Span(a.start(), a.end()),
                    verbSpan(d.s, d.c.match()), b == null ? null : new Span(b.start(), b.end()), d.location,
                    d.dated.historical(), d.saidBy, d.p.origin(), rules));
        }
        return false;
    }

    /**
     * "X said Y shelled Z": X accusing Y, by events/derived.tsv (112 for a reported assault or fight), dated and
     * qualified by the saying, with the reporting verb as evidence; the pattern field names the rule and the pattern
     * of the reported act.
     */
    private boolean reportedCharge(Draft d) {
        if (d.saidBy == null || !ReportedAccusations.charged(d.s, d.p, d.code, d.trigger(), d.modality, d.report)) {
            return false;
        }
        String derivedCode = derived.derived(d.code.code());
        List<ActorMention> doers = Draft.members(d.sources);
        List<ActorMention> tgts = Draft.members(d.targets);
        ActorMention actTarget = tgts.isEmpty() ? null : tgts.get(0);
        ActorMention x = d.report.reporter().head();
        int verb = d.report.verb();
        int scope = Math.min(verb, d.report.reporter().first());
        Modality modality = ModalityDetector.detect(d.s, scope, verb);
        EventDater.Dated dated = EventDater.date(d.s, scope, verb, d.sentence.article.date(),
                modality == Modality.FUTURE);
        CameoCode accuse = cameo.get(derivedCode);
        Sentence sent = d.s.sentence;
        List<String> rules = new ArrayList<>(d.rules());
        rules.add("reported-charge");
        for (ActorMention y : doers) {
            if (ReportedAccusations.accuses(d.s, d.trigger(), x, y, actTarget, doers)
                    && !(d.sportChecked && d.sentence.sport.teamsOnly(sent.text(), x, y))) {
                d.sentence.events.add(new EventMention(d.sentence.article.name(), d.sentence.article.id(),
                        dated.date(), x.code(), y.code(), x.country(), y.country(), accuse.code(), accuse.root(),
                        accuse.quad(), accuse.goldstein(), accuse.plover(), modality, sent.index(), sent.text(),
                        new Span(sent.start(), sent.end()), new Span(x.start(), x.end()), d.s.tokenSpan(verb),
                        new Span(y.start(), y.end()), null, dated.historical(), null,
                        ReportedAccusations.RULE + d.p.origin(), rules));
            }
        }
        return false;
    }

    // ---- helpers

    private static void replace(List<EventMention> events, List<EventMention> kept) {
        if (kept != events) {
            List<EventMention> copy = new ArrayList<>(kept);
            events.clear();
            events.addAll(copy);
        }
    }

    /** "X and Y clashed": the sources are each other's sides when any two of them both act. */
    private static boolean mutualSources(List<ActorMention> srcs) {
        for (ActorMention a : srcs) {
            for (ActorMention b : srcs) {
                if (a != b && Rioting.bothAct(true, a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A reciprocal word among the matched words: "talks between X and Y", "met each other". */
    private static boolean reciprocalIn(SentenceView s, PatternMatcher.Match m) {
        for (int w : m.words()) {
            if (s.is(w, "between") || s.is(w, "mutual") || s.is(w, "jointly") || s.is(w, "bilateral")) {
                return true;
            }
        }
        return false;
    }

    private static boolean reciprocal(SentenceView s) {
        for (int k = 0; k < s.size(); k++) {
            if (RECIPROCAL_CUES.contains(s.text[k])
                    && (!s.text[k].equals("each") && !s.text[k].equals("one") || s.is(k + 1, "other")
                    || s.is(k + 1, "another"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEntity(ActorMention a, ActorMention b) {
        // An event from an actor to the very same actor code ("Putin ... at Moscow summit" -> RUSGOV>RUSGOV) says
        // nothing about a relationship: event coders conventionally discard such self-directed events.
        if (a == b || Objects.equals(a.code(), b.code())) {
            return true;
        }
        return a.entityId() != null && a.entityId().equals(b.entityId());
    }

    private static Span verbSpan(SentenceView s, PatternMatcher.Match m) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int w : m.words()) {
            first = Math.min(first, w);
            last = Math.max(last, w);
        }
        return new Span(s.tokens.get(first).start(), s.tokens.get(last).end());
    }
}
