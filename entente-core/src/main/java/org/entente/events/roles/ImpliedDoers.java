package org.entente.events.roles;

import org.entente.actors.ActorMention;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.matching.Pattern;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

import java.util.List;
import java.util.Set;

/**
 * The doer an act noun implies when it names none: "condemned the arrest of Russian opposition activists" is aimed at
 * whoever arrested them, and only a state's authorities arrest, detain or charge (a code with trait person_object in
 * the legal context of the CAMEO table: 173). When the people taken are a country's own non-state people (the
 * lexicon's {@code implied-doers.people-roles}: its opposition, civilians, press, clergy, ...), that country's
 * government is the act's doer, so the target of the condemnation or demand.
 */
public final class ImpliedDoers {
    private static final Set<String> PEOPLE_ROLES = Lexicon.words("implied-doers.people-roles");
    private static final CameoTable CAMEO = CameoTable.standard();

    private ImpliedDoers() {
    }

    /** The government of the country whose people the act noun at {@code act} takes; null when it implies none. */
    static ActorUnit stateOf(SentenceView s, DependencyParse p, PatternDictionary patterns, int act) {
        if (!stateAct(patterns.nounPatterns(s.text[act], s.lemma[act], s))) {
            return null;
        }
        for (int c : p.children(act)) {
            if (!p.label(c).equals("prep") || !s.text[c].equals("of")) {
                continue;
            }
            int o = p.child(c, "pobj");
            ActorUnit u = o < 0 ? null : ParseTargets.named(s, p, o, 1);
            if (u == null || u.members().size() != 1) {
                return null;
            }
            ActorMention h = u.head();
            if (h.country() == null || h.role() == null || !PEOPLE_ROLES.contains(h.role())) {
                return null;
            }
            ActorMention gov = new ActorMention(h.sentence(), h.start(), h.end(), h.firstToken(), h.lastToken(),
                    h.text(), h.country() + "GOV", h.country(), "GOV", "country:" + h.country() + ":GOV", "implied",
                    h.confidence(), h.source() + " (people of " + h.country() + " taken by an act only its state does: "
                    + "the government of " + h.country() + ")");
            return new ActorUnit(u.first(), u.last(), List.of(gov));
        }
        return null;
    }

    /** Does every code the noun has name a state's legal act on persons (arrest, detention, charges)? */
    private static boolean stateAct(List<Pattern> nounPatterns) {
        if (nounPatterns.isEmpty()) {
            return false;
        }
        for (Pattern pat : nounPatterns) {
            CameoCode code = CAMEO.get(pat.code());
            if (code == null || !code.has(CodeTrait.PERSON_OBJECT) || !"legal".equals(code.ploverContext())) {
                return false;
            }
        }
        return true;
    }
}
