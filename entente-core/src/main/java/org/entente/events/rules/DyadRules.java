package org.entente.events.rules;

import org.entente.events.context.EventDater;
import org.entente.events.context.ModalityDetector;
import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.model.DerivedEvents;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.text.Sentence;

/**
 * The rules and steps of the chain that turn a decided event into dyads and event mentions (events/rules.tsv,
 * from mutual-codes to reported-charge): which way a mutual act goes, a crowd's riot, the pairing of sources and
 * targets, sport reports, emitting, and the accusation derived from a reported act (events/derived.tsv).
 */
final class DyadRules {
    /** Acts one party does to a pact both signed: "X ratified its agreement with Y" is X's act alone. */
    private static final Set<String> ONE_SIDED = Lexicon.forms("dyad-rules.one-sided");
    private static final Set<String> RECIPROCAL_CUES = Lexicon.words("dyad-rules.reciprocal-cues");

    private final CameoTable cameo;
    private final DerivedEvents derived = DerivedEvents.standard();

    DyadRules(CameoTable cameo) {
        this.cameo = cameo;
    }

    /**
     * Mutual acts go both ways: by meaning (talks, negotiations), with a named partner (signing, cooperation; not
     * "X ratified its agreement with Y"), or for a consultation with a reciprocal word in the match. "X met Y" is
     * coded in the direction the text gives, as both gold sets do.
     */
    boolean mutualCodes(Draft d) {
        boolean withTargets = !Draft.members(d.targets).isEmpty();
        d.symmetric = d.code.has(CodeTrait.MUTUAL)
                || (withTargets && d.code.has(CodeTrait.MUTUAL_WITH_TARGET)
                    && !ONE_SIDED.contains(d.s.text[d.trigger()]))
                || (withTargets && d.code.has(CodeTrait.MUTUAL_COMPOUND) && reciprocalIn(d.s, d.c.match()));
        return d.symmetric;
    }

    /** The dyads: sources to targets (and back for a mutual act or clash), or coordinated sources to each other. */
    boolean pair(Draft d) {
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
    private String byDoer(Draft d, String code, ActorMention doer) {
        if (!d.crowdRiot) {
            return code;
        }
        String own = Rioting.byDoer(cameo, code, doer);
        if (!own.equals(code)) {
            d.touched("crowd-riot");
        }
        return own;
    }

    /** A game or show report: "England beat France" is no assault. */
    boolean sportTeams(Draft d) {
        d.sportChecked = true;
        String text = d.s.sentence.text();
        d.pairs.removeIf(pair -> pair.code() != null && d.sentence.sport.teamsOnly(text, pair.a(), pair.b()));
        return false;
    }

    /** One event mention per dyad not yet emitted in the sentence. */
    boolean emit(Draft d) {
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
    boolean reportedCharge(Draft d) {
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


    /** "X and Y clashed": the sources are each other's sides when any two of them both act. */
    static boolean mutualSources(List<ActorMention> srcs) {
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

    static boolean reciprocal(SentenceView s) {
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
