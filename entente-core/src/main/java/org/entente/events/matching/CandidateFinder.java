package org.entente.events.matching;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.roles.Agents;
import org.entente.events.roles.ControlVerbs;
import org.entente.events.roles.CrowdSource;
import org.entente.events.roles.Instruments;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.ParseTargets;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.TopicNouns;
import org.entente.events.syntax.VerbForms;
import org.entente.events.syntax.Voice;

import java.util.List;
import java.util.Set;

/**
 * Turns a trigger word into a candidate event: the most specific pattern that matches there, as a verb or as a
 * noun, with source and target found from the sentence's structure (the verb's subject or passive agent; the
 * noun's owner; the object phrase when the pattern names no target). The coder then decides whether the
 * candidate is a new act ({@link RetoldActs}) and emits it.
 */
public final class CandidateFinder {
    private static final Set<String> OBJECT_PREP = Lexicon.words("candidate-finder.object-prep");

    /**
     * A pattern match with its roles resolved.
     *
     * @param scopeStart first token of the event's clause (for modality, date, place and reporter)
     * @param pronoun    token index of an unresolved pronoun subject, else -1
     */
    public record Candidate(PatternMatcher.Match match, List<ActorUnit> sources, List<ActorUnit> targets,
                     int scopeStart, int pronoun) {
    }

    /** The verb whose 02 patterns a "want" with an object and an infinitive is read by. */
    private static final String URGE = "urge";
    /** Provenance prefix of an appeal read from "want", followed by the urging pattern that chose its code. */
    public static final String WANT_RULE = "rule:want-as-urge<-";

    /**
     * The rule of the chain (events/rules.tsv) that reads a report verb's clause for what it says
     * ({@link ReportedContent}); it runs here, where the candidate is found, and {@code --without} switches it off.
     */
    public static final String REPORTED_CONTENT = "reported-content";

    private final PatternDictionary patterns;
    /** Whether {@link #REPORTED_CONTENT} is on. */
    private final boolean reportedContent;

    public CandidateFinder(PatternDictionary patterns) {
        this(patterns, true);
    }

    /** A finder with or without the reported-content rule (the ablation switches it off). */
    public CandidateFinder(PatternDictionary patterns, boolean reportedContent) {
        this.patterns = patterns;
        this.reportedContent = reportedContent;
    }

    /**
     * The event the token at {@code i} triggers, with its roles, or null. A word is tried as a verb first where
     * the tagger or the context allows a verb reading, then as a noun.
     */
    public Candidate best(SentenceView s, int i) {
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
        // a participle between an article or number and the people it describes ("the two exiled dissidents"): no verb
        boolean attributive = VerbForms.attributive(s, i);
        boolean parsedNoun = false;
        Candidate ownedAct = null;
        Candidate verbReading = null;
        if ((!s.isNoun(i) || verbContext) && !compoundTail && !attributive && !pos.equals("DT") && !pos.equals("IN")
                && !pos.equals("PRP")) {
            List<Pattern> verbs = patterns.verbPatterns(w, l, s);
            Candidate c = verbCandidate(s, i, verbs);
            // "the Kenyan reforms yielded growth": a verb pattern's word that the parse reads as a noun in a noun's
            // place (subject, object, owner) is the noun; its noun patterns are tried instead
            if (c != null && !c.match().pattern().nominal() && WordSenses.parsedAsNoun(s, i)) {
                parsedNoun = true;
                verbReading = c;
                // "the Pope's appeal for peace": a noun with an owner is the owner's act; if no noun pattern takes
                // it, the verb pattern's reading stands
                ownedAct = WordSenses.owned(s, i) ? c : null;
                c = null;
            }
            if (c != null) {
                return c;
            }
            c = parsedNoun ? null : wantedAppeal(s, i);
            if (c != null) {
                return c;
            }
            c = !reportedContent ? null : ReportedContent.candidate(s, i,
                    act -> verbCandidate(s, act, patterns.verbPatterns(s.text[act], s.lemma[act], s)),
                    act -> patternRoot(s.text[act], s.lemma[act]));
            if (c != null) {
                return c;
            }
        }
        boolean nounContext = parsedNoun || i == 0 || !s.isVerb(i) || s.pos[i - 1].equals("DT")
                || s.pos[i - 1].startsWith("JJ") || s.isPossessive(i - 1) || s.endsAt[i - 1] != null;
        if (nounContext && !pos.equals("MD")) {
            List<Pattern> nouns = patterns.nounPatterns(w, l, s);
            Candidate c = nounCandidate(s, i, nouns);
            if (c != null && verbReading != null && root(c).equals(root(verbReading))) {
                // the noun reading is an act of the same root ("talks with Peru"): the word was no other sense, and
                // the verb pattern's code and roles stand
                return verbReading;
            }
            return c == null ? ownedAct : c;
        }
        return ownedAct;
    }

    private static String root(Candidate c) {
        String code = c.match().pattern().code();
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    private Candidate verbCandidate(SentenceView s, int i, List<Pattern> list) {
        if (list.isEmpty()) {
            return null;
        }
        // the parse is asked for only once a pattern matches: most verbs with patterns match none, and the parse
        // changes only the subject's actors, never its antecedent, which the matching reads
        Roles.Subject heuristic = Roles.verbSubject(s, i);
        Roles.Subject subj = null;
        boolean passive = Voice.passive(s, i);
        boolean implicit = passive || heuristic.antecedent() != null;
        int head = Voice.subjectHead(s, i);
        for (Pattern p : list) {
            PatternMatcher.Match m = PatternMatcher.match(s, p, i, false, passive, head);
            boolean usedImplicit = false;
            if ((m == null || (passive && m.targets().isEmpty())) && implicit && p.hasTarget()) {
                PatternMatcher.Match alt = PatternMatcher.match(s, p, i, true, passive, head);
                if (alt != null) {
                    m = alt;
                    usedImplicit = true;
                }
            }
            if (m == null) {
                continue;
            }
            if (subj == null) {
                subj = ParseRoles.verbSubject(s, i, heuristic);
            }
            List<ActorUnit> sources = subj.units();
            if (sources.isEmpty() && subj.pronoun() < 0) {
                sources = Agents.adjunctSubject(s, i);
            }
            if (p.receiverSubject()) {
                // "X received weapons from Y" ('$' in a verb pattern): an act of Y's told from the side of X, who
                // is the subject; a passive ("weapons were received from Y") names no receiver
                if (passive) {
                    continue;
                }
                List<ActorUnit> receiver = subj.pronoun() >= 0 ? Roles.resolvePronoun(s, subj.pronoun(), null)
                        : sources;
                return new Candidate(m, m.sources(), receiver, subj.scopeStart(), -1);
            }
            List<ActorUnit> targets = m.targets();
            boolean objectBefore = head >= 0 && m.words().contains(head);
            if (objectBefore) {
                // "the Israeli bus was blown up by X": the pattern's object is the subject; the actor in its noun
                // phrase is the target, or, for a weapon used in an earlier passive ("X was hit by a missile fired
                // by Y"), the target of that act
                List<ActorUnit> patient = Instruments.patientOf(s, head);
                targets = patient.isEmpty() ? owner(s, head) : patient;
                sources = m.agents().isEmpty() ? Agents.lateAgent(s, m.end()) : m.agents();
            } else if (usedImplicit) {
                if (passive) {
                    targets = subj.units();
                    sources = m.agents().isEmpty() ? Agents.lateAgent(s, m.end()) : m.agents();
                } else {
                    targets = List.of(subj.antecedent());
                }
            } else if (passive && !m.agents().isEmpty()) {
                sources = m.agents();
            } else if (passive && !p.hasTarget() && !subj.units().isEmpty()
                    && !Agents.lateAgent(s, m.end()).isEmpty()) {
                // "Syrian rebels were given weapons by X": with its agent named, the subject of a passive is the one
                // acted upon (without one it may be a state: "X is committed to ...", and stays the doer)
                targets = subj.units();
                sources = Agents.lateAgent(s, m.end());
            } else if (passive && subj.units().isEmpty()) {
                // "the prisoners were released yesterday by the president himself": the agent after a time word
                List<ActorUnit> agent = Agents.lateAgent(s, m.end());
                if (!agent.isEmpty()) {
                    sources = agent;
                }
            }
            if (objectBefore && targets.isEmpty() && Voice.reducedRelative(s, i)) {
                // "the return of property seized by X": a thing named by what was done to it, with no actor it was
                // done to, describes the thing; it does not report an act
                continue;
            }
            if (passive && (objectBefore || usedImplicit) && sources.isEmpty() && !targets.isEmpty()) {
                // "X was shot down by a missile (fired by Y)": the weapon's user, else a doer the text does not name
                Instruments.Instrument w = Instruments.after(s, m.end());
                if (w != null && !w.doers().isEmpty()) {
                    sources = w.doers();
                } else if (w != null && Instruments.subjectPhrase(s, targets.get(targets.size() - 1), i)) {
                    sources = List.of(Instruments.unnamed(s, w, targets.get(0).head()));
                }
            }
            if (objectBefore && sources.isEmpty()) {
                // "the embargo was imposed in the aftermath of X's crackdown": no doer is named, so no event; the
                // words after the verb stay free for one
                continue;
            }
            if (targets.isEmpty() && !p.hasTarget() && !passive) {
                targets = objectTarget(s, m, sources);
            }
            if (targets.isEmpty() && !passive && !objectBefore && !usedImplicit) {
                targets = ParseTargets.objectActors(s, patterns, m, sources); // "sanctions targeting X's exports"
            } else if (targets.isEmpty() && passive && !objectBefore && !sources.isEmpty()) {
                targets = ParseTargets.modifiedNoun(s, m, sources); // "the civilians killed by X"
            }
            boolean noPronoun = passive && (usedImplicit || objectBefore);
            if (!passive) {
                targets = ParseRoles.objectTargets(s, patterns, m, targets); // "condemned the shelling of X's ..."
            }
            return new Candidate(m, sources, targets, subj.scopeStart(), noPronoun ? -1 : subj.pronoun());
        }
        return null;
    }

    /** The CAMEO root every verb pattern of the word shares ("recognise" -> 05), or null (none, or several). */
    private String patternRoot(String form, String lemma) {
        String root = null;
        for (List<Pattern> list : List.of(patterns.verbPatterns(form), patterns.verbPatterns(lemma))) {
            for (Pattern p : list) {
                String r = p.code().substring(0, 2);
                if (root != null && !root.equals(r)) {
                    return null;
                }
                root = r;
            }
        }
        return root;
    }

    /**
     * "X wants Y to attack Z": X appealing to Y, coded as "X urges Y to attack Z" is, by the first 02 pattern of
     * an urging verb that matches (the act Y is asked for chooses 021, 023, ..., else 020). Only when the act is
     * itself an event of the dictionary: "wants Y to head back" appeals for nothing CAMEO codes.
     */
    private Candidate wantedAppeal(SentenceView s, int i) {
        int act = ControlVerbs.wantedAct(s, i);
        if (act < 0 || verbCandidate(s, act, patterns.verbPatterns(s.text[act], s.lemma[act], s)) == null) {
            return null;
        }
        for (Pattern p : patterns.verbPatterns(URGE, URGE, s)) {
            if (!CameoTable.standard().has(p.code(), CodeTrait.APPEAL) || !p.hasTarget()) {
                continue;
            }
            PatternMatcher.Match m = PatternMatcher.matchAs(s, p, i);
            if (m == null || m.targets().isEmpty()) {
                continue;
            }
            Pattern as = new Pattern(p.code(), p.elements(), false, WANT_RULE + p.origin(), p.text(),
                    p.specificity(), p.rank());
            m = new PatternMatcher.Match(as, m.trigger(), m.end(), m.targets(), m.sources(), m.agents(), m.words());
            Roles.Subject subj = Roles.verbSubject(s, i);
            return new Candidate(m, subj.units(), m.targets(), subj.scopeStart(), subj.pronoun());
        }
        return null;
    }

    /**
     * "An Israeli bus", "the Russian embassy's car": the actor inside the noun phrase that ends at the common noun
     * {@code head}, reached over determiners, adjectives, numbers and nouns; empty if none.
     */
    private static List<ActorUnit> owner(SentenceView s, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 6; k--) {
            ActorUnit u = s.endsAt[k];
            if (u != null) {
                return Coordination.coordinated(s, u);
            }
            if (s.covering[k] != null || !(s.isNounPhraseFiller(k) && !s.is(k, "of") || s.text[k].isEmpty())) {
                return List.of();
            }
        }
        return List.of();
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
            if (m.targets().isEmpty() && m.sources().isEmpty() && TopicNouns.modifier(s, i, m.end())) {
                return null; // "asylum seekers", "arrest powers": a kind of person or rule, not an act
            }
            List<ActorUnit> sources = m.sources();
            int scopeStart = i;
            int pronoun = -1;
            if (sources.isEmpty() && TopicNouns.governedAsTopic(s, i)) {
                return null; // "the party opposes house arrests": the subject takes a stance, not the act
            }
            if (sources.isEmpty()) {
                sources = nominalOwner(s, i);
            }
            if (sources.isEmpty()) {
                sources = CrowdSource.quantityOf(s, i); // "thousands of Kenyan farmers marched"
            }
            if (sources.isEmpty()) {
                if (m.targets().isEmpty() && TopicNouns.subjectOfOwnClause(s, m.end())) {
                    return null; // "they say his pledges are worthless": not the sayer's pledges
                }
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
                return u == null ? List.of() : Coordination.coordinated(s, u);
            }
            ActorUnit u = s.endsAt[k];
            if (u != null && s.isPossessive(k)) {
                return Coordination.coordinated(s, u);
            }
            if (u != null) {
                return k == noun - 1 || s.pos[k + 1].startsWith("JJ") || s.pos[k + 1].startsWith("NN")
                        ? Coordination.coordinated(s, u) : List.of();
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
                    return Coordination.coordinated(s, u);
                }
                break;
            }
        }
        return List.of();
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
                return Coordination.coordinated(s, u);
            }
        }
        for (int k = m.end(); k < s.size() && k <= m.end() + 5; k++) {
            ActorUnit u = s.startsAt[k];
            if (u != null) {
                return sources.contains(u) ? List.of() : Coordination.coordinated(s, u);
            }
            if (s.covering[k] != null || !(s.isNounPhraseFiller(k) || OBJECT_PREP.contains(s.text[k]))) {
                return List.of();
            }
        }
        return List.of();
    }
}
