package org.entente.events;

import org.entente.events.context.ArticlePlaces;
import org.entente.events.context.Locator;
import org.entente.events.context.NearbyPlaces;
import org.entente.events.context.SportContext;
import org.entente.events.matching.CandidateFinder;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.ProposedCandidates;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.rules.CodingRules;
import org.entente.events.rules.Draft;
import org.entente.events.rules.RuleChain;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.geo.Gazetteer;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;
import org.entente.events.learn.EventProposer;
import org.entente.events.learn.RootReview;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.parse.DependencyParser;

/**
 * The standard coder: pattern dictionary + sentence-structure heuristics (no parser on this path, so it costs a
 * small fraction of POS tagging). For each token that triggers a pattern, {@link CandidateFinder} gives the most
 * specific matching pattern with its source and target; every decision after that (drop, recode, re-role, split,
 * derive, merge) is a named rule of the {@link RuleChain}, run in the order events/rules.tsv declares.
 */
public final class RuleEventCoder implements EventCoder {
    private final PatternDictionary patterns;
    private final CandidateFinder candidates;
    private final RuleChain chain;
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.standard());
    /** The learned proposer of events the patterns missed, or null when its rule is switched off. */
    private final EventProposer proposer;
    /** Told what became of every candidate, for the miss analysis; null when not traced. */
    private volatile CandidateTrace trace;

    /**
     * What became of one candidate of a sentence: {@code fate} is "emitted", or the name of the rule or step that
     * dropped it (a candidate-stage or event-stage drop, or a sentence-stage rule that removed the emitted event,
     * then prefixed "removed:"). {@code token} is the trigger's index in the sentence.
     */
    public interface CandidateTrace {
        void fate(Article article, int sentence, int token, String code, boolean proposed, String fate);
    }

    /** Traces every candidate's fate to {@code t} from now on (the miss analysis; slower, not for production). */
    public RuleEventCoder traced(CandidateTrace t) {
        this.trace = t;
        return this;
    }

    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo) {
        this(patterns, cameo, Set.of());
    }

    /** A coder without the rules named in {@code off} (for the ablation); fails naming an unknown rule. */
    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo, Set<String> off) {
        this(patterns, cameo, off, off.containsAll(Set.of(EventProposer.RULE, RootReview.RULE)) ? null
                : EventProposer.standard(patterns));
    }

    /** As {@link #RuleEventCoder(PatternDictionary, CameoTable, Set)} with a given proposer (its trainer's). */
    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo, Set<String> off, EventProposer proposer) {
        this.patterns = patterns;
        this.chain = RuleChain.load(new CodingRules(cameo, resolver, proposer).all(), off);
        this.candidates = new CandidateFinder(patterns, chain.isOn(CandidateFinder.REPORTED_CONTENT));
        this.proposer = chain.isOn(EventProposer.RULE) ? proposer : null;
    }

    public PatternDictionary patterns() {
        return patterns;
    }

    public RuleChain chain() {
        return chain;
    }

    @Override
    public List<EventMention> code(Document doc, List<ActorMention> actors) {
        Article article = doc.article();
        SportContext sport = SportContext.of(article); // "England beat France": teams, not states
        Set<String> articleCountries = new HashSet<>();
        for (ActorMention m : actors) {
            if (m.country() != null) {
                articleCountries.add(m.country());
            }
        }
        PlaceContext places = ArticlePlaces.context(article, actors, resolver);
        List<EventMention> out = new ArrayList<>();
        List<ActorUnit> lastSources = List.of();
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : actors) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, List<Location>> named = new HashMap<>();
        for (int i = 0; i < doc.sentenceCount(); i++) {
            List<ActorMention> here = bySentence.get(i);
            if (here == null) {
                // a sentence without actors is untagged (the pipeline tags only where actors are, and beside them
                // where a place may be named), and a place is read from tags
                if (doc.isTagged(i)) {
                    List<Location> placesHere = Locator.named(new SentenceView(doc.sentence(i), List.of()), places,
                            resolver);
                    if (!placesHere.isEmpty()) {
                        named.put(i, placesHere);
                    }
                }
                continue;
            }
            SentenceView s = new SentenceView(doc.sentence(i), here);
            List<Location> placesHere = Locator.named(s, places, resolver);
            if (!placesHere.isEmpty()) {
                named.put(i, placesHere);
            }
            if (s.units.isEmpty()) {
                continue;
            }
            Draft.Sentence coding = new Draft.Sentence(article, sport, s, articleCountries, places, lastSources);
            if (trace != null) {
                coding.removals = new ArrayList<>();
            }
            codeSentence(coding);
            if (s.parse != null) {
                doc.put(DependencyParser.PARSES, i, s.parse); // kept with the document: no sentence is parsed twice
            }
            lastSources = coding.lastSources;
            out.addAll(coding.events);
        }
        return NearbyPlaces.fill(out, named, places.dateline());
    }

    /** Every candidate of the sentence through the candidate and event stages, then the sentence's events. */
    private void codeSentence(Draft.Sentence coding) {
        SentenceView s = coding.s;
        boolean[] consumed = new boolean[s.size()];
        boolean[] coded = new boolean[s.size()]; // the words of candidates that became events
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
            Draft d = new Draft(coding, i, c);
            d.sources = c.sources();
            int before = coding.events.size();
            if (chain.run(RuleChain.Stage.CANDIDATE, d)) {
                chain.run(RuleChain.Stage.EVENT, d);
            }
            if (coding.events.size() > before) {
                for (int w : c.match().words()) {
                    coded[w] = true;
                }
            }
            traceFate(coding, d, coding.events.size() > before, false);
        }
        if (proposer != null) {
            propose(coding, coded);
        }
        chain.run(RuleChain.Stage.SENTENCE, new Draft(coding, -1, null));
        if (trace != null) {
            for (Draft.Removal r : coding.removals) {
                trace.fate(coding.article, s.sentence.index(), -1, r.event().code(), false, "removed:" + r.rule());
            }
        }
    }

    private void traceFate(Draft.Sentence coding, Draft d, boolean emitted, boolean proposed) {
        if (trace != null) {
            String fate = emitted ? "emitted" : d.droppedBy == null ? "no dyad" : d.droppedBy;
            trace.fate(coding.article, coding.s.sentence.index(), d.at, d.p.code(), proposed, fate);
        }
    }

    /**
     * The learned proposer's events for the words no emitted event came from (no pattern matched there, or the rules
     * dropped the candidate), each through the candidate and event stages
     * like a pattern's candidate (so modality, date, place, reporter, dyads and evidence come from the same rules).
     */
    private void propose(Draft.Sentence coding, boolean[] coded) {
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < coded.length; i++) {
            if (coded[i]) {
                taken.add(i);
            }
        }
        Set<String> told = new HashSet<>();
        for (EventMention e : coding.events) {
            told.add(e.root());
        }
        List<ActorUnit> carried = coding.lastSources; // a proposal's doer is no antecedent for the next sentence
        for (EventProposer.Proposal p : proposer.propose(coding.article, coding.s, taken, told)) {
            CandidateFinder.Candidate c = ProposedCandidates.candidate(coding.s, p);
            Draft d = new Draft(coding, p.trigger(), c);
            d.sources = c.sources();
            d.proposal = p.probability();
            int before = coding.events.size();
            if (chain.run(RuleChain.Stage.CANDIDATE, d)) {
                chain.run(RuleChain.Stage.EVENT, d);
            }
            traceFate(coding, d, coding.events.size() > before, true);
        }
        coding.lastSources = carried;
    }
}
