package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.DataTable;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;

/**
 * Unnamed doers the sentence places: "police arrested five men in Shanghai", "insurgents shot dead four men in
 * Thailand's south", "the opposition leader was arrested in Minsk". The subject search leaves a role word of no
 * country without a doer (police, troops, residents), or with a doer of no country (---REB); CAMEO practice, and
 * the team's annotation guidelines, code such people with the country the clause puts the act in: CHNCOP, THAREB.
 * <ul>
 * <li>active voice: the clause's subject is a role word of no country ("police", "security forces", "gunmen")
 * and the clause names a place after the verb ("in Shanghai", "at a jail in Peru"): the doer is that role of the
 * place's country;</li>
 * <li>passive voice without a doer: for codes whose doer the act itself says (an arrest is made by police, a
 * sentence passed by a court: {@code events/place-doers.tsv}), the doer is that role of the place's country, and
 * a role-word subject of no country ("the opposition leader was arrested") is the target, of the same country.</li>
 * </ul>
 * The place is found as for unnamed protesters ({@link CrowdSource#protestPlace}): a country, capital or city after
 * a place preposition in the trigger's clause, no other actor first. No place, no doer: the act stays uncoded.
 */
public final class PlaceDoers {
    /** The table's role for acts whose doer the news need not know: the event keeps a null source. */
    public static final String UNNAMED = "unnamed";

    private final Map<String, String> passiveDoers;
    /** Per code prefix, the table's third column: drop, unnamed or unnamed-state. */
    private final Map<String, String> keptUnplaced;

    /** The third column's value for a passive kept with a null source only when its target is a state or armed role. */
    public static final String UNNAMED_STATE = "unnamed-state";

    /** Roles a passive act of violence without doer is kept for (UNNAMED_STATE): a state's organs, armed groups. */
    public static final java.util.Set<String> STATE_ROLES = Lexicon.words("place-doers.unplaced-state-roles");

    private PlaceDoers(Map<String, String> passiveDoers, Map<String, String> keptUnplaced) {
        this.passiveDoers = passiveDoers;
        this.keptUnplaced = keptUnplaced;
    }

    /** The bundled table {@code events/place-doers.tsv}: CAMEO code prefix, role of the unnamed doer of a passive. */
    public static PlaceDoers standard() {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> unplaced = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.read("/events/place-doers.tsv")) {
            String code = row.field(0).trim();
            String role = row.field(1).trim();
            if (code.equals("code")) {
                continue; // the header
            }
            String noPlace = row.fields().length > 2 ? row.field(2).trim() : "drop";
            if (!code.matches("\\d{2,4}") || !(role.matches("[A-Z]{3}") || role.equals(UNNAMED))
                    || !(noPlace.equals("drop") || noPlace.equals(UNNAMED) || noPlace.equals(UNNAMED_STATE))) {
                throw row.error("expected code<TAB>ROLE|unnamed<TAB>drop|unnamed|unnamed-state, got \""
                        + String.join("\t", row.fields()) + "\"");
            }
            m.put(code, role);
            unplaced.put(code, noPlace);
        }
        return new PlaceDoers(m, unplaced);
    }

    /**
     * Whether a passive of this code without doer keeps its named target with a null source (the table's third
     * column; longest code prefix): for a row whose doer is an organ (COP, JUD), when its clause names no place
     * ({@code unnamed}: "the opposition leader was arrested on Friday"); for a row whose doer is {@code unnamed},
     * wherever it happened. {@code unnamed-state} keeps it only for a target that is a state's organ or an armed
     * group (lexicon {@code place-doers.unplaced-state-roles}: "two soldiers were killed", not "two tourists were
     * killed in an avalanche"); {@code drop} never.
     */
    public boolean keptUnplaced(String code, ActorUnit target) {
        String kept = unplacedRule(code);
        return UNNAMED.equals(kept) || UNNAMED_STATE.equals(kept) && target.head().role() != null
                && STATE_ROLES.contains(target.head().role());
    }

    /** The third column for this code (longest prefix), "drop" when no row covers it. */
    public String unplacedRule(String code) {
        for (int len = code.length(); len >= 2; len--) {
            String kept = keptUnplaced.get(code.substring(0, len));
            if (kept != null) {
                return kept;
            }
        }
        return "drop";
    }

    /** The role of the unnamed doer of a passive of this code (longest code prefix in the table), or null. */
    public String passiveDoerRole(String code) {
        for (int len = code.length(); len >= 2; len--) {
            String role = passiveDoers.get(code.substring(0, len));
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /** Roles often at work away from home, so a place says nothing of their country: firms, the media. */
    private static final java.util.Set<String> ABROAD = java.util.Set.of("BUS", "MED");

    /** Words between a subject and its verb that are not the subject: auxiliaries, adverbs. */
    private static boolean betweenSubjectAndVerb(SentenceView s, int k) {
        return Auxiliaries.BEFORE_VERB.contains(s.text[k]) || s.pos[k].startsWith("RB") || s.pos[k].equals("MD");
    }

    /**
     * The role word of no country that is the subject of the active verb at {@code trigger} and opens its clause
     * ("Police arrested", "In Lima, riot police have dispersed", "said security forces detained"), or null.
     */
    public static ActorMention subjectRole(SentenceView s, int trigger) {
        if (Voice.passive(s, trigger) || s.pos[trigger].equals("VBN") && s.roleAt.length > 0
                && RoleWords.roleEndingAt(s, trigger - 1) != null) {
            return null; // "foreign nationals detained in the UK": the participle describes them, they do nothing
        }
        int k = trigger - 1;
        while (k >= 0 && s.covering[k] == null && betweenSubjectAndVerb(s, k)) {
            k--;
        }
        if (k < 0 || s.covering[k] != null) {
            return null;
        }
        ActorMention r = RoleWords.roleEndingAt(s, k);
        if (r == null || r.country() != null || r.lastToken() != k || ABROAD.contains(r.role())) {
            return null;
        }
        return opensClause(s, r.firstToken()) ? r : null;
    }

    /** The role word of no country that is the subject of the passive at {@code trigger}, or null. */
    public static ActorMention passiveSubjectRole(SentenceView s, int trigger) {
        int head = Voice.subjectHead(s, trigger);
        if (head < 0) {
            return null;
        }
        // Voice.subjectHead already found the passive's subject: "between 20 and 30 people were arrested"
        ActorMention r = RoleWords.roleEndingAt(s, head);
        return r != null && r.country() == null && r.lastToken() == head ? r : null;
    }

    /** Does the noun phrase starting at {@code first} (after its determiners, adjectives, numbers) open a clause? */
    private static boolean opensClause(SentenceView s, int first) {
        int j = first - 1;
        while (j >= 0 && s.covering[j] == null && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ")
                || s.pos[j].equals("CD") || s.pos[j].startsWith("RB"))) {
            j--;
        }
        return j < 0 || s.isHardBoundary(j) || s.isReporting(j) || s.is(j, "that") || s.is(j, ",");
    }

    /**
     * The place (a country, capital or city) the clause puts the act at {@code trigger} in, or null: after the verb
     * ("arrested five men in Shanghai"), else in a place phrase opening the sentence ("In Shanghai, police ...").
     */
    public static ActorUnit place(SentenceView s, int trigger) {
        List<ActorUnit> place = CrowdSource.protestPlace(s, trigger);
        if (place.isEmpty()) {
            place = placeAfterObject(s, trigger);
        }
        ActorUnit found = place.isEmpty() ? frontedPlace(s, trigger) : place.get(0);
        return found == null || listed(s, found) ? null : found;
    }

    /**
     * "soldiers raped two women in a village near Goma": the act's object comes before the place, and the actor
     * resolver has already given that object the place's country. The place after the object counts as the act's
     * place when the object is a role word (people, not a named state) of the same country: the object stands in the
     * place, so the act does too. A named state or organisation first ("attacked Israel from Gaza") is no such case.
     */
    private static List<ActorUnit> placeAfterObject(SentenceView s, int trigger) {
        int k = trigger + 1;
        while (k < s.size() && k <= trigger + 4 && s.covering[k] == null) {
            if (s.isHardBoundary(k) || s.text[k].equals(",") || s.isVerb(k)) {
                return List.of();
            }
            k++;
        }
        if (k >= s.size() || s.covering[k] == null) {
            return List.of();
        }
        ActorUnit object = s.covering[k];
        ActorMention h = object.head();
        if (h.country() == null || !OBJECT_KINDS.contains(h.kind())) {
            return List.of();
        }
        List<ActorUnit> after = CrowdSource.protestPlace(s, object.last());
        return after.isEmpty() || !h.country().equals(after.get(0).head().country()) ? List.of() : after;
    }

    /** Kinds of actor mention that are people, not a named state: a role word, placed or with a demonym. */
    private static final java.util.Set<String> OBJECT_KINDS = Lexicon.words("place-doers.object-kinds");

    /** "in Tel Aviv, Chicago and Athens": one of several places is no one place. */
    private static boolean listed(SentenceView s, ActorUnit place) {
        int next = place.last() + 1;
        if (s.is(next, "and") || s.is(next, "or")) {
            return true;
        }
        return s.is(next, ",") && next + 1 < s.size() && s.covering[next + 1] != null
                && PLACE_KINDS.contains(s.covering[next + 1].head().kind());
    }

    private static final java.util.Set<String> PLACE_KINDS = Lexicon.words("place-doers.place-kinds");

    /**
     * "In the northern city of Kano, police ...", "At a rally in Lima on Monday, troops ...": the place of a phrase
     * that opens the sentence with in/at and ends with a comma before the trigger's clause; null if none.
     */
    static ActorUnit frontedPlace(SentenceView s, int trigger) {
        if (s.size() < 3 || !(s.text[0].equalsIgnoreCase("in") || s.text[0].equalsIgnoreCase("at"))) {
            return null;
        }
        ActorUnit found = null;
        for (int k = 1; k < trigger; k++) {
            if (s.is(k, ",")) {
                return found != null && PLACE_KINDS.contains(found.head().kind()) ? found : null;
            }
            ActorUnit u = s.covering[k];
            if (u != null) {
                String country = u.head().country();
                if (country == null || found != null && !country.equals(found.head().country())) {
                    return null; // an actor of no country, or of two: not a plain place phrase
                }
                // "In the Kenyan capital Nairobi": the place is the city the demonym describes
                if (found == null || PLACE_KINDS.contains(u.head().kind())) {
                    found = u;
                }
                k = u.last();
            } else if (s.isHardBoundary(k) || s.isVerb(k) && !s.pos[k].equals("VBN")) {
                return null;
            } else if (found == null && !(s.pos[k].equals("DT") || s.pos[k].startsWith("JJ")
                    || s.pos[k].startsWith("NN") || s.pos[k].equals("CD") || s.is(k, "of"))) {
                return null; // "In talks with Chile": the phrase is about something else, Chile no place
            }
        }
        return null;
    }

    /** The role word {@code r} as that role of {@code country}, keeping its span and saying why. */
    public static ActorUnit placed(ActorMention r, String country) {
        ActorMention m = new ActorMention(r.sentence(), r.start(), r.end(), r.firstToken(), r.lastToken(), r.text(),
                country + r.role(), country, r.role(), "country:" + country + ":" + r.role(), "place",
                r.confidence(), r.source() + " (unnamed, placed: the country the clause puts the act in)");
        return new ActorUnit(r.firstToken(), r.lastToken(), List.of(m));
    }

    /** A doer nobody named ("was killed in a car bombing"): code null, its evidence the trigger itself. */
    public static ActorUnit nobody(SentenceView s, int trigger) {
        org.entente.text.Token t = s.tokens.get(trigger);
        ActorMention m = new ActorMention(s.sentence.index(), t.start(), t.end(), trigger, trigger, s.text[trigger],
                null, null, null, null, "implied", 0.5, "passive without a named doer");
        return new ActorUnit(trigger, trigger, List.of(m));
    }

    /** The unnamed doer of a passive: {@code role} of {@code country}, its evidence the trigger itself. */
    public static ActorUnit impliedDoer(SentenceView s, int trigger, String country, String role) {
        org.entente.text.Token t = s.tokens.get(trigger);
        ActorMention m = new ActorMention(s.sentence.index(), t.start(), t.end(), trigger, trigger, s.text[trigger],
                country + role, country, role, "country:" + country + ":" + role, "implied", 0.5,
                "implied doer of a passive without agent, of the country the clause puts the act in");
        return new ActorUnit(trigger, trigger, List.of(m));
    }

    /** Nouns of an act only a court performs: "the trial of X", "the prosecution of X" (lexicon place-doers.court-nouns). */
    private static final java.util.Set<String> COURT_NOUNS = Lexicon.forms("place-doers.court-nouns");

    /**
     * "The trial of six officers opened in Dhaka", "the trial of the former minister was adjourned": a noun that
     * only a court's act can be names its doer, the court (JUD), though no court is named. Its country is the place
     * the clause puts the trial in, else the country of the one tried (a state tries its own people and those it
     * holds). Null when the trigger is no such noun or neither place nor target gives a country.
     */
    public static ActorUnit courtDoer(SentenceView s, int trigger, List<ActorUnit> targets) {
        if (!COURT_NOUNS.contains(s.text[trigger].toLowerCase())) {
            return null;
        }
        ActorUnit place = place(s, trigger);
        String country = place != null ? place.head().country() : null;
        for (int i = 0; country == null && i < targets.size(); i++) {
            country = targets.get(i).head().country();
        }
        if (country == null) {
            return null;
        }
        org.entente.text.Token t = s.tokens.get(trigger);
        ActorMention m = new ActorMention(s.sentence.index(), t.start(), t.end(), trigger, trigger, s.text[trigger],
                country + "JUD", country, "JUD", "country:" + country + ":JUD", "implied", 0.5,
                "implied doer of a court's act told by its noun, of the country of its place or of the one tried");
        return new ActorUnit(trigger, trigger, List.of(m));
    }

    /** Replaces a doer of no country ("insurgents": ---REB) by the same role of the place's country. */
    public static List<ActorUnit> withCountry(List<ActorUnit> sources, String country) {
        List<ActorUnit> out = new ArrayList<>();
        for (ActorUnit u : sources) {
            ActorMention h = u.head();
            out.add(h.country() == null && h.role() != null ? placed(h, country) : u);
        }
        return out;
    }
}
