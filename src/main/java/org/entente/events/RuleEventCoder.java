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
 * gives the CAMEO code; {@link Roles} give source and target; {@link ModalityDetector}, {@link EventDater} and
 * {@link Locator} give modality, date and place.
 */
public final class RuleEventCoder implements EventCoder {
    /**
     * Roots of verbs that take a proposition as complement ("demanded that the US cancel ...", "threatened to
     * attack", "accused X of shelling"): the embedded event is the content of the main one, not a second event.
     */
    private static final Set<String> ABSORBING_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
    private static final Set<String> RECIPROCAL_CUES = Set.of("each", "one", "mutual", "mutually", "jointly",
            "joint", "bilateral", "together", "between");

    /**
     * Codes whose meaning is mutual: "X held talks with Y" is also Y holding talks with X (both gold conventions
     * list both sides).
     */
    private static final Set<String> SYMMETRIC = Set.of("044", "046");
    /** Mutual only when a partner is named: "X signed an agreement with Y". */
    private static final Set<String> SYMMETRIC_WITH_TARGET = Set.of("057", "061", "062", "063");
    /**
     * Mutual only for a coordinated subject without a target ("X and Y met") or a reciprocal word in the match
     * ("talks between X and Y"). "X met Y" is coded in the direction the text gives, as is "X shared evidence with
     * Y" (064, mutual only with a reciprocal cue), as both gold sets do (dev: "met with", "shared ... with").
     */
    private static final Set<String> SYMMETRIC_COMPOUND = Set.of("040");

    private final PatternDictionary patterns;
    private final CameoTable cameo;
    private final Gazetteer gazetteer;
    private final IntentCodes intents;
    private final IntentCodes refusals;

    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo) {
        this.patterns = patterns;
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
            lastSources = codeSentence(article, s, articleCountries, lastSources, here);
            out.addAll(withoutSubsumed(here));
        }
        return out;
    }

    /**
     * "Sri Lanka established ties with and opened an embassy in Iran", "US drone strikes have killed ten militants":
     * one act told twice (often a noun and a verb), once without its target. An event without target is dropped
     * when the same sentence has the same source doing an act of the same CAMEO root, in the same modality, to a
     * named target.
     */
    private static List<EventMention> withoutSubsumed(List<EventMention> here) {
        if (here.size() < 2) {
            return here;
        }
        List<EventMention> out = new ArrayList<>(here.size());
        for (EventMention e : here) {
            boolean subsumed = e.target() == null && here.stream().anyMatch(o -> o.target() != null
                    && Objects.equals(o.source(), e.source()) && o.root().equals(e.root())
                    && o.modality() == e.modality());
            if (!subsumed) {
                out.add(e);
            }
        }
        return out;
    }

    private List<ActorUnit> codeSentence(Article article, SentenceView s, Set<String> articleCountries,
                                         List<ActorUnit> carried, List<EventMention> out) {
        boolean[] consumed = new boolean[s.size()];
        Set<String> seen = new HashSet<>();
        List<ActorUnit> lastSources = carried;
        PatternMatcher.Match absorber = null;
        PatternMatcher.Match lastVerb = null;
        PatternMatcher.Match protest = null;
        for (int i = 0; i < s.size(); i++) {
            if (consumed[i] || s.covering[i] != null) {
                continue;
            }
            Candidate c = best(s, i);
            if (c == null) {
                continue;
            }
            for (int w : c.match.words()) {
                consumed[w] = true;
            }
            if (absorber != null && embedded(s, absorber, i)) {
                continue;
            }
            if (c.match.pattern().nominal() && lastVerb != null && (inObjectOf(s, lastVerb, i)
                    || sameActLater(s, lastVerb, c.match))) {
                continue; // "staged mass demonstrations", "mobilized reservists for a possible war": one event
            }
            if (protest != null && protestsDemand(s, c.match)) {
                absorber = c.match; // what the protesters demand ("tougher sanctions on X") is not done either
                continue;
            }
            if (c.match.pattern().code().startsWith("14")) {
                protest = c.match;
            }
            if (!c.match.pattern().nominal()) {
                lastVerb = c.match;
            }
            if (!c.match.pattern().nominal() && ABSORBING_ROOTS.contains(
                    c.match.pattern().code().substring(0, 2))) {
                absorber = c.match;
            }
            List<ActorUnit> sources = c.sources;
            if (sources.isEmpty() && c.pronoun >= 0) {
                // "he", "they": an earlier subject in this sentence, else the doer of the previous event
                sources = Roles.resolvePronoun(s, c.pronoun, c.targets.isEmpty() ? null : c.targets.get(0));
                if (sources.isEmpty()) {
                    sources = lastSources;
                }
            }
            if (sources.isEmpty() && c.pronoun < 0 && c.match.pattern().code().startsWith("14")) {
                // "thousands marched in Lima": unnamed protesters in a place are that country's civilians
                sources = CrowdSource.protestPlace(s, c.match.trigger());
                if (!sources.isEmpty()) {
                    ActorUnit place = sources.get(0);
                    c = new Candidate(c.match, sources, c.targets.stream()
                            .filter(t -> t.first() != place.first()).toList(), c.scopeStart, c.pronoun);
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            if (c.match.pattern().code().equals("042") && TroopMovement.isDeployment(s, sources.get(0),
                    c.match.trigger())) {
                continue;
            }
            lastSources = sources;
            emit(article, s, c, sources, articleCountries, seen, out);
        }
        return lastSources;
    }

    /**
     * Is the noun at {@code i} inside the object phrase of the verb event {@code v}: after its trigger, within a
     * few words of the match, with no comma, clause boundary or other verb between? Such a noun names the verb's
     * object or purpose, not a second event.
     */
    private static boolean inObjectOf(SentenceView s, PatternMatcher.Match v, int i) {
        if (i <= v.trigger() || i - v.end() > 6) {
            return false;
        }
        for (int k = Math.max(v.end(), v.trigger() + 1); k < i; k++) {
            if (s.isHardBoundary(k) || s.text[k].equals(",") || s.text[k].equals("and")
                    || (s.isVerb(k) && !s.pos[k].equals("VBN") && !s.pos[k].equals("VBG") && s.covering[k] == null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "marched in Lima, calling for reform", "blocked roads to press their demands": a demand stated as the
     * purpose or accompaniment of a protest earlier in the sentence is what the protest is for, which CAMEO codes
     * in the protest itself (141x demonstrate for ..., 142x hunger strike for ...), not as a second event.
     */
    private static boolean protestsDemand(SentenceView s, PatternMatcher.Match m) {
        String root = m.pattern().code().substring(0, 2);
        int t = m.trigger();
        return (root.equals("02") || root.equals("10"))
                && (s.text[t].endsWith("ing") || s.is(t - 1, "to") || s.is(t - 1, "in"));
    }

    /**
     * "stopped work on the first day of an open-ended strike": a noun of the same CAMEO root as the verb event,
     * further on in the same clause, names the same act.
     */
    private static boolean sameActLater(SentenceView s, PatternMatcher.Match v, PatternMatcher.Match noun) {
        int i = noun.trigger();
        if (i <= v.trigger() || !noun.pattern().code().startsWith(v.pattern().code().substring(0, 2))) {
            return false;
        }
        for (int k = v.end(); k < i; k++) {
            if (s.isHardBoundary(k) || s.text[k].equals(",") || s.text[k].equals("and")
                    || (s.isVerb(k) && s.covering[k] == null && !s.pos[k].equals("VBN") && !s.pos[k].equals("VBG"))) {
                return false;
            }
        }
        return true;
    }

    /** Is the trigger at {@code i} inside the complement of the verb event {@code a}? Same clause, close by. */
    private static boolean embedded(SentenceView s, PatternMatcher.Match a, int i) {
        if (i > a.trigger() && i < a.end()) {
            return true; // inside the absorbing match's own gaps: "rejected a proposal for signing an agreement"
        }
        if (i - a.end() > 12 || i < a.end()) {
            return false;
        }
        for (int k = a.end(); k < i; k++) {
            if (s.isHardBoundary(k)) {
                return false;
            }
            if ((s.text[k].equals("and") || s.text[k].equals("or")) && k + 1 < s.size()
                    && (s.isVerb(k + 1) || s.pos[k + 1].startsWith("RB"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A pattern without '+' can still have a target in the verb's object phrase: "rejected an Indian proposal",
     * "demanded an admission by Moscow", "promised aid to Mozambique". The first actor inside the matched gaps,
     * else the first after the match reached through noun-phrase words and prepositions only.
     */
    private static List<ActorUnit> objectTarget(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources) {
        for (int k = m.trigger() + 1; k < m.end(); k++) {
            ActorUnit u = s.startsAt[k];
            if (u != null && !sources.contains(u)) {
                return Roles.coordinated(s, u);
            }
        }
        for (int k = m.end(); k < s.size() && k <= m.end() + 5; k++) {
            ActorUnit u = s.startsAt[k];
            if (u != null) {
                return sources.contains(u) ? List.of() : Roles.coordinated(s, u);
            }
            if (s.covering[k] != null || !(s.isNounPhraseFiller(k) || OBJECT_PREP.contains(s.text[k]))) {
                return List.of();
            }
        }
        return List.of();
    }

    private static final Set<String> OBJECT_PREP = Set.of("to", "with", "against", "on", "by", "from", "for",
            "toward", "towards", "of", "into", "over");

    /**
     * The agent of a passive verb after a few non-clausal words: "by X" reached over adverbs, time words and
     * short prepositional phrases ("released yesterday by X", "attacked on Monday by X"). Empty when none.
     */
    private static List<ActorUnit> lateAgent(SentenceView s, int from) {
        for (int k = from; k < s.size() && k <= from + 5; k++) {
            if (s.is(k, "by")) {
                int j = k + 1;
                while (j < s.size() && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ")) && s.covering[j] == null) {
                    j++;
                }
                return j < s.size() && s.startsAt[j] != null ? Roles.coordinated(s, s.startsAt[j]) : List.of();
            }
            if (s.covering[k] != null || s.text[k].equals(",") || s.isHardBoundary(k)
                    || (s.isVerb(k) && !s.pos[k].startsWith("RB"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** A pattern match with its roles resolved. */
    private record Candidate(PatternMatcher.Match match, List<ActorUnit> sources, List<ActorUnit> targets,
                             int scopeStart, int pronoun) {
    }

    private Candidate best(SentenceView s, int i) {
        String w = s.text[i];
        String l = s.lemma[i];
        String pos = s.pos[i];
        // after an actor a noun-tagged word may be its verb ("China trades with"), unless the actor is an
        // adjective before a bare noun ("Chinese trade with the US" is a noun phrase; "Norway visits" is not)
        // a sentence-initial participle with an object ("Meeting Chile on Monday, Norway ..."): the tagger says NN
        boolean frontedParticiple = i == 0 && s.text[i].endsWith("ing") && i + 1 < s.size()
                && (s.startsAt[i + 1] != null || s.pos[i + 1].equals("DT") || s.pos[i + 1].equals("PRP$"));
        boolean verbContext = frontedParticiple || i > 0 && ((s.endsAt[i - 1] != null && !s.isPossessive(i - 1)
                && !(s.pos[i - 1].startsWith("JJ") && s.pos[i].equals("NN") && !s.text[i].endsWith("s"))
                && !s.is(s.endsAt[i - 1].first() - 1, "a") && !s.is(s.endsAt[i - 1].first() - 1, "an"))
                || s.pos[i - 1].equals("MD")
                || s.is(i - 1, "to") || s.pos[i - 1].startsWith("RB"));
        // the second half of a hyphenated compound ("open-ended", "long-awaited") is an adjective, not a verb
        boolean compoundTail = i > 0 && s.tokens.get(i - 1).end() == s.tokens.get(i).start()
                && s.tokens.get(i - 1).text().endsWith("-");
        if ((!s.isNoun(i) || verbContext) && !compoundTail && !pos.equals("DT") && !pos.equals("IN")
                && !pos.equals("PRP")) {
            List<Pattern> verbs = patterns.verbPatterns(w, l, s);
            Candidate c = verbCandidate(s, i, verbs);
            if (c != null) {
                return c;
            }
        }
        boolean nounContext = i == 0 || !s.isVerb(i) || s.pos[i - 1].equals("DT") || s.pos[i - 1].startsWith("JJ")
                || s.isPossessive(i - 1) || s.endsAt[i - 1] != null;
        if (nounContext && !pos.equals("MD")) {
            List<Pattern> nouns = patterns.nounPatterns(w, l, s);
            return nounCandidate(s, i, nouns);
        }
        return null;
    }

    private Candidate verbCandidate(SentenceView s, int i, List<Pattern> list) {
        if (list.isEmpty()) {
            return null;
        }
        Roles.Subject subj = Roles.verbSubject(s, i);
        boolean passive = Roles.passive(s, i);
        boolean implicit = passive || subj.antecedent() != null;
        for (Pattern p : list) {
            PatternMatcher.Match m = PatternMatcher.match(s, p, i, false);
            boolean usedImplicit = false;
            if ((m == null || (passive && m.targets().isEmpty())) && implicit && p.hasTarget()) {
                PatternMatcher.Match alt = PatternMatcher.match(s, p, i, true);
                if (alt != null) {
                    m = alt;
                    usedImplicit = true;
                }
            }
            if (m == null) {
                continue;
            }
            List<ActorUnit> sources = subj.units();
            if (sources.isEmpty() && subj.pronoun() < 0) {
                sources = Roles.adjunctSubject(s, i);
            }
            List<ActorUnit> targets = m.targets();
            if (usedImplicit) {
                if (passive) {
                    targets = subj.units();
                    sources = m.agents().isEmpty() ? lateAgent(s, m.end()) : m.agents();
                } else {
                    targets = List.of(subj.antecedent());
                }
            } else if (passive && !m.agents().isEmpty()) {
                sources = m.agents();
            } else if (passive && subj.units().isEmpty()) {
                // "the prisoners were released yesterday by the president himself": the agent after a time word
                List<ActorUnit> agent = lateAgent(s, m.end());
                if (!agent.isEmpty()) {
                    sources = agent;
                }
            }
            if (targets.isEmpty() && !p.hasTarget() && !passive) {
                targets = objectTarget(s, m, sources);
            }
            return new Candidate(m, sources, targets, subj.scopeStart(), passive && usedImplicit ? -1 : subj.pronoun());
        }
        return null;
    }

    private Candidate nounCandidate(SentenceView s, int i, List<Pattern> list) {
        if (list.isEmpty()) {
            return null;
        }
        for (Pattern p : list) {
            PatternMatcher.Match m = PatternMatcher.match(s, p, i, false);
            if (m == null) {
                continue;
            }
            List<ActorUnit> sources = m.sources();
            int scopeStart = i;
            int pronoun = -1;
            if (sources.isEmpty()) {
                sources = nominalOwner(s, i);
            }
            if (sources.isEmpty()) {
                sources = CrowdSource.quantityOf(s, i); // "thousands of Kenyan farmers marched"
            }
            if (sources.isEmpty()) {
                Roles.Subject subj = Roles.subject(s, i);
                sources = subj.units();
                scopeStart = subj.scopeStart();
                pronoun = subj.pronoun();
            } else {
                scopeStart = Math.min(i, sources.get(0).first());
                Roles.Subject subj = Roles.subject(s, sources.get(0).first());
                scopeStart = Math.min(scopeStart, subj.scopeStart());
            }
            List<ActorUnit> targets = m.targets();
            if (targets.isEmpty() && !p.hasTarget()) {
                targets = objectTarget(s, m, sources);
            }
            return new Candidate(m, sources, targets, scopeStart, pronoun);
        }
        return null;
    }

    /** "Russia's visit", "the Russian-Chinese talks", "the unveiling by the two countries of": the noun's owner. */
    private static List<ActorUnit> nominalOwner(SentenceView s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
            if (s.text[k].equals("'s") || s.text[k].equals("'") || s.pos[k].equals("POS")) {
                ActorUnit u = k > 0 ? s.endsAt[k - 1] : null;
                return u == null ? List.of() : Roles.coordinated(s, u);
            }
            ActorUnit u = s.endsAt[k];
            if (u != null && s.isPossessive(k)) {
                return Roles.coordinated(s, u);
            }
            if (u != null) {
                return k == noun - 1 || s.pos[k + 1].startsWith("JJ") || s.pos[k + 1].startsWith("NN")
                        ? Roles.coordinated(s, u) : List.of();
            }
            if (!(s.pos[k].startsWith("JJ") || s.pos[k].startsWith("NN") || s.pos[k].equals("HYPH"))) {
                break;
            }
        }
        // "the unveiling by the two countries of their joint project": agent before "of"
        for (int k = noun - 1; k >= 1 && k >= noun - 4; k--) {
            if (s.text[k].equals("of")) {
                ActorUnit u = s.endsAt[k - 1];
                if (u != null && Roles.governor(s, u).equals("by")) {
                    return Roles.coordinated(s, u);
                }
                break;
            }
        }
        return List.of();
    }

    private void emit(Article article, SentenceView s, Candidate c, List<ActorUnit> sources,
                      Set<String> articleCountries, Set<String> seen, List<EventMention> out) {
        Pattern p = c.match.pattern();
        CameoCode code = cameo.get(p.code());
        int scope = Math.min(c.scopeStart, c.match.trigger());
        if (p.nominal()) {
            scope = Math.min(scope, ModalityDetector.nominalClause(s, c.match.trigger()));
        }
        Modality modality = ModalityDetector.detect(s, scope, c.match.trigger());
        EventDater.Dated dated = EventDater.date(s, Math.min(c.scopeStart, c.match.trigger()), c.match.trigger(),
                article.date(), modality == Modality.FUTURE);
        if (modality == Modality.ASSERTED && dated.future() && code.root().equals("03") && !p.nominal()) {
            // "accepted an invitation to visit in May next year": the acceptance (an expressed intent, root 03)
            // happened; the future date is the intended visit's
            dated = new EventDater.Dated(article.date(), false, false);
        } else if (modality == Modality.ASSERTED && dated.future()) {
            modality = Modality.FUTURE;
        }
        int doing = p.nominal() ? StatedActs.governingVerb(s, c.match.trigger()) : c.match.trigger();
        if (doing >= 0 && StatedActs.statedIntent(s, doing, c.match.end(), c.scopeStart, modality)) {
            String intent = intents.intentOf(code.code());
            if (intent != null) {
                code = cameo.get(intent);
            }
        }
        if (!p.nominal() && modality == Modality.NEGATED && StatedActs.statedRefusal(s, c.match.trigger())) {
            String refusal = refusals.intentOf(code.code());
            if (refusal != null) {
                code = cameo.get(refusal); // "X will not accept refugees": the refusal, which did happen
                modality = Modality.ASSERTED;
            }
        }
        List<ActorUnit> targets = c.targets;
        boolean pairsSources = members(sources).size() >= 2 && (reciprocal(s) || SYMMETRIC.contains(code.code())
                || SYMMETRIC_COMPOUND.contains(code.code()));
        if (targets.isEmpty() && !pairsSources) {
            // the rest of the object phrase, a complement clause, or the doer's own people (not for "X and Y
            // met", whose sides are each other's targets)
            boolean passive = !p.nominal() && Roles.passive(s, c.match.trigger());
            targets = ObjectTargets.find(s, c.match, sources, passive);
        }
        List<ActorUnit> exclude = new ArrayList<>(sources);
        exclude.addAll(targets);
        Location location = Locator.locate(s, Math.min(c.scopeStart, c.match.trigger()), c.match.trigger(), exclude,
                articleCountries, gazetteer);
        ActorUnit reporter = Roles.saidBy(s, Math.min(c.scopeStart, c.match.trigger()), c.match.trigger());
        String saidBy = reporter == null || sources.contains(reporter) ? null : reporter.head().code();

        if (targets.isEmpty() && !pairsSources && code.root().equals("14")) {
            targets = ObjectTargets.protestTarget(s, c.match, sources, location == null ? null : location.country());
        }
        List<ActorMention> srcs = members(sources);
        List<ActorMention> tgts = members(targets);
        List<ActorMention[]> pairs = new ArrayList<>();
        boolean symmetric = SYMMETRIC.contains(code.code())
                || (!tgts.isEmpty() && SYMMETRIC_WITH_TARGET.contains(code.code()))
                || (!tgts.isEmpty() && SYMMETRIC_COMPOUND.contains(code.code()) && reciprocalIn(s, c.match));
        if (tgts.isEmpty() && srcs.size() >= 2 && (reciprocal(s) || symmetric
                || SYMMETRIC_COMPOUND.contains(code.code()))) {
            for (ActorMention a : srcs) {
                for (ActorMention b : srcs) {
                    if (a != b && !sameEntity(a, b)) {
                        pairs.add(new ActorMention[] {a, b});
                    }
                }
            }
        } else {
            for (ActorMention a : srcs) {
                if (tgts.isEmpty()) {
                    pairs.add(new ActorMention[] {a, null});
                }
                boolean paired = false;
                for (ActorMention b : tgts) {
                    if (!sameEntity(a, b)) {
                        paired = true;
                        pairs.add(new ActorMention[] {a, b});
                        if (symmetric) {
                            pairs.add(new ActorMention[] {b, a});
                        }
                    }
                }
                if (!paired && !tgts.isEmpty() && !symmetric) {
                    // every target is the doer itself ("Peru ... at the Lima talks"): the act still happened,
                    // only the self-directed dyad says nothing, so the event stays without a target
                    pairs.add(new ActorMention[] {a, null});
                }
            }
        }
        Sentence sent = s.sentence;
        for (ActorMention[] pair : pairs) {
            ActorMention a = pair[0];
            ActorMention b = pair[1];
            String key = p.code() + "|" + a.code() + "|" + (b == null ? "" : b.code());
            if (!seen.add(key)) {
                continue;
            }
            out.add(new EventMention(article.name(), article.id(), dated.date(), a.code(), b == null ? null : b.code(),
                    a.country(), b == null ? null : b.country(), code.code(), code.root(), code.quad(),
                    code.goldstein(), code.plover(), modality, sent.index(), sent.text(),
                    new Span(sent.start(), sent.end()), new Span(a.start(), a.end()), verbSpan(s, c.match),
                    b == null ? null : new Span(b.start(), b.end()), location, dated.historical(), saidBy,
                    p.origin()));
        }
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
