package org.entente.events;

import java.util.List;
import java.util.Set;

/**
 * Turns a trigger word into a candidate event: the most specific pattern that matches there, as a verb or as a
 * noun, with source and target found from the sentence's structure (the verb's subject or passive agent; the
 * noun's owner; the object phrase when the pattern names no target). The coder then decides whether the
 * candidate is a new act ({@link RetoldActs}) and emits it.
 */
final class CandidateFinder {
    private static final Set<String> OBJECT_PREP = Set.of("to", "with", "against", "on", "by", "from", "for",
            "toward", "towards", "of", "into", "over");

    /**
     * A pattern match with its roles resolved.
     *
     * @param scopeStart first token of the event's clause (for modality, date, place and reporter)
     * @param pronoun    token index of an unresolved pronoun subject, else -1
     */
    record Candidate(PatternMatcher.Match match, List<ActorUnit> sources, List<ActorUnit> targets,
                     int scopeStart, int pronoun) {
    }

    private final PatternDictionary patterns;

    CandidateFinder(PatternDictionary patterns) {
        this.patterns = patterns;
    }

    /**
     * The event the token at {@code i} triggers, with its roles, or null. A word is tried as a verb first where
     * the tagger or the context allows a verb reading, then as a noun.
     */
    Candidate best(SentenceView s, int i) {
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
        boolean passive = Voice.passive(s, i);
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
                sources = Agents.adjunctSubject(s, i);
            }
            List<ActorUnit> targets = m.targets();
            if (usedImplicit) {
                if (passive) {
                    targets = subj.units();
                    sources = m.agents().isEmpty() ? Agents.lateAgent(s, m.end()) : m.agents();
                } else {
                    targets = List.of(subj.antecedent());
                }
            } else if (passive && !m.agents().isEmpty()) {
                sources = m.agents();
            } else if (passive && subj.units().isEmpty()) {
                // "the prisoners were released yesterday by the president himself": the agent after a time word
                List<ActorUnit> agent = Agents.lateAgent(s, m.end());
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
