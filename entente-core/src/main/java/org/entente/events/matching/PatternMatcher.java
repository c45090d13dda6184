package org.entente.events.matching;

import org.entente.events.model.ActorUnit;
import org.entente.events.roles.Agents;
import org.entente.events.roles.RoleWords;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.VerbForms;

import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorMention;

/**
 * Matches one pattern at one trigger token. Backtracking over gaps and optional words; slots take the first
 * actor unit after at most {@link #MAX_FILLER} noun-phrase words ("visited the Chinese capital Beijing").
 */
public final class PatternMatcher {
    static final int MAX_GAP = 4;
    public static final int MAX_FILLER = 4;

    /** The result of a match: the slots it filled and the literal words it consumed. */
    public record Match(Pattern pattern, int trigger, int end, List<ActorUnit> targets, List<ActorUnit> sources,
                 List<ActorUnit> agents, List<Integer> words) {
    }

    private PatternMatcher() {
    }

    /**
     * @param implicitTarget when true (passive clause, object relative clause) the '+' slot is not in the text
     *                       after the verb: it matches nothing, or an agent "by X" which becomes the source
     */
    static Match match(SentenceView s, Pattern p, int trigger, boolean implicitTarget) {
        return match(s, p, trigger, implicitTarget, false, -1);
    }

    /**
     * As {@link #match(SentenceView, Pattern, int, boolean)}, for a {@code passive} verb: a gap before a word does
     * not reach into its "by" phrase, which names the doer, not the object; and {@code object}, when not -1, is the
     * head noun of its subject ("the bus was blown up"), the object that the pattern's last word may name
     * ("blow up * bus").
     */
    static Match match(SentenceView s, Pattern p, int trigger, boolean implicitTarget, boolean passive, int object) {
        // no quick reject here: the coder asks PatternDictionary only for patterns whose words are all in the
        // sentence, and a required word that is missing fails the match below anyway
        if (!p.trigger().accepts(s.text[trigger], s.lemma[trigger])) {
            return null;
        }
        return matchFrom(s, p, trigger, implicitTarget, passive, object);
    }

    /**
     * Matches {@code p} at {@code trigger} whatever word stands there: a verb read as another verb of the same
     * frame ("wants Y to attack" as "urges Y to attack").
     */
    static Match matchAs(SentenceView s, Pattern p, int trigger) {
        return matchFrom(s, p, trigger, false, false, -1);
    }

    private static Match matchFrom(SentenceView s, Pattern p, int trigger, boolean implicitTarget, boolean passive,
                                   int object) {
        State st = new State();
        st.object = object;
        st.passive = passive;
        st.words.add(trigger);
        int end = go(s, p, 1, trigger + 1, implicitTarget, st);
        if (end < 0) {
            return null;
        }
        return new Match(p, trigger, end, st.targets, st.sources, st.agents, st.words);
    }

    private static final class State {
        List<ActorUnit> targets = List.of();
        List<ActorUnit> sources = List.of();
        List<ActorUnit> agents = List.of();
        List<Integer> words = new ArrayList<>();
        /** The passive subject's head noun, or -1 (see {@link #match(SentenceView, Pattern, int, boolean,
         * boolean, int)}). */
        int object = -1;
        boolean passive;
    }

    /** Can the passive subject's head noun stand for the pattern's last element, a word after the verb? */
    private static boolean objectBefore(SentenceView s, List<Pattern.Element> els, int ei, State st) {
        if (st.object < 0 || ei != els.size() - 1) {
            return false;
        }
        Pattern.Element e = els.get(ei);
        return e.kind() == Pattern.Kind.WORD && !e.negative()
                && e.accepts(s.text[st.object], s.lemma[st.object]);
    }

    /** Returns the end position (exclusive) on success, -1 on failure. */
    private static int go(SentenceView s, Pattern p, int ei, int pos, boolean implicit, State st) {
        List<Pattern.Element> els = p.elements();
        if (ei == els.size()) {
            return pos;
        }
        Pattern.Element e = els.get(ei);
        int n = s.size();
        switch (e.kind()) {
            case WORD -> {
                if (objectBefore(s, els, ei, st)) {
                    // "the bus was blown up": the object the pattern names after the verb stands before it
                    st.words.add(st.object);
                    return pos;
                }
                // "a missile fired by X": a participle with its own agent is a verb, no noun of a nominal pattern
                // ("~ missile fire"); a past form alone may still be one ("~ crowd * marched")
                boolean verb = p.nominal() && pos < n && s.pos[pos].equals("VBN");
                if (pos < n && e.accepts(s.text[pos], s.lemma[pos]) && !verb) {
                    int mark = st.words.size();
                    if (!e.negative()) {
                        st.words.add(pos);
                    }
                    int r = go(s, p, ei + 1, pos + 1, implicit, st);
                    if (r >= 0) {
                        return r;
                    }
                    truncate(st.words, mark);
                }
                if (pos < n && !verb && !e.negative() && s.hyphenCompound(pos)
                        && e.accepts(s.text[pos] + s.text[pos + 2], s.text[pos] + s.lemma[pos + 2])) {
                    // "staged a sit-in": the pattern's hyphenated word over the three tokens the tokenizer made of it
                    int mark = st.words.size();
                    st.words.add(pos);
                    int r = go(s, p, ei + 1, pos + 3, implicit, st);
                    if (r >= 0) {
                        return r;
                    }
                    truncate(st.words, mark);
                }
                if (skipsDate(s, els, ei, pos)) {
                    // "warned the United States Tuesday against": a date between the object and the frame's next word
                    int r = go(s, p, ei, pos + 1, implicit, st);
                    if (r >= 0) {
                        return r;
                    }
                }
                return e.optional() ? go(s, p, ei + 1, pos, implicit, st) : -1;
            }
            case GAP -> {
                // a date phrase in the gap ("lifted on Friday a blockade") is no distance between the words
                if (objectBefore(s, els, ei + 1, st)) {
                    st.words.add(st.object);
                    return pos;
                }
                // in the passive the "by" phrase names the doer: a word the pattern wants as the object is not in it
                boolean byPhrase = st.passive && ei + 1 < els.size() && els.get(ei + 1).kind() == Pattern.Kind.WORD;
                int counted = 0;
                for (int k = 0; counted <= MAX_GAP && pos + k <= n; k++) {
                    if (k > 0 && (s.isHardBoundary(pos + k - 1) || (byPhrase && s.is(pos + k - 1, "by")))) {
                        return -1;
                    }
                    if (k > 0 && !isTimeWord(s, pos + k - 1)) {
                        counted++;
                        if (counted > MAX_GAP) {
                            break;
                        }
                    }
                    int r = go(s, p, ei + 1, pos + k, implicit, st);
                    if (r >= 0) {
                        return r;
                    }
                }
                return -1;
            }
            case TARGET, SOURCE -> {
                if (e.kind() == Pattern.Kind.TARGET && implicit) {
                    // "was attacked by X": the agent X is the source; the target is the clause subject
                    if (s.is(pos, "by")) {
                        List<ActorUnit> agent = Agents.agentAt(s, pos + 1);
                        if (!agent.isEmpty()) {
                            List<ActorUnit> saved = st.agents;
                            st.agents = agent;
                            int r = go(s, p, ei + 1, agent.get(agent.size() - 1).last() + 1, implicit, st);
                            if (r >= 0) {
                                return r;
                            }
                            st.agents = saved;
                        }
                    }
                    return go(s, p, ei + 1, pos, implicit, st);
                }
                // (a nominal pattern's slot takes named actors only: its source search is too weak for more)
                List<ActorUnit> group = slot(s, pos, !p.nominal());
                if (group.isEmpty()) {
                    return -1;
                }
                // try the whole coordinated group first ("Russia and China"), then its first member alone
                for (int size = group.size(); size >= 1; size = size == 1 ? 0 : 1) {
                    List<ActorUnit> g = group.subList(0, size);
                    List<ActorUnit> saved = e.kind() == Pattern.Kind.TARGET ? st.targets : st.sources;
                    if (e.kind() == Pattern.Kind.TARGET) {
                        st.targets = g;
                    } else {
                        st.sources = g;
                    }
                    int r = go(s, p, ei + 1, g.get(g.size() - 1).last() + 1, implicit, st);
                    if (r >= 0) {
                        return r;
                    }
                    if (e.kind() == Pattern.Kind.TARGET) {
                        st.targets = saved;
                    } else {
                        st.sources = saved;
                    }
                }
                return -1;
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * The actor unit a slot at {@code pos} names, with its coordinated partners; empty if none. With
     * {@code placedRoles}, also a role word of a named country ({@link #placedRole}).
     */
    public static List<ActorUnit> slot(SentenceView s, int pos, boolean placedRoles) {
        for (int k = pos; k < s.size() && k <= pos + MAX_FILLER; k++) {
            ActorUnit u = s.startsAt[k];
            if (u != null) {
                return Coordination.coordinated(s, u);
            }
            // (a role right after a word tagged as a noun is the head of a compound: "finance ministers in C")
            boolean compound = k == pos && pos > 0 && s.isNoun(pos - 1);
            ActorUnit placed = placedRoles && !compound ? placedRole(s, k) : null;
            if (placed != null) {
                return List.of(placed);
            }
            if (!(s.isNounPhraseFiller(k) || VerbForms.attributive(s, k)) || s.covering[k] != null) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "helped the exiled dissidents from X", "attacked rebels in X": a bare role word that the act can be aimed at,
     * tied to a named country by in/of/from, is that country's role (X + OPP) and fills the slot; the unit spans the
     * place too, so the pattern goes on after it. Null if the token starts no such phrase.
     */
    private static ActorUnit placedRole(SentenceView s, int k) {
        ActorMention r = s.roleAt[k];
        if (r == null || s.covering[k] != null || !RoleWords.aimedAt(s, k, r)) {
            return null;
        }
        ActorUnit linked = RoleWords.linkedPlace(s, r.lastToken() + 1);
        if (linked == null || linked.head().country() == null) {
            return null;
        }
        return new ActorUnit(r.firstToken(), linked.last(), RoleWords.roleOf(r, linked).members());
    }

    private static void truncate(List<Integer> l, int size) {
        while (l.size() > size) {
            l.remove(l.size() - 1);
        }
    }

    /**
     * Whether the token at {@code pos} is a date word the word element {@code ei} may skip: agency copy puts the day
     * right after the verb's object ("warned the United States Tuesday against ..."), and the date is the event's,
     * not a word of its frame. Only after the target slot: right after the verb a date may close the clause
     * ("resigned Sunday as the opposition ..." is no "resign as"), and measured so it cost the public dev sets.
     */
    private static boolean skipsDate(SentenceView s, List<Pattern.Element> els, int ei, int pos) {
        return ei > 0 && els.get(ei - 1).kind() == Pattern.Kind.TARGET && pos < s.size() && isTimeWord(s, pos);
    }

    /** Words that make a weekday or month after them a time phrase: "on Friday", "last March". */
    private static final java.util.Set<String> DATE_OPENERS = Lexicon.words("pattern-matcher.date-openers");
    private static final java.util.Set<String> TIME_WORDS = Lexicon.words("pattern-matcher.time-words");

    /** A weekday, month or day word, or "on"/"last"/"this"/"next" right before one ("on Friday"). */
    static boolean isTimeWord(SentenceView s, int i) {
        String w = s.text[i].toLowerCase();
        if (DAY_WORDS.contains(w) || dateName(s, i)) {
            return true;
        }
        return DATE_OPENERS.contains(w) && i + 1 < s.size()
                && dateName(s, i + 1);
    }

    private static final java.util.Set<String> DAY_WORDS = Lexicon.words("pattern-matcher.day-words");

    /** A capitalised weekday or month tagged as a noun ("Friday", "March"; not "may" or "a march"). */
    private static boolean dateName(SentenceView s, int i) {
        return TIME_WORDS.contains(s.text[i].toLowerCase()) && s.pos[i].startsWith("NN")
                && Character.isUpperCase(s.tokens.get(i).text().charAt(0));
    }
}
