package org.entente.events.matching;

import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.model.EventMention;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One act told twice in a sentence must give one event, not two: "staged mass demonstrations" (verb and its
 * object noun), "demanded that the US cancel ..." (an act and the content of a demand), "marched in Lima, calling
 * for reform" (a protest and what it is for), "established ties with and opened an embassy in Iran" (the same act
 * with and without a target). The coder walks a sentence's triggers in text order; one instance per sentence
 * remembers the acts told so far and says whether the next trigger retells one of them.
 */
public final class RetoldActs {
    /**
     * Codes of verbs that take a proposition as complement ("demanded that the US cancel ...", "threatened to
     * attack", "accused X of shelling") carry {@link CodeTrait#PROPOSITION}: the embedded event is the content of
     * the main one, not a second event.
     */
    private static final CameoTable CAMEO = CameoTable.standard();

    private final SentenceView s;
    /** The last verb event whose complement is a proposition, else null. */
    private PatternMatcher.Match absorber;
    /** The last verb event, else null. */
    private PatternMatcher.Match lastVerb;
    /** The last arrest, warrant or charge (173), else null. */
    private PatternMatcher.Match charge;
    /** The last protest event (root 14), else null. */
    private PatternMatcher.Match protest;

    public RetoldActs(SentenceView s) {
        this.s = s;
    }

    /**
     * Does the match {@code m} triggered at {@code i} retell an act already told earlier in the sentence? A
     * protest's demand, though no event itself, still absorbs the acts it demands, so it is remembered here.
     */
    public boolean retells(PatternMatcher.Match m, int i) {
        if (absorber != null && embedded(absorber, i)) {
            if (CAMEO.has(absorber.pattern().code(), CodeTrait.APPEAL) && !m.pattern().nominal()
                    && CAMEO.has(m.pattern().code(), CodeTrait.PROPOSITION)) {
                // what an appeal asks for may itself have content: "wants the EU to give Turkey a deadline to open
                // its ports as a condition for resuming talks": the deadline's terms are asked for, not done
                absorber = m;
            }
            return true;
        }
        if (charge != null && (m.pattern().nominal() || s.text[i].endsWith("ing")) && chargedWith(charge, i)) {
            return true; // "arrested two men over the bombing of a bus": the charge, not a second act
        }
        if (m.pattern().nominal() && lastVerb != null && (inObjectOf(lastVerb, i) || sameActLater(lastVerb, m))) {
            return true; // "staged mass demonstrations", "mobilized reservists for a possible war": one event
        }
        if (protest != null && protestsDemand(m)) {
            absorber = m; // what the protesters demand ("tougher sanctions on X") is not done either
            return true;
        }
        return false;
    }

    /** Records {@code m} as told, so that later triggers can be recognised as retelling it. */
    public void told(PatternMatcher.Match m) {
        String code = m.pattern().code();
        if (CAMEO.has(code, CodeTrait.CROWD)) {
            protest = m;
        }
        if (CAMEO.has(code, CodeTrait.CHARGE)) {
            charge = m;
        }
        if (!m.pattern().nominal()) {
            lastVerb = m;
            if (CAMEO.has(code, CodeTrait.PROPOSITION)) {
                absorber = m;
            }
        }
    }

    /**
     * "Sri Lanka established ties with and opened an embassy in Iran", "US drone strikes have killed ten militants":
     * one act told twice (often a noun and a verb), once without its target. An event without target is dropped
     * when the same sentence has the same source doing an act of the same CAMEO root, in the same modality, to a
     * named target.
     */
    public static List<EventMention> withoutSubsumed(List<EventMention> here) {
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

    /**
     * Is the noun at {@code i} inside the object phrase of the verb event {@code v}: after its trigger, within a
     * few words of the match, with no comma, clause boundary or other verb between? Such a noun names the verb's
     * object or purpose, not a second event.
     */
    private boolean inObjectOf(PatternMatcher.Match v, int i) {
        if (i <= v.trigger() || i - v.end() > 6) {
            return false;
        }
        return sameClause(Math.max(v.end(), v.trigger() + 1), i);
    }

    /**
     * A passive whose object is its subject ("the deal was brokered by X during a visit to Y"): a noun of the same
     * root further on is not its object told again.
     */
    private static boolean objectBefore(PatternMatcher.Match v) {
        return v.words().stream().anyMatch(w -> w < v.trigger());
    }

    /**
     * "stopped work on the first day of an open-ended strike": a noun of the same CAMEO root as the verb event,
     * further on in the same clause, names the same act.
     */
    private boolean sameActLater(PatternMatcher.Match v, PatternMatcher.Match noun) {
        int i = noun.trigger();
        if (i <= v.trigger() || objectBefore(v)
                || !noun.pattern().code().startsWith(v.pattern().code().substring(0, 2))) {
            return false;
        }
        return sameClause(v.end(), i);
    }

    /**
     * No comma, "and", clause boundary or finite verb outside an actor among the tokens {@code from} (inclusive)
     * to {@code to} (exclusive): participles ("the planned strike") do not open a clause.
     */
    private boolean sameClause(int from, int to) {
        for (int k = from; k < to; k++) {
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
    private boolean protestsDemand(PatternMatcher.Match m) {
        int t = m.trigger();
        return CAMEO.has(m.pattern().code(), CodeTrait.ASKS)
                && (s.text[t].endsWith("ing") || s.is(t - 1, "to") || s.is(t - 1, "in"));
    }

    /**
     * "arrested two men over the bombing", "warrants for men wanted for the murder of": what a legal action names as
     * its grounds is an allegation the action rests on, like the content of an accusation, not an act this sentence
     * reports. Only a noun or gerund after a word that introduces grounds: "detained 30 people during raids" keeps
     * the raids, and "the men jailed for spying were released" keeps the release.
     */
    private boolean chargedWith(PatternMatcher.Match a, int i) {
        if (i <= a.trigger() || i - a.end() > 12) {
            return false;
        }
        boolean grounds = false;
        for (int k = a.trigger() + 1; k < i; k++) {
            if (s.isHardBoundary(k) || s.text[k].equals(",") || ((s.text[k].equals("and") || s.text[k].equals("or"))
                    && k + 1 < s.size() && s.isVerb(k + 1))) {
                return false;
            }
            grounds |= k >= a.end() && GROUNDS.contains(s.text[k]); // not the pattern's own "warrants for"
        }
        return grounds;
    }

    private static final Set<String> GROUNDS = Lexicon.words("retold-acts.grounds");

    /** Is the trigger at {@code i} inside the complement of the verb event {@code a}? Same clause, close by. */
    private boolean embedded(PatternMatcher.Match a, int i) {
        if (i > a.trigger() && i < a.end()) {
            return true; // inside the absorbing match's own gaps: "rejected a proposal for signing an agreement"
        }
        if (i - a.end() > 12 || i < a.end()) {
            return false;
        }
        int participleEnd = Voice.participlePhraseEnd(s, a.trigger());
        if (participleEnd >= 0 && i > participleEnd) {
            return false; // "officials accused of corruption met X": the accusation's content ends with its phrase
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
}
