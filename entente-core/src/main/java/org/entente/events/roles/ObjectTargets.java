package org.entente.events.roles;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * Targets that the slot and the short object search of {@link org.entente.events.RuleEventCoder} miss, found in the rest of the
 * event's object phrase. Three shapes, each a rule of English or of coding practice, not of one sentence:
 * <ul>
 * <li>the subject of a complement clause: "demanded that X withdraw" (demands, appeals) and the condition of a
 * threat, "threatened to walk out unless X agrees" — the one who must act is the target;</li>
 * <li>a named actor reached through the object's own prepositional phrases: "mobilized reservists for a war
 * against X", "withdraw its troops from neighbouring X";</li>
 * <li>the doer's own people: an unnamed group or office as object ("accepted demands from rebels", "the removal
 * of the president"), or a place of the doer's own country after a place preposition ("imposed a curfew in the
 * town of C"). CAMEO practice (and the PLOVER gold) codes such events X&gt;X: a domestic recipient is the doer's
 * country. Only when the doer has one known country.</li>
 * </ul>
 * Only consulted when the event has no target yet, so it never overrides a slot or the nearer search.
 */
public final class ObjectTargets {
    /** Prepositions that make their object the one an act is aimed at ("war against X", "talks with X"). */
    private static final Set<String> DIRECTIONAL = Lexicon.words("object-targets.directional");
    /** Prepositions that put their object in a place: a location, a target only when it is the doer's own. */
    private static final Set<String> LOCATIVE = Lexicon.words("object-targets.locative");
    private static final Set<String> PLACE_KINDS = Lexicon.words("object-targets.place-kinds");
    /** Words that end the object phrase: a new clause or adjunct begins. */
    private static final Set<String> STOP = Lexicon.words("object-targets.stop");
    /** How far past the match the object phrase is followed. */
    private static final int REACH = 12;

    private ObjectTargets() {
    }

    /**
     * The target of the event {@code m} done by {@code sources}, from its complement clause or object phrase;
     * empty when none is found. {@code passive}: a passive verb has no object phrase after it.
     */
    public static List<ActorUnit> find(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources, boolean passive) {
        return find(s, m, sources, passive, null);
    }

    /**
     * As {@link #find(SentenceView, PatternMatcher.Match, List, boolean)}, with the country of the place the event
     * happens in ({@code placeCountry}, from the clause; null if none): an unnamed office or group the act is done
     * to belongs to that country when it is not the doer's ("Russian troops entered the Georgian town and arrested
     * the mayor": Georgia's mayor). A doer acting abroad acts on the people there; at home, or with no place
     * named, on its own.
     */
    public static List<ActorUnit> find(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources, boolean passive,
                                       String placeCountry) {
        CameoCode code = CameoTable.standard().get(m.pattern().code());
        String doers = ownCountry(sources);
        String own = localCountry(doers, placeCountry);
        if (code.has(CodeTrait.ASKS) || code.has(CodeTrait.CONDITIONAL)) {
            List<ActorUnit> t = clauseSubject(s, m, code.has(CodeTrait.CONDITIONAL), sources, own);
            if (!t.isEmpty()) {
                return t;
            }
        }
        if (passive) {
            return List.of();
        }
        List<ActorUnit> t = objectPhrase(s, m, sources, own, doers);
        return t.isEmpty() ? controller(s, m, sources, own) : t;
    }

    private static final Set<String> MISSIONS = Lexicon.words("object-targets.missions");

    /** Verbs whose object is the one made or let to act: "ordered the paper to suspend publication". */
    private static final Set<String> CONTROL = Lexicon.forms("object-targets.control");


    /**
     * Object control: in "A ordered B to V" the event of V is done by A (the subject search already says so) to B,
     * the object between the control verb and "to". B is a named actor or one of the doer's own people.
     */
    private static List<ActorUnit> controller(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources,
                                              String own) {
        int k = m.trigger() - 1;
        while (k >= 0 && s.covering[k] == null && s.pos[k].startsWith("RB")) {
            k--;
        }
        if (k < 2 || !s.is(k, "to")) {
            return List.of();
        }
        ActorUnit named = null;
        ActorMention role = null;
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
            if (s.covering[j] != null) {
                named = s.covering[j];
                j = named.first();
                continue;
            }
            ActorMention r = RoleWords.roleEndingAt(s, j);
            if (r != null) {
                role = r;
                j = r.firstToken();
                continue;
            }
            if (s.isVerb(j) && (CONTROL.contains(s.text[j]) || CONTROL.contains(s.lemma[j]))) {
                if (named != null && !isSource(named, sources)) {
                    return Coordination.coordinated(s, named);
                }
                return role != null && named == null && own != null && RoleWords.aimedAt(s, role.firstToken(), role)
                        && !RoleWords.ownedElsewhere(s, role)
                        ? RoleWords.domestic(role, own, sources) : List.of();
            }
            if (!(s.isNounPhraseFiller(j) || hyphen(s, j))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Protests are aimed at the authorities of the place they happen in; without a stated place, at those of the
     * protesters' own country (CAMEO practice; every protest in the PLOVER gold has a target). {@code placeCountry}
     * is the event's located country, or null.
     */
    public static List<ActorUnit> protestTarget(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources,
                                         String placeCountry) {
        // "protested outside the Russian embassy": a foreign mission protested at stands for its government
        for (int k = m.trigger() + 1; k < s.size() && k <= m.trigger() + 12; k++) {
            if (s.isHardBoundary(k) || s.text[k].equals(",")) {
                break;
            }
            ActorUnit u = s.covering[k];
            if (u != null && MISSIONS.contains(s.text[u.last()]) && !isSource(u, sources)) {
                return List.of(u);
            }
        }
        String country = placeCountry;
        if (country == null) {
            // "rioted at a jail in northern C": a place deeper in the phrase than the locator looks
            List<ActorUnit> place = CrowdSource.protestPlace(s, m.trigger());
            country = place.isEmpty() ? ownCountry(sources) : place.get(0).head().country();
        }
        if (country == null) {
            return List.of();
        }
        ActorMention h = sources.get(0).head();
        int t = m.trigger();
        ActorMention gov = new ActorMention(h.sentence(), s.tokens.get(t).start(), s.tokens.get(t).end(), t, t,
                s.tokens.get(t).text(), country + "GOV", country, "GOV", "country:" + country + ":GOV", "implied",
                0.5, "protest without named target: the authorities of " + country);
        return List.of(new ActorUnit(t, t, List.of(gov)));
    }

    /**
     * Whose an unnamed office or group the act is aimed at is: the country of the place the act happens in when
     * that is not the doer's own (the doer is foreign there, or an organisation or several countries act), else
     * the doer's ({@code own}, may be null).
     */
    static String localCountry(String own, String placeCountry) {
        return placeCountry != null && !placeCountry.equals(own) ? placeCountry : own;
    }

    /** The one country all the doers belong to, or null (none known, an organisation, or several). */
    static String ownCountry(List<ActorUnit> sources) {
        String c = null;
        for (ActorUnit u : sources) {
            for (ActorMention a : u.members()) {
                if (a.country() == null || (c != null && !c.equals(a.country()))) {
                    return null;
                }
                c = a.country();
            }
        }
        return c;
    }

    /**
     * "demanded (today) that X ...", "threatened to ... unless X ...": the actor that opens the complement or
     * condition clause. For demands the clause must follow the match closely; for threats the condition may
     * close a longer infinitive ("threatened to stop the talks on arms if X ...").
     */
    private static List<ActorUnit> clauseSubject(SentenceView s, PatternMatcher.Match m, boolean condition,
                                                 List<ActorUnit> sources, String own) {
        int limit = Math.min(s.size() - 1, m.end() + (condition ? 14 : 3));
        for (int k = m.trigger() + 1; k <= limit; k++) {
            if (s.isHardBoundary(k) || s.is(k, ",")) {
                return List.of();
            }
            boolean opens = condition ? (s.is(k, "if") || s.is(k, "unless")) : s.is(k, "that") && k >= m.end() - 1;
            if (!opens) {
                continue;
            }
            int j = k + 1;
            while (j < s.size() && s.covering[j] == null && s.roleAt[j] == null
                    && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ"))) {
                j++;
            }
            if (j >= s.size()) {
                return List.of();
            }
            if (s.startsAt[j] != null) {
                ActorUnit u = s.startsAt[j];
                return isSource(u, sources) ? List.of() : Coordination.coordinated(s, u);
            }
            if (s.roleAt[j] != null && own != null && !RoleWords.ownedElsewhere(s, s.roleAt[j])) {
                ActorMention r = s.roleAt[j];
                int after = r.lastToken() + 1;
                if (after < s.size() && (s.isVerb(after) || s.pos[after].equals("MD"))) {
                    return RoleWords.domestic(r, own, sources);
                }
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * Follows the object phrase from the trigger through the match's gaps and on past its end over noun-phrase
     * words, prepositions, participles and one purpose infinitive ("opened fire to disperse demonstrators"),
     * stopping at a comma, a finite verb or a new clause.
     */
    private static List<ActorUnit> objectPhrase(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources,
                                                String own, String doers) {
        int limit = Math.min(s.size(), m.end() + REACH);
        boolean purpose = false;
        // a place can only qualify an object the act has: "imposed a curfew in C", not "surrendered in C"; a
        // nominal trigger is its own object ("the curfew imposed in C")
        // (the coarse tagger may call a noun JJ: "a curfew" -> JJ; so: any matched word that is no verb or particle)
        boolean hasObject = m.pattern().nominal() || m.words().stream().anyMatch(w -> w != m.trigger() && !s.isVerb(w)
                && !s.isPreposition(w) && !s.pos[w].equals("RP") && !s.pos[w].equals("TO") && !s.is(w, "to"));
        // past a reduced relative ("techniques used against X") the phrase's actors belong to that participle
        boolean relative = false;
        for (int k = m.trigger() + 1; k < limit; k++) {
            boolean inMatch = k < m.end();
            ActorUnit u = s.covering[k];
            if (u != null) {
                if (!isSource(u, sources)) {
                    // (a named place is its people's only in the doers' own country: "signed a deal in C" abroad is no
                    // act on C's civilians)
                    ActorUnit hit = namedObject(s, u, doers, hasObject, relative);
                    if (hit != null) {
                        return hit == u ? Coordination.coordinated(s, u) : List.of(hit);
                    }
                    if (!inMatch) {
                        return List.of(); // another named actor: a location or a modifier, not ours to guess
                    }
                }
                k = u.last();
                continue;
            }
            ActorMention r = s.roleAt[k];
            if (r != null && RoleWords.aimedAt(s, k, r) && !RoleWords.agentOfNoun(s, k) && !relative) {
                ActorUnit linked = RoleWords.linkedPlace(s, r.lastToken() + 1);
                if (linked != null) {
                    // "rebels in C", "the government of C": the named place says whose they are
                    return isSource(linked, sources) ? List.of() : List.of(RoleWords.roleOf(r, linked));
                }
                // a visit goes abroad: "visited a university" is not the visitor's own university
                return own == null || RoleWords.ownedElsewhere(s, r)
                        || CameoTable.standard().has(m.pattern().code(), CodeTrait.MEETING_PLACE)
                        ? List.of() : RoleWords.domestic(r, own, sources);
            }
            if (r != null) {
                k = r.lastToken();
                continue;
            }
            if (inMatch) {
                continue;
            }
            String w = s.text[k];
            if (s.isHardBoundary(k) || w.equals(",") || STOP.contains(w) || s.isReporting(k)) {
                return List.of();
            }
            if (w.equals("to") && k + 1 < s.size() && s.pos[k + 1].equals("VB") && !purpose) {
                purpose = true; // "opened fire to disperse ...": the purpose names who was fired on
                k++;
                continue;
            }
            if (hyphen(s, k)) {
                continue; // inside a hyphenated compound ("war-torn", "six-month")
            }
            if ((w.equals("and") || w.equals("or")) && k + 1 < s.size() && s.isVerb(k + 1)) {
                return List.of();
            }
            // "lines leading into C", "from neighbouring C" (the tagger's coarse tags say VB for any verb form)
            boolean participle = participle(s, k) && (s.isNoun(k - 1) || adjectival(s, k));
            relative |= participle && !adjectival(s, k);
            if (!(s.isNounPhraseFiller(k) || s.isPreposition(k) || s.pos[k].startsWith("RB") || participle
                    || w.equals("and") || w.equals("or"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** A hyphen token ("war - torn"); normalised words drop hyphens, so an empty word is one. */
    private static boolean hyphen(SentenceView s, int k) {
        return s.text[k].isEmpty() || s.tokens.get(k).text().equals("-");
    }

    private static boolean participle(SentenceView s, int k) {
        String w = s.text[k];
        return k > 0 && s.isVerb(k) && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("en")
                || w.endsWith("orn"));
    }

    /** A participle used as an adjective: a noun, adjective or actor follows ("neighbouring C", "torn areas"). */
    private static boolean adjectival(SentenceView s, int k) {
        int n = k + 1;
        return n < s.size() && (s.startsAt[n] != null || s.pos[n].startsWith("NN") || s.pos[n].startsWith("JJ"));
    }

    /** The preposition that governs a unit, over determiners, adjectives and participles ("from war-torn C"). */
    private static String governor(SentenceView s, ActorUnit u) {
        int k = u.first() - 1;
        while (k >= 0 && s.covering[k] == null && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ")
                || s.pos[k].equals("CD") || s.pos[k].equals("PRP$") || participle(s, k))) {
            k--;
            if (k >= 1 && hyphen(s, k)) {
                k -= 2; // "war - torn": the hyphenated compound is one modifier
            }
        }
        return k < 0 ? "" : s.text[k];
    }

    /**
     * A named actor inside the object phrase: the target when a directional preposition governs it ("war against
     * X"), or when it is a place of the doer's own country after a place preposition ("a curfew in C"), coded as
     * that place's civilians. Null otherwise.
     */
    private static ActorUnit namedObject(SentenceView s, ActorUnit u, String own, boolean hasObject,
                                         boolean relative) {
        String gov = governor(s, u);
        ActorMention h = u.head();
        if (DIRECTIONAL.contains(gov) && !relative) {
            return u;
        }
        String kind = h.kind() == null ? "" : h.kind();
        if (hasObject && own != null && own.equals(h.country()) && LOCATIVE.contains(gov)
                && PLACE_KINDS.contains(kind)) {
            // a place, not its government: "a curfew in the capital" is aimed at the people who live there
            ActorMention civ = new ActorMention(h.sentence(), h.start(), h.end(), h.firstToken(), h.lastToken(),
                    h.text(), own + "CVL", own, "CVL", "country:" + own + ":CVL", kind, h.confidence(),
                    h.source() + " (a place of the doer's own country: its civilians)");
            return new ActorUnit(u.first(), u.last(), List.of(civ));
        }
        return null;
    }

    /** By position: a crowd's place stands in for the crowd ("thousands marched in C") with other members. */
    private static boolean isSource(ActorUnit u, List<ActorUnit> sources) {
        for (ActorUnit v : sources) {
            if (v.first() == u.first() && v.last() == u.last()) {
                return true;
            }
        }
        return false;
    }
}
