package org.entente.events.roles;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.text.parse.DependencyParse;
import org.entente.text.parse.DependencyParser;

/**
 * The subject of an event's verb read from the sentence's dependency parse: the verb's nominal subject (active or
 * passive: what the coder then does with a passive is its own business), followed through a controlling verb
 * ("X asked Y to withdraw": Y; "X wants to visit": X), a shared subject ("X met Y and signed": X), a relative
 * pronoun ("Russia, which signed": Russia), and from the head noun of the subject's phrase to the actor that phrase
 * names (its owner, a name compounded with it, an apposition, "the president of X"), never a place or other modifier
 * hung on it by a preposition ("rebels in the Ivory Coast" are rebels, not the Ivory Coast). Coordinated subjects
 * give every conjunct ("X and Y met").
 *
 * <p>Where the sentence has no parse (parser off, sentence too long, a parser failure) or the parse gives the verb no
 * subject it can read (a participle adjunct, a reduced relative), the structural heuristics of {@link Roles} decide;
 * {@link #stats()} counts how often each happens.
 */
public final class ParseRoles {
    /** Sentences longer than this are not parsed (tables, lists run together): the heuristics decide. */
    static final int MAX_TOKENS = 100;
    /**
     * Nor sentences longer than this in characters: a run-on "word" (a URL, a run of symbols, a table cell tens of
     * thousands of characters long) sends NLP4J's word-form regular expressions into backtracking that does not end
     * in reasonable time. 100 real tokens take well under 1,500 characters.
     */
    static final int MAX_CHARS = 1500;
    /**
     * On unless {@code -Dentente.parser=off} (or {@code targets}: missing targets only). Session 5 kept it off: PLOVER
     * dev type+source fell from 0.765 to 0.742. With the deferrals below (a subject after an active verb, a relative
     * clause on a thing, a role noun of no country go to the heuristics; a named body is not composed with a place)
     * and the targets of {@link ParseTargets}, it holds the dev targets and raises precision and essential recall on
     * the team's annotated train and dev splits (BENCHMARKS.md, "Roles from the parse"). Read on each call, so a
     * test can switch it.
     */
    private static boolean enabledNow() {
        return !"off".equalsIgnoreCase(mode());
    }

    /**
     * {@code on}: subjects and missing targets from the parse; {@code targets}: missing targets only (subjects by
     * the heuristics); {@code off}: no parse at all.
     */
    private static String mode() {
        return System.getProperty("entente.parser", "on");
    }

    /** Are subjects read from the parse ({@code -Dentente.parser=on}), not only missing targets? */
    private static boolean subjectsFromParse() {
        return "on".equalsIgnoreCase(mode());
    }

    private static final AtomicLong FROM_PARSE = new AtomicLong();
    private static final AtomicLong NO_PARSE = new AtomicLong();
    private static final AtomicLong NO_SUBJECT_IN_PARSE = new AtomicLong();
    /** Why the parse left a subject to the heuristics, by reason. */
    private static final java.util.concurrent.ConcurrentMap<String, AtomicLong> DEFERRED =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final AtomicLong PARSE_FAILURES = new AtomicLong();
    private static final AtomicLong OBJECT_ACTS = new AtomicLong();
    /** Subjects read inside a first verb's object that gave way to its subject ("X met Y and signed"). */
    private static final AtomicLong COORDINATED_OBJECTS = new AtomicLong();

    static {
        if (Boolean.getBoolean("entente.parser.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("parse roles: " + stats())));
        }
    }

    private ParseRoles() {
    }

    private static final boolean DEBUG = Boolean.getBoolean("entente.parser.debug");
    /** {@code -Dentente.parser.dump=true}: print every parse made (token, word, head, label, tag) on stderr. */
    private static final boolean DUMP = Boolean.getBoolean("entente.parser.dump");

    private static String names(List<ActorUnit> units) {
        StringBuilder b = new StringBuilder();
        for (ActorUnit u : units) {
            b.append(u.head().text()).append('/').append(u.head().code()).append(' ');
        }
        return b.toString().trim();
    }

    /** Is the parser used at all ({@code -Dentente.parser=on} turns it on)? */
    static boolean enabled() {
        return enabledNow();
    }

    /** How often the subject came from the parse and how often (and why) the heuristics decided. */
    static String stats() {
        return String.format("subjects from the parse %d; heuristic fallback: no parse %d, left to the heuristics "
                        + "%d %s (parser failures %d); targets moved from inside an act-noun object %d; a coordinated verb's "
                        + "subject taken back from the first verb's object %d", FROM_PARSE.get(),
                NO_PARSE.get(), NO_SUBJECT_IN_PARSE.get(), DEFERRED, PARSE_FAILURES.get(), OBJECT_ACTS.get(),
                COORDINATED_OBJECTS.get());
    }

    /** The subject of the verb at {@code trigger}: from the parse where it says, else {@link Roles#verbSubject}. */
    public static Roles.Subject verbSubject(SentenceView s, int trigger) {
        return verbSubject(s, trigger, Roles.verbSubject(s, trigger));
    }

    /**
     * As {@link #verbSubject(SentenceView, int)} with the heuristic subject already read. The parse changes only
     * the subject's actors: its clause scope and antecedent are always the heuristic's, so a caller may decide from
     * {@code heuristic} alone whether a pattern matches and ask for the parse (which costs milliseconds) only then.
     */
    public static Roles.Subject verbSubject(SentenceView s, int trigger, Roles.Subject heuristic) {
        DependencyParse p = subjectsFromParse() ? parse(s) : null;
        if (p == null) {
            NO_PARSE.incrementAndGet();
            return heuristic;
        }
        Roles.Subject parsed = subjectOf(s, p, trigger, heuristic);
        if (parsed == null) {
            NO_SUBJECT_IN_PARSE.incrementAndGet();
            return notTheFirstVerbsObject(s, p, trigger, heuristic);
        }
        FROM_PARSE.incrementAndGet();
        parsed = notTheFirstVerbsObject(s, p, trigger, parsed);
        if (DEBUG && !names(parsed.units()).equals(names(heuristic.units()))) {
            System.err.println("ROLEDIFF " + s.text[trigger] + " | parse " + names(parsed.units()) + " | heur "
                    + names(heuristic.units()) + " | " + s.sentence.text());
        }
        return parsed;
    }

    /**
     * A coordinated verb's doer is never the first verb's object: in "X met Y and signed a deal" (or "he met Y and
     * signed") the second verb shares the first one's subject, so a subject read inside the first verb's object or
     * prepositional phrase ("Y", by the word-order heuristic) gives way to the first verb's own subject. A verb with
     * a subject of its own in the parse ("X met Y and Y signed") is left as it is.
     */
    static Roles.Subject notTheFirstVerbsObject(SentenceView s, DependencyParse p, int trigger, Roles.Subject subject) {
        if (subject.units().isEmpty() || trigger >= p.size() || !p.label(trigger).equals("conj")
                || !p.tag(trigger).startsWith("VB") || p.subject(trigger) >= 0 || p.passiveSubject(trigger) >= 0) {
            return subject;
        }
        int first = p.head(trigger);
        if (first < 0 || first > trigger || !p.tag(first).startsWith("VB")
                || !insideObjects(p, first, trigger, subject.units())) {
            return subject;
        }
        Roles.Subject shared = verbSubject(s, first);
        COORDINATED_OBJECTS.incrementAndGet();
        return new Roles.Subject(shared.units(), Math.min(subject.scopeStart(), shared.scopeStart()),
                subject.antecedent(), shared.pronoun());
    }

    /** Object relations whose phrase is a verb's object, not its subject or a clause of its own. */
    private static final Set<String> OBJECT_RELATIONS = Set.of("dobj", "iobj", "dative", "prep", "attr", "oprd");

    /** Words that open a clause as well as a phrase ("after", "before", "since", ...): the lexicon's list. */
    private static final Set<String> CLAUSE_OPENERS = org.entente.events.syntax.Lexicon.words(
            "roles.temporal-subordinators");

    /** Does one of {@code units} lie inside an object phrase of {@code verb} between it and {@code before}? */
    private static boolean insideObjects(DependencyParse p, int verb, int before, List<ActorUnit> units) {
        for (int c : p.children(verb)) {
            if (c <= verb || c >= before || !OBJECT_RELATIONS.contains(p.label(c))
                    || CLAUSE_OPENERS.contains(p.word(c))) {
                // "took the case to X after the Court backed ...": a word that opens clauses read as a preposition
                // hides a clause of its own, whose subject it is
                continue;
            }
            int[] phrase = p.phrase(c);
            for (ActorUnit u : units) {
                if (u.first() >= phrase[0] && u.last() <= phrase[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's parse, made on first need and kept with the sentence; null when there is none. */
    public static DependencyParse parse(SentenceView s) {
        if (!enabledNow() || s.size() > MAX_TOKENS || s.size() == 0
                || s.sentence.end() - s.sentence.start() > MAX_CHARS) {
            return null;
        }
        if (s.parse == null && !s.parseTried) {
            s.parseTried = true;
            try {
                s.parse = DependencyParser.shared().parse(s.tokens);
                if (DUMP) {
                    System.err.println("PARSE " + s.sentence.text() + "\n" + s.parse);
                }
            } catch (RuntimeException e) {
                // a sentence the parser cannot take is coded by the heuristics; the failure is counted, not fatal
                if (PARSE_FAILURES.incrementAndGet() <= 3) {
                    System.err.println("entente: parser failed on a sentence (" + e + "); heuristics used instead");
                }
            }
        }
        return s.parse;
    }

    /**
     * The subject as the parse reads it, or null when it reads none or leaves it to the heuristics. The clause scope
     * and the relative-clause antecedent stay the heuristics' (modality, date and place are read over that scope).
     */
    static Roles.Subject subjectOf(SentenceView s, DependencyParse p, int trigger, Roles.Subject heuristic) {
        int pred = predicate(p, trigger);
        if (pred < 0) {
            return defer("trigger not parsed as a verb");
        }
        SubjectToken found = subjectToken(p, pred);
        int subj = found.token();
        if (subj < 0) {
            return defer("no subject (participle, controlled infinitive with an object, ...)");
        }
        if (subj > trigger && !s.isReporting(trigger)) {
            // an active verb's subject after it outside a quotative inversion ("..., said X") is a misparse
            // ("minister Oniya summoned Niger's ambassador" read with the ambassador as subject)
            return defer("subject after an active verb (misparse)");
        }
        if (found.relative() && !found.person() && s.covering[subj] == null && SubjectPhrases.roleAt(s, subj) == null) {
            // "a resolution that aims to impose sanctions", "an operation that killed": whether the thing a relative
            // clause describes stands for an actor named near it is the heuristics' call, not the parse's
            return defer("relative clause on a thing");
        }
        List<ActorUnit> units = new ArrayList<>();
        for (int c : p.conjuncts(subj)) {
            SubjectPhrases.Reading r = SubjectPhrases.read(s, p, c);
            if (r == null) {
                return defer("pronoun, pronoun-owned or placed noun, role noun of no country"); // the heuristics decide
            }
            for (ActorUnit u : r.units()) {
                if (!units.contains(u)) {
                    units.add(u);
                }
            }
        }
        return new Roles.Subject(units, heuristic.scopeStart(), heuristic.antecedent(), -1);
    }

    private static Roles.Subject defer(String reason) {
        DEFERRED.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
        return null;
    }

    /**
     * The verb whose subject is the trigger's doer: the trigger itself, or for an infinitive under a controlling
     * verb, or for a second verb sharing the first one's subject, that verb. -1 for a trigger the parse does not
     * take as a clause's verb.
     */
    private static int predicate(DependencyParse p, int trigger) {
        return p.tag(trigger).startsWith("VB") ? trigger : -1;
    }

    /** The subject token found for a predicate, -1 if none; {@code relative} when it is a relative clause's noun. */
    private record SubjectToken(int token, boolean relative, boolean person) {
        static final SubjectToken NONE = new SubjectToken(-1, false, false);
    }

    /** Is there a noun or pronoun between {@code from} and {@code to} (exclusive) in the parse? */
    private static boolean nounBetween(DependencyParse p, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (p.tag(k).startsWith("NN") || p.tag(k).startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    /** Relative pronouns that say their antecedent is a person ("the president, who met X"), not a thing. */
    private static final Set<String> PERSONAL_RELATIVES = org.entente.events.syntax.Lexicon.words(
            "parse-roles.personal-relatives");

    /** The token that is the subject of {@code pred}, followed through control, conjunction and relatives. */
    private static SubjectToken subjectToken(DependencyParse p, int pred) {
        for (int steps = 0; pred >= 0 && steps < 6; steps++) {
            int subj = p.subject(pred);
            if (subj < 0) {
                subj = p.passiveSubject(pred);
            }
            if (subj >= 0) {
                int ante = p.isRelativePronoun(subj) ? p.relativeAntecedent(subj) : -1;
                return ante >= 0 ? new SubjectToken(ante, true, PERSONAL_RELATIVES.contains(p.word(subj)))
                        : new SubjectToken(subj, false, false);
            }
            String rel = p.label(pred);
            int gov = p.head(pred);
            if (gov < 0) {
                return SubjectToken.NONE;
            }
            if (rel.equals("xcomp") || ControlVerbs.infinitiveComplement(p, pred)) {
                // "X wants to visit", "X agreed / refused to meet", "X was forced to withdraw": X. With an object the
                // controlling verb decides (ControlVerbs): "X urged Y to withdraw", "X called on Y to talk": Y;
                // "X ordered Y to suspend": X (a command is coded as the commander's act); any other: the heuristics
                int object = ControlVerbs.controllee(p, gov);
                if (object < 0 && !rel.equals("xcomp") && nounBetween(p, gov, pred)) {
                    // "wanted the paper El Diario to suspend" parsed with the paper hung elsewhere: a noun between the
                    // verb and its infinitive is an object the parse lost, whose doer it cannot say: the heuristics
                    return SubjectToken.NONE;
                }
                if (object >= 0) {
                    switch (ControlVerbs.kind(p.word(gov))) {
                        case OBJECT:
                            return new SubjectToken(object, false, false);
                        case COMMAND:
                            pred = gov;
                            continue;
                        default:
                            return SubjectToken.NONE;
                    }
                }
                pred = gov;
            } else if (rel.equals("conj") && p.tag(gov).startsWith("VB")) {
                pred = gov; // "X met Y and signed ...": the second verb shares the first one's subject
            } else if (rel.equals("relcl")) {
                return new SubjectToken(gov, true, false); // "the rebels who attacked" with the pronoun unparsed
            } else {
                return SubjectToken.NONE;
            }
        }
        return SubjectToken.NONE;
    }

    /**
     * The target of a verb whose object is itself an act: "condemned the shelling of X's consulate" condemns the
     * shelling, by whoever did it, not X. When the verb's direct object is a noun the dictionary codes as an event
     * and the found targets lie inside that object's phrase, they give way to the act's own doer ("the attack by
     * Y", "Y's attack"), or to none. Otherwise (no parse, no such object, or a pattern that names the act noun
     * itself: "lodged a protest with +", "mounted an invasion of +") the targets stand.
     */
    public static List<ActorUnit> objectTargets(SentenceView s, PatternDictionary patterns, PatternMatcher.Match m,
                                         List<ActorUnit> targets) {
        DependencyParse p = targets.isEmpty() ? null : parse(s);
        if (p == null) {
            return targets;
        }
        int obj = p.object(m.trigger());
        boolean patternSpansObject = false;
        for (int w : m.words()) {
            patternSpansObject |= w >= obj;
        }
        if (obj < 0 || patternSpansObject || s.covering[obj] != null || !p.tag(obj).startsWith("NN")
                || patterns.nounPatterns(s.text[obj], s.lemma[obj], s).isEmpty()) {
            return targets;
        }
        int[] phrase = p.phrase(obj);
        List<ActorUnit> kept = new ArrayList<>();
        boolean moved = false;
        for (ActorUnit u : targets) {
            if (u.first() >= phrase[0] && u.last() <= phrase[1]) {
                moved = true;
            } else {
                kept.add(u);
            }
        }
        if (!moved) {
            return targets;
        }
        ActorUnit doer = actDoer(s, p, obj);
        if (doer == null) {
            doer = ImpliedDoers.stateOf(s, p, patterns, obj); // "condemned the arrest of X's dissidents"
        }
        if (doer != null && !kept.contains(doer)) {
            kept.add(doer);
        }
        OBJECT_ACTS.incrementAndGet();
        return kept;
    }

    /** The doer of an act noun: its owner ("Y's attack") or its "by" phrase ("the attack by Y"); null if none. */
    static ActorUnit actDoer(SentenceView s, DependencyParse p, int act) {
        int owner = p.child(act, "poss");
        if (owner >= 0 && s.covering[owner] != null) {
            return s.covering[owner];
        }
        for (int c : p.children(act)) {
            if ((p.label(c).equals("prep") || p.label(c).equals("agent")) && s.text[c].equals("by")) {
                int o = p.child(c, "pobj");
                if (o >= 0 && s.covering[o] != null) {
                    return s.covering[o];
                }
            }
        }
        for (int c : p.children(act)) {
            if (SubjectPhrases.NAMING.contains(p.label(c)) && !p.label(c).equals("poss") && s.covering[c] != null) {
                return s.covering[c]; // "the Peruvian attack on X"
            }
        }
        return null;
    }
}
