package org.entente.events.rules;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * Violence by a crowd, and clashes, in CAMEO terms.
 * <ul>
 * <li>A crowd in the street (protesters, demonstrators, rioters, a mob) that wrecks, burns or seizes property is
 * protesting violently: CAMEO 145 "protest violently, riot" (demonstrations that turn destructive), not 171/1712,
 * whose doer is an authority or an armed party seizing or destroying what belongs to another. Armed attacks by
 * such a crowd (shelling, firing missiles: roots 18-20) are not converted: they are what the text says.</li>
 * <li>A physical clash is mutual: "X clashed with Y" is also Y clashing with X when a side is armed or a crowd
 * (see {@link #bothAct}). Each side gets the code of what it does: a crowd's side, or civilians' facing armed men,
 * is a violent protest (145), the security forces' side against them violent repression (175), two armed parties
 * fight (190 both ways).</li>
 * </ul>
 */
final class Rioting {
    private Rioting() {
    }

    static final String RIOT = "145";
    private static final String REPRESSION = "175";
    private static final String FIGHT = "190";

    /** Nouns that name a crowd in the street; the last word of the actor phrase ("angry Kenyan protesters"). */
    private static final Set<String> CROWD = Lexicon.words("rioting.crowd");

    /** Role sectors that bear arms: armed forces, police, intelligence, rebels, unaligned armed groups. */
    private static final Set<String> ARMED = Lexicon.words("rioting.armed");

    /** Civilian sectors: people in the street, not offices (GOV) or parties. */
    private static final Set<String> CIVIL = Lexicon.words("rioting.civil");

    /** Triggers of a mutual fight: "clashed with", "clashes between", "skirmished with" (every form: the lemma of
     * a word the tagger did not see may be the word itself). */
    private static final Set<String> CLASH = Lexicon.forms("rioting.clash");

    static boolean isCrowd(ActorMention m) {
        String t = m.text();
        int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\u00a0'));
        return CROWD.contains(t.substring(sp + 1).toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isArmed(ActorMention m) {
        if (m.code() != null && m.code().startsWith("IMG")) {
            return true; // an international militant group
        }
        String r = m.role();
        if (r == null) {
            return false;
        }
        for (int k = 0; k + 3 <= r.length(); k += 3) {
            if (ARMED.contains(r.substring(k, k + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code of the doer's act: a crowd's property seizure, destruction or clash is rioting. Which acts of a crowd
     * CAMEO calls rioting is the trait {@link CodeTrait#RIOT} of events/cameo.tsv (171, 1711, 1712, 175).
     */
    static String byDoer(CameoTable cameo, String code, ActorMention doer) {
        return cameo.has(code, CodeTrait.RIOT) && isCrowd(doer) && !isArmed(doer) ? RIOT : code;
    }

    /**
     * Whether the match is a clash (its trigger "clash" or "skirmish", verb or noun) or a fight "between" two
     * sides ("war between X and Y"), coded as fighting (19x), rioting (145x) or repression (175): such an act is
     * done by both sides when it is physical: see {@link #bothAct}.
     */
    static boolean mutual(SentenceView s, PatternMatcher.Match m) {
        String code = m.pattern().code();
        if (!(code.startsWith("19") || code.startsWith(RIOT) || code.equals(REPRESSION))) {
            return false;
        }
        int t = m.trigger();
        if (CLASH.contains(s.text[t]) || CLASH.contains(s.lemma[t])) {
            return true;
        }
        for (int w : m.words()) {
            if (s.is(w, "between")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether both sides act: only when a side is armed or a crowd. "Clash" is as often a row ("the parliament
     * clashed with the commission over the budget") or a match between two teams ("Peru's clash with Chile on
     * Sunday"), and a "war between" two states may be one of subsidies or of words; a reverse event would double
     * such a misreading. Armed men or a crowd on one side make the fight physical.
     */
    static boolean bothAct(boolean mutual, ActorMention a, ActorMention b) {
        return mutual && (isArmed(a) || isArmed(b) || isCrowd(a) || isCrowd(b));
    }

    /**
     * The code of {@code x}'s side of a clash with {@code y} (null: no other side named), or null when the text
     * gives no act for that side.
     *
     * @param code    the pattern's code for the clash as written (the written subject's side)
     * @param written true for the side the text makes the subject
     */
    static String clashSide(String code, ActorMention x, ActorMention y, boolean written) {
        boolean crowdX = crowdSide(code, x, y, written);
        boolean crowdY = y != null && crowdSide(code, y, x, !written);
        if (crowdX) {
            return code.startsWith(RIOT) ? code : RIOT; // "clashed with police demanding reforms" keeps its 145x
        }
        if (crowdY) {
            return isArmed(x) ? REPRESSION : RIOT; // police against a crowd; two crowds each riot
        }
        if (y != null && isArmed(x) && isArmed(y)) {
            return FIGHT; // "troops clashed with soldiers" is fighting, whatever the pattern's object word
        }
        if (code.startsWith("19")) {
            return code; // "Israel clashed with Hamas": fighting, both ways
        }
        return written ? code : null;
    }

    /**
     * Is {@code m} the crowd in a clash with {@code other}? By its own word ("rioters"); as civilians facing armed
     * men ("police clashed with residents"); or by the pattern: a 145 clash pattern names the other side (police,
     * troops), so its unarmed subject is the protesting side; a 175 clash pattern names the crowd as its object.
     */
    private static boolean crowdSide(String code, ActorMention m, ActorMention other, boolean written) {
        if (isArmed(m)) {
            return false;
        }
        if (isCrowd(m) || other != null && isArmed(other) && m.role() != null
                && CIVIL.contains(m.role().substring(0, Math.min(3, m.role().length())))) {
            return true;
        }
        return written ? code.startsWith(RIOT) : code.equals(REPRESSION);
    }
}
