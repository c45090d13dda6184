package org.entente.events.rules;

import org.entente.events.model.Modality;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

/**
 * Statements about the doer's own future acts, which CAMEO codes as the statement: a stated intention ("X will
 * send aid", "X said it would blockade", "X will withdraw, a spokesman said" -> 03x/13x by events/intent.tsv) and
 * a stated refusal ("X will not accept refugees", "X refused to release them" -> 12x by events/refusal.tsv).
 */
final class StatedActs {
    private static final java.util.Set<String> INTENT_VERBS = Lexicon.forms("stated-acts.intent-verbs");

    private StatedActs() {
    }

    /**
     * Is the event a doer's stated intention: "X will send", "X is to send", or reported "X said it would send"?
     * A bare conditional ("if X sends", "X could send") is not one; neither is a future the date alone gives.
     */
    static boolean statedIntent(SentenceView s, int trigger, int end, int scopeStart, Modality modality) {
        if (modality != Modality.FUTURE && modality != Modality.HYPOTHETICAL) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && (s.pos[k].startsWith("RB") || s.is(k, "be") || s.is(k, "not"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        if (modality == Modality.FUTURE && k >= 1 && s.is(k, "to") && INTENT_VERBS.contains(s.text[k - 1])
                && (s.isVerb(k - 1) || (k >= 2 && (s.endsAt[k - 2] != null || s.pos[k - 2].startsWith("PRP"))))) {
            // (the tagger may read "plans" after its subject as a noun: "Norway plans to")
            return true; // "X wants to help Y", "X plans to send troops": the doer's own stated plan
        }
        boolean modal = modality == Modality.FUTURE ? s.is(k, "will") || s.is(k, "shall") || s.is(k, "'ll")
                : s.is(k, "would");
        if (!modal) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= scopeStart - 3; j--) {
            if (s.isReporting(j)) {
                return true; // "X said it would boycott": the statement is the threat or the promise
            }
            if (s.is(j, "if") || s.is(j, "unless") || s.is(j, "whether")) {
                return false;
            }
        }
        return trailingReport(s, end);
    }

    /**
     * Is the verb at {@code trigger} the doer's own refusal: "will not / would not / won't accept", "refused to
     * allow", "declined to release"? A negated past ("did not visit") is not one: it says nothing happened.
     */
    static boolean statedRefusal(SentenceView s, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && s.pos[k].startsWith("RB") && !s.is(k, "not") && !s.is(k, "n't")) {
            k--;
        }
        if (k >= 1 && s.is(k, "to")) {
            String w = s.text[k - 1];
            return w.startsWith("refus") || w.startsWith("declin");
        }
        if (k >= 1 && (s.is(k, "not") || s.is(k, "n't"))) {
            return s.is(k - 1, "will") || s.is(k - 1, "would") || s.is(k - 1, "wo") || s.is(k - 1, "shall");
        }
        return false;
    }

    /**
     * "X will evacuate the settlements, a spokesman said": a reporting clause after a comma that closes the
     * sentence reports the whole clause before it, so a future in that clause is a stated intention too.
     */
    private static boolean trailingReport(SentenceView s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (s.isHardBoundary(k) || s.is(k, "if") || s.is(k, "unless")) {
                return false;
            }
            if (!s.text[k].equals(",")) {
                continue;
            }
            for (int j = k + 1; j < s.size() && j <= k + 12; j++) {
                if (s.isReporting(j) && !s.pos[j].equals("VBN") && !s.pos[j].equals("VBG")) {
                    return true;
                }
                if (s.text[j].equals(",") || s.isHardBoundary(j) || (s.isVerb(j) && !participle(s, j))) {
                    break;
                }
            }
        }
        return false;
    }

    /** "a statement issued by the ministry said": a past form followed by "by" modifies the noun before it. */
    private static boolean participle(SentenceView s, int j) {
        return s.pos[j].equals("VBN") || (s.pos[j].equals("VBD") && j + 1 < s.size() && s.is(j + 1, "by"));
    }

    /**
     * The verb whose object a noun event is: "will provide 25 tons of food aid" -> provide. Only noun-phrase
     * words may lie between them, so "aid" in "talks on aid" or "a visit, which will ..." has none.
     */
    static int governingVerb(SentenceView s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 10; k--) {
            if (s.covering[k] != null) {
                continue;
            }
            if (s.isVerb(k)) {
                return s.pos[k].equals("VBN") ? -1 : k;
            }
            String t = s.pos[k];
            boolean npWord = t.startsWith("NN") || t.startsWith("JJ") || t.equals("DT") || t.equals("PDT")
                    || t.equals("CD") || t.equals("PRP$") || t.equals("POS") || t.equals("HYPH")
                    || s.is(k, "of") || s.is(k, "nearly") || s.is(k, "about") || s.is(k, "some");
            if (!npWord) {
                return -1;
            }
        }
        return -1;
    }
}
