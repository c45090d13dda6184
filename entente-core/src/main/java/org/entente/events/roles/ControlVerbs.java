package org.entente.events.roles;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

import java.util.Set;

/**
 * Object control: in "X wants Y to attack Z", "X urged Y to withdraw", "X called on Y to talk", the object Y of
 * the control verb, not its subject X, is the doer of the infinitive. {@link Roles} asks this class for the doer
 * of an infinitive; {@link org.entente.events.matching.CandidateFinder} asks it for the act a "want" names ("X wants Y to attack Z").
 */
public final class ControlVerbs {
    /**
     * Verbs whose object is the doer of the infinitive after it. Not the verbs of command ("order", "force",
     * "compel", "authorize"): "the government ordered the newspaper to suspend publication" is coded, as event data
     * code commands, as the act of the one who gives the order.
     */
    private static final Set<String> OBJECT_CONTROL = Lexicon.forms("control-verbs.object-control");
    /**
     * Control verbs that let the infinitive's act happen ("allowed Y to land", "helped Y to rebuild"); after the
     * others ("wants", "asked", "urged Y to") the act is only wished for. "persuade" is not one: "a last try to
     * persuade Y to abide by the pact" says nothing of Y abiding.
     */
    private static final Set<String> IMPLICATIVE = Lexicon.forms("control-verbs.implicative");
    /** "call on Y to", "appeal to Y to": the object follows a preposition. */
    private static final Set<String> CALL = Lexicon.forms("control-verbs.call");
    private static final Set<String> WANT = Lexicon.forms("control-verbs.want");
    /**
     * Verbs of command ("ordered Y to suspend", "forced Y to withdraw"): the infinitive is coded as the act of the
     * one who gives the command, as event data code commands; read only from the parse ({@link #kind}).
     */
    private static final Set<String> COMMAND = Lexicon.forms("control-verbs.command");
    /** The prepositions after a verb of {@link #CALL} that introduce its object ("call on Y", "appeal to Y"). */
    private static final Set<String> CALL_PREP = Lexicon.words("control-verbs.call-prep");

    /** What a controlling verb with an object makes of the infinitive's doer. */
    enum Kind {
        /** the object does the infinitive ("urged Y to withdraw", "called on Y to talk") */
        OBJECT,
        /** the act is coded as the controller's own ("ordered Y to suspend") */
        COMMAND,
        /** not a known controlling verb */
        OTHER
    }

    /** The kind of a controlling verb, by its word form (the parse's lower-cased word). */
    static Kind kind(String verb) {
        if (OBJECT_CONTROL.contains(verb) || CALL.contains(verb)) {
            return Kind.OBJECT;
        }
        return COMMAND.contains(verb) ? Kind.COMMAND : Kind.OTHER;
    }

    /**
     * The object of a controlling verb in the parse: its direct object ("urged Y to"), or for a verb of calling the
     * object of its preposition ("called on Y to", "appealed to Y to"); -1 if none ("agreed to", "was forced to").
     */
    static int controllee(DependencyParse p, int verb) {
        int o = p.object(verb);
        if (o >= 0 || !CALL.contains(p.word(verb))) {
            return o;
        }
        for (int c : p.children(verb)) {
            if (p.label(c).equals("prep") && CALL_PREP.contains(p.word(c))) {
                int obj = p.child(c, "pobj");
                if (obj >= 0) {
                    return obj;
                }
            }
        }
        return -1;
    }

    /**
     * An infinitive the parser hangs on a verb as a clausal complement with no subject of its own ("allow
     * inspectors to visit" read as allow -ccomp-> visit): read as the controlled infinitive it is.
     */
    static boolean infinitiveComplement(DependencyParse p, int verb) {
        if (!p.label(verb).equals("ccomp") || p.subject(verb) >= 0 || p.passiveSubject(verb) >= 0) {
            return false;
        }
        return toBefore(p, verb);
    }

    /** Is the verb an infinitive with its "to" ("to attack")? */
    private static boolean toBefore(DependencyParse p, int verb) {
        int to = p.child(verb, "aux");
        return to >= 0 && to < verb && p.word(to).equals("to");
    }

    /**
     * The controlling verb over the infinitive at {@code trigger} in the sentence's parse, when it has an object
     * that does the infinitive ("urged the leaders of Y to withdraw"); -1 when there is none or no parse.
     */
    static int objectControllerInParse(SentenceView s, int trigger) {
        DependencyParse p = ParseRoles.parse(s);
        if (p == null || trigger >= p.size() || !p.tag(trigger).startsWith("VB")) {
            return -1;
        }
        int gov = p.head(trigger);
        if (gov < 0) {
            return -1;
        }
        boolean controlled = (p.label(trigger).equals("xcomp") || infinitiveComplement(p, trigger))
                && controllee(p, gov) >= 0;
        // "expects the leaders of Y to attack": the parser makes the object the infinitive's own subject
        boolean ownSubject = p.label(trigger).equals("ccomp") && p.subject(trigger) >= 0 && toBefore(p, trigger);
        if (!controlled && !ownSubject) {
            return -1;
        }
        return kind(p.word(gov)) == Kind.OBJECT ? gov : -1;
    }
    private static final Set<String> OBJECT_PRONOUNS = Lexicon.words("control-verbs.object-pronouns");

    /**
     * The control verb over an infinitive and the infinitive's doer.
     *
     * @param verb   token index of the control verb ("wants", "called")
     * @param object its object, the infinitive's doer; null when the object is no known actor ("the rebels", "him")
     */
    record Control(int verb, ActorUnit object) {
    }

    private ControlVerbs() {
    }

    /** "wants Y to (swiftly) attack": the control over the infinitive at {@code trigger}, else null. */
    static Control over(SentenceView s, int trigger) {
        int t = trigger - 1;
        while (t >= 0 && s.pos[t].startsWith("RB") && s.covering[t] == null) {
            t--;
        }
        if (t < 2 || !s.is(t, "to") || s.covering[t] != null) {
            return null;
        }
        int j = t - 1;
        ActorUnit object = s.endsAt[j];
        int g;
        if (object != null) {
            g = object.first() - 1;
            while (g >= 0 && s.covering[g] == null && (s.pos[g].equals("DT") || s.pos[g].startsWith("JJ")
                    || s.pos[g].equals("CD"))) {
                g--;
            }
        } else if (OBJECT_PRONOUNS.contains(s.text[j]) && s.covering[j] == null) {
            g = j - 1;
        } else {
            g = j;
            while (g >= 0 && g > j - 5 && s.covering[g] == null && (s.isNoun(g) || s.pos[g].startsWith("JJ")
                    || s.pos[g].equals("DT") || s.pos[g].equals("CD") || s.pos[g].equals("PRP$"))) {
                g--;
            }
            if (g == j || !s.isNoun(j)) {
                return null; // no noun phrase before "to": "X wants to attack" is X's own act
            }
        }
        if (g < 0 || s.covering[g] != null) {
            return null;
        }
        if (OBJECT_CONTROL.contains(s.text[g]) && s.isVerb(g)) {
            return new Control(g, object);
        }
        if ((s.is(g, "on") || s.is(g, "upon") || s.is(g, "to")) && g >= 1 && CALL.contains(s.text[g - 1])) {
            return new Control(g - 1, object);
        }
        return null;
    }

    /** "X wants / asked / urged Y to attack": an infinitive whose act is wished for, not done. */
    public static boolean wished(SentenceView s, int trigger) {
        Control c = over(s, trigger);
        if (c != null) {
            return !IMPLICATIVE.contains(s.text[c.verb()]);
        }
        // the parse finds the control over a longer object: "urged the leaders of Y to withdraw"
        int gov = objectControllerInParse(s, trigger);
        return gov >= 0 && !IMPLICATIVE.contains(s.text[gov]);
    }

    /**
     * "X wants Y to attack Z": the index of the infinitive a "want" at {@code i} takes with its own doer Y (an
     * actor), else -1.
     */
    public static int wantedAct(SentenceView s, int i) {
        if (!WANT.contains(s.text[i]) || !s.isVerb(i)) {
            return -1;
        }
        java.util.List<ActorUnit> object = PatternMatcher.slot(s, i + 1, false);
        if (object.isEmpty()) {
            return -1;
        }
        int t = object.get(object.size() - 1).last() + 1;
        if (!s.is(t, "to")) {
            return -1;
        }
        int v = t + 1;
        while (v < s.size() && s.pos[v].startsWith("RB") && s.covering[v] == null) {
            v++;
        }
        Control c = v < s.size() ? over(s, v) : null;
        return c != null && c.verb() == i ? v : -1;
    }
}
