package org.entente.events;

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

    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo) {
        this(patterns, cameo, Set.of());
    }

    /** A coder without the rules named in {@code off} (for the ablation); fails naming an unknown rule. */
    public RuleEventCoder(PatternDictionary patterns, CameoTable cameo, Set<String> off) {
        this.patterns = patterns;
        this.candidates = new CandidateFinder(patterns);
        this.chain = RuleChain.load(new CodingRules(cameo, resolver).all(), off);
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
            SentenceView s = new SentenceView(doc.sentence(i), here == null ? List.of() : here);
            List<Location> placesHere = Locator.named(s, places, resolver);
            if (!placesHere.isEmpty()) {
                named.put(i, placesHere);
            }
            if (here == null || s.units.isEmpty()) {
                continue;
            }
            Draft.Sentence coding = new Draft.Sentence(article, sport, s, articleCountries, places, lastSources);
            codeSentence(coding);
            if (s.parse != null) {
                doc.put(DependencyParser.PARSES, i, s.parse); // kept with the document: no sentence is parsed twice
            }
            lastSources = coding.lastSources;
            out.addAll(coding.events);
        }
        return NearbyPlaces.fill(out, named);
    }

    /** Every candidate of the sentence through the candidate and event stages, then the sentence's events. */
    private void codeSentence(Draft.Sentence coding) {
        SentenceView s = coding.s;
        boolean[] consumed = new boolean[s.size()];
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
            if (chain.run(RuleChain.Stage.CANDIDATE, d)) {
                chain.run(RuleChain.Stage.EVENT, d);
            }
        }
        chain.run(RuleChain.Stage.SENTENCE, new Draft(coding, -1, null));
    }
}
