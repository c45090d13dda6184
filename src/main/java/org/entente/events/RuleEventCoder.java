package org.entente.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.AnalyzedArticle;
import org.entente.text.Sentence;

/**
 * The standard coder: pattern dictionary + sentence-structure heuristics (no parser on this path, so it costs a
 * small fraction of POS tagging). For each token that triggers a pattern, the most specific matching pattern
 * gives the CAMEO code; {@link CandidateFinder} finds source and target, {@link RetoldActs} drops an act told twice;
 * {@link ModalityDetector}, {@link EventDater} and {@link Locator} give modality, date and place.
 */
public final class RuleEventCoder implements EventCoder {
    private static final Set<String> RECIPROCAL_CUES = Set.of("each", "one", "mutual", "mutually", "jointly",
            "joint", "bilateral", "together", "between");

    /**
     * Codes whose meaning is mutual: "X held talks with Y" is also Y holding talks with X (both gold conventions
     * list both sides).
     */
    private static final Set<String> SYMMETRIC = Set.of("044", "046");
    /** Mutual only when a partner is named: "X signed an agreement with Y". */
    private static final Set<String> SYMMETRIC_WITH_TARGET = Set.of("057", "061", "062", "063");
    /** Acts one party does to a pact both signed: "X ratified its agreement with Y" is X's act alone. */
    private static final Set<String> ONE_SIDED = Words.allForms("ratify", "approve", "endorse");
    /**
     * Mutual only for a coordinated subject without a target ("X and Y met") or a reciprocal word in the match
     * ("talks between X and Y"). "X met Y" is coded in the direction the text gives, as is "X shared evidence with
     * Y" (064, mutual only with a reciprocal cue), as both gold sets do (dev: "met with", "shared ... with").
     */
    private static final Set<String> SYMMETRIC_COMPOUND = Set.of("040", "057");

    private final PatternDictionary patterns;
    private final CandidateFinder candidates;
    private final CameoTable cameo;
    private final Gazetteer gazetteer;
    private final IntentCodes intents;
    private final IntentCodes refusals;

    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo) {
        this.patterns = patterns;
        this.candidates = new CandidateFinder(patterns);
        this.cameo = cameo;
        this.gazetteer = Gazetteer.standard();
        this.intents = IntentCodes.load(cameo);
        this.refusals = IntentCodes.refusals(cameo);
    }

    public PatternDictionary patterns() {
        return patterns;
    }

    @Override
    public List<EventMention> code(AnalyzedArticle analyzed, List<ActorMention> actors) {
        Article article = analyzed.article();
        SportContext sport = SportContext.of(article); // "England beat France": teams, not states
        Set<String> articleCountries = new HashSet<>();
        for (ActorMention m : actors) {
            if (m.country() != null) {
                articleCountries.add(m.country());
            }
        }
        List<EventMention> out = new ArrayList<>();
        List<ActorUnit> lastSources = List.of();
        java.util.Map<Integer, List<ActorMention>> bySentence = new java.util.HashMap<>();
        for (ActorMention m : actors) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Sentence sentence : analyzed.sentences()) {
            List<ActorMention> here0 = bySentence.get(sentence.index());
            if (here0 == null) {
                continue;
            }
            SentenceView s = new SentenceView(sentence, here0);
            if (s.units.isEmpty()) {
                continue;
            }
            List<EventMention> here = new ArrayList<>();
            lastSources = codeSentence(article, sport, s, articleCountries, lastSources, here);
            out.addAll(ReportedAccusations.withoutRepeated(RetoldActs.withoutSubsumed(here)));
        }
        return out;
    }

    private List<ActorUnit> codeSentence(Article article, SportContext sport, SentenceView s,
                                         Set<String> articleCountries,
                                         List<ActorUnit> carried, List<EventMention> out) {
        boolean[] consumed = new boolean[s.size()];
        Set<String> seen = new HashSet<>();
        List<ActorUnit> lastSources = carried;
        RetoldActs told = new RetoldActs(s);
        for (int i = 0; i < s.size(); i++) {
            if (consumed[i] || s.covering[i] != null) {
                continue;
            }
            CandidateFinder.Candidate c = candidates.best(s, i);
            if (c == null) {
                continue;
            }
            for (int w : c.match().words()) {
                consumed[w] = true;
            }
            if (told.retells(c.match(), i)) {
                continue;
            }
            told.told(c.match());
            Pattern found = c.match().pattern();
            if (Motives.motive(s, found.nominal() ? StatedActs.governingVerb(s, i) : i)) {
                continue; // "visited Beijing in a bid to mend ties": why the doer acted, not a second act
            }
            List<ActorUnit> sources = c.sources();
            if (sources.isEmpty() && c.pronoun() >= 0) {
                // "he", "they": an earlier subject in this sentence, else the doer of the previous event
                sources = Roles.resolvePronoun(s, c.pronoun(), c.targets().isEmpty() ? null : c.targets().get(0));
                if (sources.isEmpty()) {
                    sources = lastSources;
                }
            }
            if (sources.isEmpty() && c.pronoun() < 0 && c.match().pattern().code().startsWith("14")) {
                // "thousands marched in Lima": unnamed protesters in a place are that country's civilians
                sources = CrowdSource.protestPlace(s, c.match().trigger());
                if (!sources.isEmpty()) {
                    ActorUnit place = sources.get(0);
                    c = new CandidateFinder.Candidate(c.match(), sources, c.targets().stream()
                            .filter(t -> t.first() != place.first()).toList(), c.scopeStart(), c.pronoun());
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            if (c.match().pattern().code().equals("042") && TroopMovement.isDeployment(s, sources.get(0),
                    c.match().trigger())) {
                continue;
            }
            if (!Instruments.isUnnamed(sources)) {
                lastSources = sources; // an unnamed doer is nobody a later "they" can mean
            }
            emit(article, sport, s, c, sources, articleCountries, seen, out);
        }
        return lastSources;
    }

    private void emit(Article article, SportContext sport, SentenceView s, CandidateFinder.Candidate c,
                      List<ActorUnit> sources,
                      Set<String> articleCountries, Set<String> seen, List<EventMention> out) {
        Pattern p = c.match().pattern();
        CameoCode code = cameo.get(p.code());
        // the event's clause, from its subject (or trigger) on: where modality, date, place and reporter are read
        int clause = Math.min(c.scopeStart(), c.match().trigger());
        int scope = clause;
        if (p.nominal()) {
            scope = Math.min(scope, ModalityDetector.nominalClause(s, c.match().trigger()));
        }
        Modality modality = ModalityDetector.detect(s, scope, c.match().trigger());
        if (modality == Modality.ASSERTED && !p.nominal() && ControlVerbs.wished(s, c.match().trigger())) {
            modality = Modality.FUTURE; // "X asked Y to withdraw": Y's withdrawal is asked for, not done
        }
        EventDater.Dated dated = EventDater.date(s, clause, c.match().trigger(),
                article.date(), modality == Modality.FUTURE);
        if (modality == Modality.ASSERTED && dated.future() && code.root().equals("03") && !p.nominal()) {
            // "accepted an invitation to visit in May next year": the acceptance (an expressed intent, root 03)
            // happened; the future date is the intended visit's
            dated = new EventDater.Dated(article.date(), false, false);
        } else if (modality == Modality.ASSERTED && dated.future()) {
            modality = Modality.FUTURE;
        }
        int doing = p.nominal() ? StatedActs.governingVerb(s, c.match().trigger()) : c.match().trigger();
        if (doing >= 0 && StatedActs.statedIntent(s, doing, c.match().end(), c.scopeStart(), modality)) {
            String intent = intents.intentOf(code.code());
            if (intent != null) {
                code = cameo.get(intent);
            }
        }
        // (not for an act told from the receiver's side: "X will not accept aid from Y" is no refusal of Y's to give)
        if (!p.nominal() && modality == Modality.NEGATED && !p.receiverSubject()
                && StatedActs.statedRefusal(s, c.match().trigger())) {
            String refusal = refusals.intentOf(code.code());
            if (refusal != null) {
                code = cameo.get(refusal); // "X will not accept refugees": the refusal, which did happen
                modality = Modality.ASSERTED;
            }
        }
        List<ActorUnit> targets = c.targets();
        // "X clashed with Y": both sides act (see Rioting)
        boolean mutual = Rioting.mutual(s, c.match());
        boolean clash = mutual && mutualSources(members(sources));
        boolean pairsSources = members(sources).size() >= 2 && (reciprocal(s) || SYMMETRIC.contains(code.code())
                || SYMMETRIC_COMPOUND.contains(code.code()) || clash);
        if (targets.isEmpty() && !pairsSources && !p.receiverSubject()) {
            // (an act told from the receiver's side has its target in the subject or none; the object is the gift)
            // the rest of the object phrase, a complement clause, or the doer's own people (not for "X and Y
            // met", whose sides are each other's targets)
            boolean passive = !p.nominal() && Voice.passive(s, c.match().trigger());
            targets = ObjectTargets.find(s, c.match(), sources, passive);
        }
        // a target named after "in/at" is a place as well ("shelled positions in Iraq"); a source is not
        List<ActorUnit> exclude = new ArrayList<>(sources);
        Location location = Locator.locate(s, clause, c.match().trigger(), exclude, articleCountries,
                gazetteer);
        if (targets.isEmpty() && !pairsSources && code.code().equals("042")) {
            // "attended the Beijing Olympics": the host country of the visit's town or occasion
            targets = VisitPlaces.host(s, c.match(), sources, location, gazetteer, articleCountries);
            if (location == null && !targets.isEmpty()) {
                ActorMention host = targets.get(0).head();
                location = new Location(host.country(), host.text());
            }
        }
        Agents.Report report = Agents.report(s, clause, c.match().trigger());
        ActorUnit reporter = report == null ? null : report.reporter();
        String saidBy = reporter == null || sources.contains(reporter) ? null : reporter.head().code();

        if (targets.isEmpty() && !pairsSources && code.root().equals("14")) {
            targets = ObjectTargets.protestTarget(s, c.match(), sources,
                    location == null ? null : location.country());
        }
        List<ActorMention> srcs = members(sources);
        List<ActorMention> tgts = members(targets);
        List<Pair> pairs = new ArrayList<>();
        boolean symmetric = SYMMETRIC.contains(code.code())
                || (!tgts.isEmpty() && SYMMETRIC_WITH_TARGET.contains(code.code())
                    && !ONE_SIDED.contains(s.text[c.match().trigger()]))
                || (!tgts.isEmpty() && SYMMETRIC_COMPOUND.contains(code.code()) && reciprocalIn(s, c.match()));
        if (tgts.isEmpty() && srcs.size() >= 2 && (reciprocal(s) || symmetric
                || SYMMETRIC_COMPOUND.contains(code.code()) || clash)) {
            for (ActorMention a : srcs) {
                for (ActorMention b : srcs) {
                    if (a != b && !sameEntity(a, b)) {
                        // "X and Y clashed": each side is a written subject
                        pairs.add(new Pair(a, b, clash ? Rioting.clashSide(code.code(), a, b, true)
                                : Rioting.byDoer(code.code(), a)));
                    }
                }
            }
        } else {
            for (ActorMention a : srcs) {
                String own = mutual && Rioting.isCrowd(a)
                        ? Rioting.clashSide(code.code(), a, null, true) : Rioting.byDoer(code.code(), a);
                if (tgts.isEmpty()) {
                    pairs.add(new Pair(a, null, own));
                }
                boolean paired = false;
                for (ActorMention b : tgts) {
                    if (!sameEntity(a, b)) {
                        paired = true;
                        boolean both = Rioting.bothAct(mutual, a, b);
                        pairs.add(new Pair(a, b, both ? Rioting.clashSide(code.code(), a, b, true) : own));
                        if (symmetric) {
                            pairs.add(new Pair(b, a, own));
                        } else if (both) {
                            pairs.add(new Pair(b, a, Rioting.clashSide(code.code(), b, a, false)));
                        }
                    }
                }
                if (!paired && !tgts.isEmpty() && !symmetric) {
                    // every target is the doer itself ("Peru ... at the Lima talks"): the act still happened,
                    // only the self-directed dyad says nothing, so the event stays without a target
                    pairs.add(new Pair(a, null, own));
                }
            }
        }
        Sentence sent = s.sentence;
        for (Pair pair : pairs) {
            ActorMention a = pair.a();
            ActorMention b = pair.b();
            if (pair.code() == null) {
                continue; // a clash side the text gives no act for
            }
            if (sport.teamsOnly(s.sentence.text(), a, b)) {
                continue; // a game or show report: "England beat France" is no assault
            }
            CameoCode pc = pair.code().equals(code.code()) ? code : cameo.get(pair.code());
            String key = p.code() + (pc == code ? "" : "|" + pc.code()) + "|" + a.code() + "|"
                    + (b == null ? "" : b.code());
            if (!seen.add(key)) {
                continue;
            }
            out.add(new EventMention(article.name(), article.id(), dated.date(), a.code(), b == null ? null : b.code(),
                    a.country(), b == null ? null : b.country(), pc.code(), pc.root(), pc.quad(),
                    pc.goldstein(), pc.plover(), modality, sent.index(), sent.text(),
                    new Span(sent.start(), sent.end()),
                    a.code() == null ? null : new Span(a.start(), a.end()), verbSpan(s, c.match()),
                    b == null ? null : new Span(b.start(), b.end()), location, dated.historical(), saidBy,
                    p.origin()));
        }
        if (saidBy != null && ReportedAccusations.charged(s, p, code, c.match().trigger(), modality, report)) {
            accuse(article, sport, s, report, c.match().trigger(), srcs, tgts.isEmpty() ? null : tgts.get(0), p, out);
        }
    }

    /**
     * "X said Y shelled Z": X accusing Y (112), dated and qualified by the saying, with the reporting verb as
     * evidence; the pattern field names the rule and the pattern of the reported act.
     */
    private void accuse(Article article, SportContext sport, SentenceView s, Agents.Report report, int act,
                        List<ActorMention> doers, ActorMention actTarget, Pattern pattern, List<EventMention> out) {
        ActorMention x = report.reporter().head();
        int verb = report.verb();
        int scope = Math.min(verb, report.reporter().first());
        Modality modality = ModalityDetector.detect(s, scope, verb);
        EventDater.Dated dated = EventDater.date(s, scope, verb, article.date(), modality == Modality.FUTURE);
        CameoCode accuse = cameo.get(ReportedAccusations.CODE);
        Sentence sent = s.sentence;
        for (ActorMention y : doers) {
            if (ReportedAccusations.accuses(s, act, x, y, actTarget, doers)
                    && !sport.teamsOnly(s.sentence.text(), x, y)) {
                out.add(new EventMention(article.name(), article.id(), dated.date(), x.code(), y.code(), x.country(),
                        y.country(), accuse.code(), accuse.root(), accuse.quad(), accuse.goldstein(), accuse.plover(),
                        modality, sent.index(), sent.text(), new Span(sent.start(), sent.end()),
                        new Span(x.start(), x.end()), s.tokenSpan(verb), new Span(y.start(), y.end()), null,
                        dated.historical(), null, ReportedAccusations.RULE + pattern.origin()));
            }
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

    /** One dyad of an event and the code of its source's act (the two sides of a clash act differently). */
    private record Pair(ActorMention a, ActorMention b, String code) {
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

    private static List<ActorMention> members(List<ActorUnit> units) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorUnit u : units) {
            out.addAll(u.members());
        }
        return out;
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
