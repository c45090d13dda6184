package org.entente.events.roles;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.CameoTable;
import org.entente.events.model.CodeTrait;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.text.parse.DependencyParse;

/**
 * The target of a verb event read from the sentence's dependency parse, where the pattern's slot and the word-order
 * heuristic found none: the actor its object phrase names. The object is the verb's direct object, else the object
 * of a preposition that points an act at someone ("against", "on", "with", "to", ...: the lexicon's
 * {@code parse-targets.object-prep}), else the object of the act its complement names ("threatened to overrun X").
 * Inside that phrase the actor is the phrase's own head ("criticised Iran"), the owner or a name compounded or
 * apposed to the head ("Iran's exports", "Tory promises", "Wang, a Chinese official"), or the people or things "of"
 * an actor ("the home of a priest", "members of the guard"). An object that is itself an act ("the shelling of X's
 * consulate") is not searched: what was condemned is the shelling ({@link ParseRoles#objectTargets}), so the act's
 * own doer is the target ("criticised the attacks by Y", "Y's promises"), or none when the act names no doer.
 *
 * <p>With no parse (parser off, sentence too long) nothing is read and the heuristics' empty target stands;
 * {@link #stats()} counts how often the parse gave a target, found none, or was absent.
 */
public final class ParseTargets {
    private static final Set<String> OBJECT_PREP = Lexicon.words("parse-targets.object-prep");
    /** Verbs of meeting whose partner a coordinated mutual act shares ({@link #sharedPartner}). */
    private static final Set<String> MEETING = Lexicon.forms("parse-targets.meeting-verbs");
    private static final CameoTable CAMEO = CameoTable.standard();
    /** Relations that name an actor on an object's head noun: its owner, a compound, an adjective, an apposition. */
    private static final Set<String> NAMING = Set.of("poss", "compound", "amod", "appos", "nmod");
    /** Prepositions under an object's head whose object is whose the head is ("the home of X", "forces from X"). */
    private static final Set<String> OWNING_PREP = Lexicon.words("parse-targets.owning-prep");

    private static final AtomicLong FROM_PARSE = new AtomicLong();
    private static final AtomicLong NONE_IN_PARSE = new AtomicLong();
    private static final AtomicLong NO_PARSE = new AtomicLong();
    /** Of the targets read from the parse, how many were the doer of an act named as the object. */
    private static final AtomicLong ACT_DOERS = new AtomicLong();
    /** Of the targets read from the parse, how many were the partner of a meeting verb a mutual act shares. */
    private static final AtomicLong SHARED_PARTNERS = new AtomicLong();

    static {
        if (Boolean.getBoolean("entente.parser.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("parse targets: " + stats())));
        }
    }

    private ParseTargets() {
    }

    /** How often a missing target was read from the parse, not found in it, or left empty for want of a parse. */
    static String stats() {
        return String.format("missing targets read from the parse %d (the doer of an act as the object %d; a meeting's "
                + "partner shared by a coordinated mutual act %d); none in the parse %d; no parse %d", FROM_PARSE.get(),
                ACT_DOERS.get(), SHARED_PARTNERS.get(), NONE_IN_PARSE.get(), NO_PARSE.get());
    }

    /**
     * The actors the object phrase of the verb at {@code m.trigger()} names, without the event's own
     * {@code sources}; empty when there is no parse, no such object, or it names no actor.
     */
    public static List<ActorUnit> objectActors(SentenceView s, PatternDictionary patterns, PatternMatcher.Match m,
                                        List<ActorUnit> sources) {
        DependencyParse p = ParseRoles.parse(s);
        if (p == null) {
            NO_PARSE.incrementAndGet();
            return List.of();
        }
        int verb = m.trigger();
        List<ActorUnit> found = p.tag(verb).startsWith("VB") ? fromObjects(s, p, patterns, verb, m, sources)
                : List.of();
        if (found.isEmpty()) {
            int complement = p.child(verb, "xcomp");
            if (complement >= 0 && p.tag(complement).startsWith("VB") && p.object(verb) < 0) {
                // "threatened to overrun X", "pledged to defend X": the act intended is aimed at X
                found = fromObjects(s, p, patterns, complement, m, sources);
            }
        }
        if (found.isEmpty()) {
            found = sharedPartner(s, p, patterns, m, sources);
        }
        (found.isEmpty() ? NONE_IN_PARSE : FROM_PARSE).incrementAndGet();
        if (Boolean.getBoolean("entente.parser.debug")) {
            System.err.println("PARSETARGET " + s.text[verb] + " -> " + found.size() + " | " + p);
        }
        return found;
    }

    /**
     * "X met Y and signed an agreement", "X hosted Y on Monday and agreed to ...": a mutual act (CAMEO trait
     * mutual, mutual_with_target or mutual_compound) on a verb coordinated with a meeting verb whose subject it
     * shares has that meeting's partner as its own when it names none; empty otherwise. The meeting verbs are the
     * lexicon's {@code parse-targets.meeting-verbs}.
     */
    private static List<ActorUnit> sharedPartner(SentenceView s, DependencyParse p, PatternDictionary patterns,
                                                 PatternMatcher.Match m, List<ActorUnit> sources) {
        int verb = m.trigger();
        String code = m.pattern().code();
        if (!p.label(verb).equals("conj") || !p.tag(verb).startsWith("VB") || p.subject(verb) >= 0
                || p.passiveSubject(verb) >= 0 || !(CAMEO.has(code, CodeTrait.MUTUAL)
                || CAMEO.has(code, CodeTrait.MUTUAL_WITH_TARGET) || CAMEO.has(code, CodeTrait.MUTUAL_COMPOUND))) {
            return List.of();
        }
        int first = p.head(verb);
        if (first < 0 || first > verb || !p.tag(first).startsWith("VB") || !MEETING.contains(s.text[first])) {
            return List.of();
        }
        List<ActorUnit> partner = fromObjects(s, p, patterns, first, m, sources);
        if (!partner.isEmpty()) {
            SHARED_PARTNERS.incrementAndGet();
        }
        return partner;
    }

    /** The actors of the verb's direct object, else of its first object-bearing prepositional object. */
    private static List<ActorUnit> fromObjects(SentenceView s, DependencyParse p, PatternDictionary patterns, int verb,
                                               PatternMatcher.Match m, List<ActorUnit> sources) {
        List<Integer> heads = new ArrayList<>();
        int direct = p.object(verb);
        if (direct >= 0) {
            heads.add(direct);
        }
        for (int c : p.children(verb)) {
            // "granted refuge to X": the parser labels a recipient's preposition "dative"
            if ((p.label(c).equals("prep") || p.label(c).equals("dative")) && OBJECT_PREP.contains(s.text[c])) {
                int o = p.child(c, "pobj");
                if (o >= 0) {
                    heads.add(o);
                }
            }
        }
        for (int head : heads) {
            if (isAct(s, p, patterns, head, m)) {
                // "criticised Tory promises", "condemned the shelling of X's consulate by Y": what the verb is about
                // is the act, so its doer is the target (none when the act names no doer)
                ActorUnit doer = ParseRoles.actDoer(s, p, head);
                if (doer == null) {
                    doer = ImpliedDoers.stateOf(s, p, patterns, head); // "condemned the arrest of X's dissidents"
                }
                if (doer != null && !sources.contains(doer)) {
                    ACT_DOERS.incrementAndGet();
                    return List.of(doer);
                }
                continue;
            }
            List<ActorUnit> actors = new ArrayList<>();
            for (int c : p.conjuncts(head)) {
                ActorUnit u = named(s, p, c, 0);
                if (u == null && c == direct) {
                    u = aimedAt(s, p, patterns, c, m); // "inflicted heavy casualties on X"
                }
                if (u != null && !sources.contains(u) && !actors.contains(u)) {
                    actors.add(u);
                }
            }
            if (!actors.isEmpty()) {
                return actors;
            }
        }
        return List.of();
    }

    /**
     * Is the object a noun the dictionary codes as an act of its own ("the shelling", "the sanctions")? Its actors
     * are that act's, not the target of this one, unless the pattern itself spans the noun ("lodged a protest").
     */
    private static boolean isAct(SentenceView s, DependencyParse p, PatternDictionary patterns, int head,
                                 PatternMatcher.Match m) {
        if (m.words().contains(head) || s.covering[head] != null || !p.tag(head).startsWith("NN")) {
            return false;
        }
        return !patterns.nounPatterns(s.text[head], s.lemma[head], s).isEmpty();
    }

    /**
     * The actor a direct object that names none is aimed at by a preposition of its own: "inflicted casualties on
     * X", "imposed a ban against X"; null if none (or the preposition's object is itself an act).
     */
    private static ActorUnit aimedAt(SentenceView s, DependencyParse p, PatternDictionary patterns, int object,
                                     PatternMatcher.Match m) {
        for (int c : p.children(object)) {
            if (p.label(c).equals("prep") && OBJECT_PREP.contains(s.text[c])) {
                int o = p.child(c, "pobj");
                if (o >= 0 && !isAct(s, p, patterns, o, m)) {
                    ActorUnit u = named(s, p, o, 1);
                    if (u != null) {
                        return u;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The target of a participle that modifies a noun ("the civilians killed by X", "journalists detained in
     * X"): the actor that noun names, or null when the participle modifies no noun or the noun names none.
     */
    public static List<ActorUnit> modifiedNoun(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources) {
        DependencyParse p = ParseRoles.parse(s);
        int verb = m.trigger();
        if (p == null || !p.tag(verb).equals("VBN") || !p.label(verb).equals("acl") || p.head(verb) < 0) {
            return List.of();
        }
        ActorUnit u = named(s, p, p.head(verb), 0);
        if (u == null || sources.contains(u)) {
            return List.of();
        }
        FROM_PARSE.incrementAndGet();
        return List.of(u);
    }

    /** The actor a noun phrase headed by {@code head} names, or null: see the class comment. */
    public static ActorUnit named(SentenceView s, DependencyParse p, int head, int depth) {
        if (s.covering[head] != null) {
            return s.covering[head];
        }
        if (depth > 3 || !(p.tag(head).startsWith("NN") || p.tag(head).equals("CD"))) {
            return null; // a pronoun, a clause, a number of things: no actor the parse can name here
        }
        for (int c : p.children(head)) {
            if (NAMING.contains(p.label(c)) && s.covering[c] != null) {
                return s.covering[c];
            }
        }
        for (int c : p.children(head)) {
            if (p.label(c).equals("appos")) {
                ActorUnit u = named(s, p, c, depth + 1); // "Wang, a top Chinese official"
                if (u != null) {
                    return u;
                }
            }
        }
        for (int c : p.children(head)) {
            if (p.label(c).equals("prep") && OWNING_PREP.contains(s.text[c])) {
                int o = p.child(c, "pobj");
                ActorUnit u = o < 0 ? null : named(s, p, o, depth + 1);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }
}
