package org.entente.events.roles;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.text.parse.DependencyParse;

/**
 * The actor a verb's object phrase names as whose the object is, read from the dependency parse, where the object's
 * head names no actor of its own or only through what the object was done to. Three shapes, each asking the phrase
 * who stands behind the thing the verb acts on:
 * <ul>
 *   <li>the object noun's own "by" phrase, its agent: "condemned the occupation of Laos by Vietnamese troops" (the
 *       target is the occupier, not Laos), "criticised the training of police recruits by German experts"; the
 *       parser often hangs that "by" on the active verb itself ("condemned the arrest of dissidents by X"), where
 *       an active verb has no agent of its own, so it is read there too;</li>
 *   <li>a clause describing the object whose "by" agent holds or made the thing (lexicon
 *       {@code object-phrases.holders}): "denounced a resolution sponsored by X", "welcomed the agreement signed by X
 *       and Y", "shelled a building used by X", "a camp that is run by X";</li>
 *   <li>a clause describing the object by what the thing carries, serves as or is aimed at (lexicon
 *       {@code object-phrases.aimed}): "attacked a convoy carrying X's troops", "bombed a compound serving as an X
 *       command post", "expelled the diplomat, who represents X".</li>
 * </ul>
 * The verb lists keep out clauses that say what was done to the object ("arrested a man wanted by X", "killed
 * civilians protected by X"): those name someone other than whom the act is aimed at.
 *
 * <p>With no parse (parser off, sentence too long) nothing is read; {@link #stats()} counts what was found.
 */
public final class ObjectPhrases {
    private static final Set<String> OBJECT_PREP = Lexicon.words("parse-targets.object-prep");
    private static final Set<String> HOLDERS = Lexicon.forms("object-phrases.holders");
    private static final Set<String> AIMED = Lexicon.forms("object-phrases.aimed");
    /** Relations by which a clause describes the noun it hangs on ("a camp run by", "the envoy, who represents"). */
    private static final Set<String> CLAUSES = Set.of("acl", "relcl");

    private static final AtomicLong AGENTS = new AtomicLong();
    private static final AtomicLong CLAUSE_TARGETS = new AtomicLong();

    static {
        if (Boolean.getBoolean("entente.parser.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("object phrases: " + stats())));
        }
    }

    private ObjectPhrases() {
    }

    static String stats() {
        return String.format("targets from an object's own agent %d, from a clause describing the object %d",
                AGENTS.get(), CLAUSE_TARGETS.get());
    }

    /**
     * The targets of the active verb at {@code m.trigger()} once its object phrase is read for whose the object is:
     * {@code targets} with the actors inside the object phrase replaced by the phrase's doer or holder (those
     * outside it kept), or null when the phrase names none (or there is no parse).
     */
    public static List<ActorUnit> retarget(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources,
                                           List<ActorUnit> targets) {
        DependencyParse p = ParseRoles.parse(s);
        int verb = m.trigger();
        if (p == null || !p.tag(verb).startsWith("VB")) {
            return null;
        }
        int object = objectHead(s, p, verb);
        if (object < 0 || m.words().contains(object) || !p.tag(object).startsWith("NN")
                || s.covering[object] != null && !bareRole(s.covering[object])) {
            // no object, the pattern's own noun ("signed an agreement"), or an actor of a country; a role of none
            // ("the diplomat, who represents X") may still be placed by what describes it
            return null;
        }
        List<ActorUnit> found = agent(s, p, verb, object);
        AtomicLong counter = AGENTS;
        if (found.isEmpty() && (s.covering[object] != null || ParseTargets.named(s, p, object, 0) == null)) {
            found = describingClause(s, p, object);
            counter = CLAUSE_TARGETS;
        }
        found.removeAll(sources);
        if (found.isEmpty()) {
            return null;
        }
        int[] phrase = p.phrase(object);
        List<ActorUnit> out = new ArrayList<>();
        for (ActorUnit u : targets) {
            boolean inside = u.first() >= phrase[0] && u.last() <= phrase[1];
            if (!inside && !found.contains(u)) {
                out.add(u);
            }
        }
        out.addAll(found);
        if (out.equals(targets)) {
            return null;
        }
        counter.incrementAndGet();
        return out;
    }

    /** A role word of no country or organisation ("the diplomat", "rebels": "---GOV", "---REB"). */
    private static boolean bareRole(ActorUnit u) {
        return u.head().country() == null && u.head().code() != null && u.head().code().startsWith("---");
    }

    /** The verb's direct object, else the object of its first preposition that aims an act ("protested against"). */
    private static int objectHead(SentenceView s, DependencyParse p, int verb) {
        int direct = p.object(verb);
        if (direct >= 0) {
            return direct;
        }
        for (int c : p.children(verb)) {
            if (p.label(c).equals("prep") && OBJECT_PREP.contains(s.text[c])) {
                return p.child(c, "pobj");
            }
        }
        return -1;
    }

    /**
     * The actors of the object's own "by" phrase: one hanging on the object or on a noun of its phrase reached
     * without a verb ("the arrest of dissidents by X"), else one hanging on the active verb itself.
     */
    private static List<ActorUnit> agent(SentenceView s, DependencyParse p, int verb, int object) {
        int[] phrase = p.phrase(object);
        for (int k = phrase[0]; k <= phrase[1]; k++) {
            if (s.text[k].equals("by") && nominalPath(p, k, object)) {
                List<ActorUnit> actors = actorsOf(s, p, p.child(k, "pobj"));
                if (!actors.isEmpty()) {
                    return actors;
                }
            }
        }
        for (int c : p.children(verb)) {
            if (s.text[c].equals("by") && c > object && (p.label(c).equals("prep") || p.label(c).equals("agent"))) {
                return actorsOf(s, p, p.child(c, "pobj"));
            }
        }
        return new ArrayList<>();
    }

    /** Does the "by" at {@code by} hang on {@code object} through nouns and prepositions only (no verb between)? */
    private static boolean nominalPath(DependencyParse p, int by, int object) {
        for (int k = p.head(by); k >= 0; k = p.head(k)) {
            if (k == object) {
                return true;
            }
            String tag = p.tag(k);
            if (!(tag.startsWith("NN") || tag.equals("IN") || tag.equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The actors a clause describing the object names as whose the object is: the "by" agent of a holder's participle
     * or passive relative clause, the object (or prepositional object) of a verb of carrying, serving or aiming.
     */
    private static List<ActorUnit> describingClause(SentenceView s, DependencyParse p, int object) {
        List<ActorUnit> found = clauseOn(s, p, object);
        for (int a : p.children(object)) {
            if (found.isEmpty() && p.label(a).equals("appos") && p.tag(a).startsWith("NN")) {
                found = clauseOn(s, p, a); // "the plan, a proposal drafted by X": the apposition says whose
            }
        }
        return found;
    }

    private static List<ActorUnit> clauseOn(SentenceView s, DependencyParse p, int object) {
        for (int c : p.children(object)) {
            if (!CLAUSES.contains(p.label(c)) || !p.tag(c).startsWith("VB") || !describesHead(s, p, c)) {
                continue;
            }
            String verb = s.text[c];
            if (HOLDERS.contains(verb)) {
                int by = p.child(c, "agent");
                List<ActorUnit> actors = by < 0 ? List.of() : actorsOf(s, p, p.child(by, "pobj"));
                if (!actors.isEmpty()) {
                    return new ArrayList<>(actors);
                }
            }
            if (AIMED.contains(verb)) {
                int o = p.object(c);
                if (o < 0) {
                    for (int k : p.children(c)) {
                        if (p.label(k).equals("prep")) {
                            o = p.child(k, "pobj");
                            break;
                        }
                    }
                }
                List<ActorUnit> actors = actorsOf(s, p, o);
                if (!actors.isEmpty()) {
                    return new ArrayList<>(actors);
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * Does the clause at {@code clause} describe its head noun as its subject? A participle always does ("a camp
     * run by"); a relative clause when its subject is the relative pronoun ("the diplomat, who represents"), not
     * when the noun is its object ("the envoy whom X met").
     */
    private static boolean describesHead(SentenceView s, DependencyParse p, int clause) {
        if (p.label(clause).equals("acl")) {
            return true;
        }
        int subject = p.subject(clause);
        if (subject < 0) {
            subject = p.passiveSubject(clause);
        }
        return subject >= 0 && p.isRelativePronoun(subject);
    }

    /** The actors a noun phrase names, one per conjunct ("signed by Sudan and Ethiopia": both). */
    private static List<ActorUnit> actorsOf(SentenceView s, DependencyParse p, int head) {
        List<ActorUnit> out = new ArrayList<>();
        if (head < 0) {
            return out;
        }
        for (int c : p.conjuncts(head)) {
            ActorUnit u = ParseTargets.named(s, p, c, 0);
            if (u != null && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }
}
