package org.entente.events.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

/**
 * Who a reported clause is about ({@link ReportedClause}): the actor a subject or object phrase names or owns, whether
 * that is the speaker itself, and the targets (the actor with those coordinated with it).
 */
final class ReportedParties {
    /** The speaker speaking of itself. */
    private static final Set<String> SELF = Lexicon.words("reported-content.self-pronouns");
    /** The parts of a subject phrase that name whose it is: "Y's plan", "the Japanese plan", "the plan of Y". */
    private static final Set<String> OWNER = Lexicon.words("reported-content.owner-labels");

    private ReportedParties() {
    }

    /**
     * The actor a subject phrase names: the subject itself, its owner ("Y's plan", "the Japanese plan") or the
     * object of its "of" ("the plan of Y"); null when none (an opinion of a thing, a pronoun).
     */
    static ActorUnit owner(SentenceView s, DependencyParse p, int subj) {
        if (s.unitAt(subj) != null) {
            return s.unitAt(subj);
        }
        for (int c : p.children(subj)) {
            String l = p.label(c);
            if (OWNER.contains(l) && s.unitAt(c) != null) {
                return s.unitAt(c);
            }
            if (l.equals("prep") && s.word(c).equalsIgnoreCase("of")) {
                int o = p.child(c, "pobj");
                if (o >= 0 && s.unitAt(o) != null) {
                    return s.unitAt(o);
                }
            }
        }
        return null;
    }

    /**
     * Does the clause's subject stand for the speaker: "it", "we", a pronoun the actors stage resolved to the
     * speaker, the speaker's own code, or the bare country the speaker belongs to ("the minister said Britain ...")?
     */
    static boolean isSelf(SentenceView s, DependencyParse p, int subj, ActorUnit about, List<ActorUnit> speaker) {
        ActorUnit u = about != null ? about : s.unitAt(subj);
        boolean pronoun = s.posAt(subj).equals("PRP") || p.tag(subj).startsWith("PRP");
        if (pronoun && SELF.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (u == null) {
            return false;
        }
        for (ActorUnit sp : speaker) {
            if (sp == u || sameCode(sp, u) || ownCountry(sp, u) || ownCountry(u, sp)) {
                return true;
            }
        }
        return false;
    }

    /** "Britain" said by a British actor (or the British government by "Britain"): one side, not two parties. */
    private static boolean ownCountry(ActorUnit speaker, ActorUnit other) {
        ActorMention x = speaker.head();
        ActorMention y = other.head();
        return y.code() != null && y.country() != null && y.code().equals(y.country())
                && y.country().equals(x.country());
    }

    private static boolean sameCode(ActorUnit a, ActorUnit b) {
        ActorMention x = a.head();
        ActorMention y = b.head();
        return x.code() != null && x.code().equals(y.code());
    }

    /**
     * Whom the speaker's own act is aimed at: the actor its object names (or owns), else one a preposition on the
     * object or on the act names, else the subject or object of its condition clause; never the speaker. Null when none.
     */
    static ActorUnit objectActor(SentenceView s, DependencyParse p, int act, List<ActorUnit> speaker) {
        List<Integer> places = new ArrayList<>();
        int object = p.object(act);
        places.add(object);
        if (object >= 0) {
            for (int c : p.children(object)) {
                if (p.label(c).equals("prep")) {
                    places.add(p.child(c, "pobj")); // "the vote in Y", "the plan for Y"
                }
            }
        }
        for (int c : p.children(act)) {
            if (p.label(c).equals("prep")) {
                places.add(p.child(c, "pobj"));
            }
        }
        for (int c : p.children(act)) {
            if (p.label(c).equals("advcl")) {
                places.add(p.subject(c));
                places.add(p.object(c));
            }
        }
        for (int k : places) {
            if (k < 0) {
                continue;
            }
            ActorUnit u = owner(s, p, k);
            if (u == null || speaker.contains(u)) {
                continue;
            }
            boolean same = false;
            for (ActorUnit sp : speaker) {
                same |= sameCode(sp, u) || ownCountry(sp, u) || ownCountry(u, sp);
            }
            if (!same) {
                return u;
            }
        }
        return null;
    }

    /** The actor with those coordinated with it ("Y and Z must withdraw"). */
    static List<ActorUnit> targets(SentenceView s, ActorUnit u) {
        return Coordination.coordinated(s, u);
    }
}
