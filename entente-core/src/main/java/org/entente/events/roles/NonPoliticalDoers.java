package org.entente.events.roles;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

/**
 * Doers that are no political actor although a country names them: "Philippine share prices fell on fears of US
 * rate hikes", "European stock markets showed confidence in Germany", "a South Korean swimmer took aim at a second
 * gold". The actor recogniser codes the country adjective alone (PHL, EUR, KOR: a country with no role); the noun
 * it describes is a market, a sportsman, a building or a disaster (lexicon category
 * {@code non-political-doers.heads} in events/lexicon.tsv, read as lemmas). Such a doer is the country's only as
 * a place of origin: no state, group or person of it acts. A doer with a role ("the Philippine government") or a
 * name is never one.
 */
public final class NonPoliticalDoers {
    private static final Set<String> HEADS = Lexicon.words("non-political-doers.heads");
    /** How far after the country adjective the head of its noun phrase may stand ("Philippine share prices"). */
    private static final int PHRASE = 3;

    private NonPoliticalDoers() {
    }

    /** Whether every doer in {@code sources} is a bare country describing a noun of the lexicon (and there is one). */
    public static boolean all(SentenceView s, List<ActorUnit> sources) {
        if (sources.isEmpty()) {
            return false;
        }
        for (ActorUnit u : sources) {
            if (!describesNonPolitical(s, u)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no side of an act is a political actor (docs/annotation.md §2, §8): every doer is a business (role
     * BUS) or a bare country describing a market, a firm or the like (as {@link #all}), and so is every target, or
     * there is none. "Two car makers signed a supply deal", "the bank's profit warning", "the firm attacked the
     * American market": business among itself. A state, group or person on either side keeps the act ("the
     * government fined the bank", "the firm sued the ministry").
     */
    public static boolean businessOnly(SentenceView s, List<ActorUnit> sources, List<ActorUnit> targets) {
        if (sources.isEmpty()) {
            return false;
        }
        boolean firm = false;
        for (ActorUnit u : sources) {
            if (business(u)) {
                firm = true;
            } else if (!describesNonPolitical(s, u)) {
                return false;
            }
        }
        if (!firm) {
            return false; // bare countries describing markets alone are the non-political-doer rule's
        }
        for (ActorUnit u : targets) {
            if (!business(u) && !describesNonPolitical(s, u)) {
                return false;
            }
        }
        return true;
    }

    private static boolean business(ActorUnit u) {
        for (ActorMention m : u.members()) {
            if (m.role() == null || !m.role().equals("BUS") || m.code() == null || m.code().startsWith("IGO")) {
                return false;
            }
        }
        return !u.members().isEmpty();
    }

    private static boolean describesNonPolitical(SentenceView s, ActorUnit u) {
        ActorMention h = u.head();
        if (h.code() == null || h.code().length() != 3 || h.role() != null) { // a country or region alone: "THA", "ASA"
            return false;
        }
        if (h.sentence() != s.sentence.index() || u.last() >= s.size()) {
            return false; // a doer carried from an earlier sentence ("they"): its words are not here
        }
        for (int j = u.first(); j <= u.last(); j++) {
            if (s.pos[j].startsWith("NN") && HEADS.contains(s.lemma[j])) {
                return true; // the recognizer took the noun in: "South Korean teenager"
            }
        }
        for (int j = u.last() + 1; j < Math.min(s.size(), u.last() + 1 + PHRASE); j++) {
            if (s.covering[j] != null) {
                return false;
            }
            // the head as written, in lower case: the tagger may call "giant" in "the US agrochemical giant Monsanto"
            // a proper noun and a hyphened "flag-carrier" punctuation, while "the Palestinian West Bank" names a place
            if (HEADS.contains(s.lemma[j]) && Character.isLowerCase(s.tokens.get(j).text().charAt(0))) {
                return true;
            }
            if (!(s.pos[j].startsWith("NN") || s.pos[j].startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }
}
