package org.entente.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches one pattern at one trigger token. Backtracking over gaps and optional words; slots take the first
 * actor unit after at most {@link #MAX_FILLER} noun-phrase words ("visited the Chinese capital Beijing").
 */
final class PatternMatcher {
    static final int MAX_GAP = 4;
    static final int MAX_FILLER = 4;

    /** The result of a match: the slots it filled and the literal words it consumed. */
    record Match(Pattern pattern, int trigger, int end, List<ActorUnit> targets, List<ActorUnit> sources,
                 List<ActorUnit> agents, List<Integer> words) {
    }

    private PatternMatcher() {
    }

    /**
     * @param implicitTarget when true (passive clause, object relative clause) the '+' slot is not in the text
     *                       after the verb: it matches nothing, or an agent "by X" which becomes the source
     */
    static Match match(SentenceView s, Pattern p, int trigger, boolean implicitTarget) {
        // no quick reject here: the coder asks PatternDictionary only for patterns whose words are all in the
        // sentence, and a required word that is missing fails the match below anyway
        if (!p.trigger().accepts(s.text[trigger], s.lemma[trigger])) {
            return null;
        }
        return matchFrom(s, p, trigger, implicitTarget);
    }

    /**
     * Matches {@code p} at {@code trigger} whatever word stands there: a verb read as another verb of the same
     * frame ("wants Y to attack" as "urges Y to attack").
     */
    static Match matchAs(SentenceView s, Pattern p, int trigger) {
        return matchFrom(s, p, trigger, false);
    }

    private static Match matchFrom(SentenceView s, Pattern p, int trigger, boolean implicitTarget) {
        State st = new State();
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
                if (pos < n && e.accepts(s.text[pos], s.lemma[pos])) {
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
                return e.optional() ? go(s, p, ei + 1, pos, implicit, st) : -1;
            }
            case GAP -> {
                // a date phrase in the gap ("lifted on Friday a blockade") is no distance between the words
                int counted = 0;
                for (int k = 0; counted <= MAX_GAP && pos + k <= n; k++) {
                    if (k > 0 && s.isHardBoundary(pos + k - 1)) {
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
                        List<ActorUnit> agent = slot(s, pos + 1);
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
                List<ActorUnit> group = slot(s, pos);
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

    /** The actor unit a slot at {@code pos} names, with its coordinated partners; empty if none. */
    static List<ActorUnit> slot(SentenceView s, int pos) {
        for (int k = pos; k < s.size() && k <= pos + MAX_FILLER; k++) {
            ActorUnit u = s.startsAt[k];
            if (u != null) {
                return Coordination.coordinated(s, u);
            }
            if (!s.isNounPhraseFiller(k) || s.covering[k] != null) {
                return List.of();
            }
        }
        return List.of();
    }

    private static void truncate(List<Integer> l, int size) {
        while (l.size() > size) {
            l.remove(l.size() - 1);
        }
    }

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december");

    /** A weekday, month or day word, or "on"/"last"/"this"/"next" right before one ("on Friday"). */
    static boolean isTimeWord(SentenceView s, int i) {
        String w = s.text[i].toLowerCase();
        if (DAY_WORDS.contains(w) || dateName(s, i)) {
            return true;
        }
        return (w.equals("on") || w.equals("last") || w.equals("this") || w.equals("next")) && i + 1 < s.size()
                && dateName(s, i + 1);
    }

    private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("today", "yesterday", "tonight",
            "tomorrow");

    /** A capitalised weekday or month tagged as a noun ("Friday", "March"; not "may" or "a march"). */
    private static boolean dateName(SentenceView s, int i) {
        return TIME_WORDS.contains(s.text[i].toLowerCase()) && s.pos[i].startsWith("NN")
                && Character.isUpperCase(s.tokens.get(i).text().charAt(0));
    }
}
