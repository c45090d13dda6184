package org.entente.events.es;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.syntax.Lexicon;
import org.entente.text.Token;
import org.entente.text.es.SpanishWords;

/**
 * Source and target of a Spanish verb in its clause. Steps, in order:
 * <ol>
 *   <li>passive: a participle after "fue", "fueron", "ha sido" ... takes its source from "por X" after it and its
 *       target from the subject before it ("El embajador de México fue expulsado por el Gobierno de Ecuador");</li>
 *   <li>source: the first actor of the clause before the verb that no preposition introduces, else a subject
 *       right after the verb ("anunció el primer ministro polaco"), the target then sought after it;</li>
 *   <li>target: the first actor after the verb that "a", "al", "contra", "con", "entre", "sobre", "hacia" or
 *       "ante" introduces, else the first actor after the verb that no place preposition ("en", "desde") does;</li>
 *   <li>coordination: with no target, or only a bare role word, a second subject joined by "y" is the target
 *       ("Rusia y China firmaron");</li>
 * </ol>
 * An actor with a country is preferred to a bare role word ("el Gobierno") in the subject and the unmarked target;
 * a target a preposition introduces is taken as it is, the first one.
 */
final class SpanishRoles {
    private static final Set<String> PASSIVE_AUX = Lexicon.spanish("roles.passive-aux");
    /** Prepositions that introduce a target ("contra Israel", "a Argelia"). */
    private static final Set<String> TARGET_MARKS = Lexicon.spanish("roles.target-marks");
    private static final Set<String> PLACE_MARKS = Lexicon.spanish("roles.place-marks");
    private static final Set<String> PREPOSITIONS = Lexicon.spanish("roles.prepositions");
    /** "por X": the agent of a passive. */
    private static final Set<String> AGENT_MARKS = Lexicon.spanish("roles.agent-marks");
    /** "y", "e": a second subject joined to the first. */
    private static final Set<String> COORDINATORS = Lexicon.spanish("roles.coordinators");

    /** The chosen actors (either may be null) and whether the clause was passive. */
    record Roles(ActorMention source, ActorMention target, boolean passive) {
    }

    private SpanishRoles() {
    }

    static Roles find(List<Token> tokens, int verb, SpanishClause clause, List<ActorMention> actors) {
        if (passive(tokens, verb)) {
            ActorMention agent = after(tokens, verb, clause, actors, AGENT_MARKS, true);
            ActorMention patient = subject(tokens, verb, clause, actors);
            if (agent != null || patient != null) {
                return new Roles(agent, patient, true);
            }
        }
        ActorMention source = subject(tokens, verb, clause, actors);
        int targetFrom = verb;
        if (source == null) {
            source = postposed(tokens, verb, clause, actors);
            targetFrom = source == null ? verb : source.lastToken();
        }
        ActorMention target = after(tokens, targetFrom, clause, actors, TARGET_MARKS, true);
        if (target == null) {
            target = after(tokens, targetFrom, clause, actors, null, false);
        }
        if ((target == null || target.country() == null) && source != null) {
            ActorMention partner = coordinated(tokens, source, verb, actors);
            target = partner != null ? partner : target;
        }
        return new Roles(source, target, false);
    }

    private static boolean passive(List<Token> tokens, int verb) {
        String w = SpanishWords.plain(tokens.get(verb).text());
        if (!w.matches(".*(ad|id)(o|a|os|as)")) {
            return false;
        }
        for (int i = verb - 1; i >= 0 && i >= verb - 2; i--) {
            if (PASSIVE_AUX.contains(SpanishWords.plain(tokens.get(i).text()))) {
                return true;
            }
        }
        return false;
    }

    private static ActorMention subject(List<Token> tokens, int verb, SpanishClause clause,
                                        List<ActorMention> actors) {
        ActorMention roleOnly = null;
        for (ActorMention a : actors) {
            if (a.firstToken() >= clause.from() && a.lastToken() < verb && !introduced(tokens, a, PREPOSITIONS)) {
                if (a.country() != null || a.code().startsWith("IGO")) {
                    return a;
                }
                roleOnly = roleOnly == null ? a : roleOnly;
            }
        }
        return roleOnly;
    }

    /**
     * The first actor after the verb in its clause that one of {@code marks} introduces (any actor but those after a
     * place preposition when {@code marks} is null).
     */
    private static ActorMention after(List<Token> tokens, int verb, SpanishClause clause, List<ActorMention> actors,
                                      Set<String> marks, boolean marked) {
        ActorMention roleOnly = null;
        for (ActorMention a : actors) {
            if (a.firstToken() <= verb || !clause.contains(a.firstToken())) {
                continue;
            }
            boolean ok = marked ? introducedWithin(tokens, a, marks, verb) : !introduced(tokens, a, PLACE_MARKS);
            if (ok && marked) {
                return a; // "pidió al Gobierno que ... con Marruecos": the one the verb is addressed to
            }
            if (ok) {
                if (a.country() != null || a.code().startsWith("IGO")) {
                    return a;
                }
                roleOnly = roleOnly == null ? a : roleOnly;
            }
        }
        return roleOnly;
    }

    /** The subject after its verb ("anunció el primer ministro polaco"): an actor right after the verb, no
     * preposition before it. */
    private static ActorMention postposed(List<Token> tokens, int verb, SpanishClause clause,
                                          List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.firstToken() > verb && clause.contains(a.firstToken())) {
                for (int i = verb + 1; i < a.firstToken(); i++) {
                    if (!"DET".equals(tokens.get(i).pos())) {
                        return null;
                    }
                }
                return a;
            }
        }
        return null;
    }

    /** A second subject joined by "y" ("Rusia y China", "el Gobierno de España y el de Marruecos"). */
    private static ActorMention coordinated(List<Token> tokens, ActorMention source, int verb,
                                            List<ActorMention> actors) {
        int link = source.lastToken() + 1;
        if (link >= tokens.size() || !COORDINATORS.contains(SpanishWords.plain(tokens.get(link).text()))) {
            return null;
        }
        for (ActorMention a : actors) {
            if (a.firstToken() > link && a.firstToken() <= link + 3 && a.lastToken() < verb) {
                for (int i = link + 1; i < a.firstToken(); i++) {
                    String pos = tokens.get(i).pos();
                    if (!"DET".equals(pos) && !"ADP".equals(pos)) {
                        return null;
                    }
                }
                return a;
            }
        }
        return null;
    }

    /** Whether a preposition of {@code marks} stands right before the actor, or before its article. */
    private static boolean introduced(List<Token> tokens, ActorMention a, Set<String> marks) {
        return introducedWithin(tokens, a, marks, -1);
    }

    private static boolean introducedWithin(List<Token> tokens, ActorMention a, Set<String> marks, int limit) {
        for (int i = a.firstToken() - 1; i > limit && i >= a.firstToken() - 3; i--) {
            String w = SpanishWords.plain(tokens.get(i).text());
            if (marks.contains(w)) {
                return true;
            }
            if (!"DET".equals(tokens.get(i).pos()) && !"NUM".equals(tokens.get(i).pos())) {
                return false;
            }
        }
        return false;
    }
}
