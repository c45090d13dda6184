package org.entente.events.rules;

import org.entente.events.context.EventDater;
import org.entente.events.context.SportContext;
import org.entente.events.matching.CandidateFinder;
import org.entente.events.matching.Pattern;
import org.entente.events.matching.RetoldActs;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoCode;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.model.Modality;
import org.entente.events.roles.Agents;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.geo.PlaceContext;
import org.entente.ingest.Article;

/**
 * The event the coder is deciding: one matched candidate in one sentence, with what the rules of the chain have
 * made of it so far (sources, code, modality, date, targets, place, dyads), the names of the rules that changed it
 * (its provenance), and the sentence's state shared by its candidates. For the sentence stage, {@link #sentence}
 * holds the events the sentence emitted.
 */
public final class Draft {
    /** What one sentence's candidates share: the article, the sentence, and what earlier candidates left. */
    public static final class Sentence {
        public final Article article;
        final SportContext sport;
        public final SentenceView s;
        final Set<String> articleCountries;
        /** The article's places so far, to choose among same-named places (one context per article). */
        final PlaceContext places;
        final RetoldActs told;
        /** Dyads already emitted in this sentence (pattern code, code, source, target). */
        final Set<String> seen = new java.util.HashSet<>();
        /** The sentence's events, in the order emitted. */
        public final List<EventMention> events = new ArrayList<>();
        /** The doer a later pronoun may mean: this sentence's last named doer, else the previous sentence's. */
        public List<ActorUnit> lastSources;
        /** When the coder is traced: the events the sentence stage's rules removed, with the rule; else null. */
        public List<Removal> removals;

        public Sentence(Article article, SportContext sport, SentenceView s, Set<String> articleCountries,
                 PlaceContext places, List<ActorUnit> carried) {
            this.article = article;
            this.sport = sport;
            this.s = s;
            this.articleCountries = articleCountries;
            this.places = places;
            this.told = new RetoldActs(s);
            this.lastSources = carried;
        }
    }

    /** An emitted event a sentence-stage rule removed (for the trace of the miss analysis). */
    public record Removal(String rule, EventMention event) {
    }

    /** One dyad of an event and the code of its source's act (the two sides of a clash act differently). */
    record Pair(ActorMention a, ActorMention b, String code) {
    }

    final Sentence sentence;
    final SentenceView s;
    /** Where the candidate's trigger is (for the candidate stage). */
    public final int at;
    CandidateFinder.Candidate c;
    public Pattern p;
    public List<ActorUnit> sources = List.of();
    CameoCode code;
    /** The event's clause starts here (its subject, or its trigger): modality, date, place, reporter are read there. */
    int clause;
    /** Where modality is read from: the clause, or for a noun the start of its noun phrase's clause. */
    int scope;
    Modality modality;
    EventDater.Dated dated;
    List<ActorUnit> targets = List.of();
    Location location;
    Agents.Report report;
    String saidBy;
    /** "X clashed with Y": a physical clash, each side acting (see {@link Rioting}). */
    boolean mutual;
    /** A clash whose coordinated sources both act: "X and Y clashed". */
    boolean clash;
    /** Coordinated sources that are each other's targets: "X and Y met". */
    boolean pairsSources;
    /** The act is mutual: each dyad also goes the other way. */
    boolean symmetric;
    /** A crowd's seizure or destruction of property is rioting (145): see {@link Rioting#byDoer}. */
    boolean crowdRiot;
    /** The sport-teams rule ran: a derived accusation between two teams is dropped as well. */
    boolean sportChecked;
    List<Pair> pairs = new ArrayList<>();
    /** For a candidate the learned proposer made (not a pattern's match): the model's probability; else -1. */
    public double proposal = -1;
    private boolean dropped;
    /** The rule or step that dropped this draft, once dropped. */
    public String droppedBy;
    private final List<String> rules = new ArrayList<>(2);

    /** A draft for the candidate at token {@code at}. */
    public Draft(Sentence sentence, int at, CandidateFinder.Candidate c) {
        this.sentence = sentence;
        this.s = sentence.s;
        this.at = at;
        this.c = c;
        this.p = c == null ? null : c.match().pattern();
    }

    int trigger() {
        return c.match().trigger();
    }

    void drop() {
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }

    void touched(String rule) {
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }

    /** The rules that changed this draft, in the order they ran. */
    List<String> rules() {
        return List.copyOf(rules);
    }

    static List<ActorMention> members(List<ActorUnit> units) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorUnit u : units) {
            out.addAll(u.members());
        }
        return out;
    }
}
