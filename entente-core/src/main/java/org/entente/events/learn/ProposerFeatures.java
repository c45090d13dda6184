package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.ingest.Article;

/**
 * The features the learned proposer reads, from the coder's analysed sentence (tokens, POS tags, lemmas, actor units;
 * positions are counted in tokens; only a report verb's clause is read from the dependency parse, where the sentence
 * has one). Two sets: of a trigger word (which
 * root, if any, it tells: {@link #trigger}) and of an actor unit for a trigger (is it the doer, the one acted upon,
 * or neither: {@link #role}). All binary, named {@code group=value}.
 */
public final class ProposerFeatures {
    /** Words before a trigger that make it something other than a plain act: a condition, a capability, a plan. */
    private static final Set<String> CUES = Lexicon.words("proposer-features.cues");
    private static final Set<String> FIRST_PERSON = Lexicon.words("proposer-features.first-person");
    private static final Set<String> QUOTES = Lexicon.words("proposer-features.quotes");
    /** The forms of "be" that make a passive or a copula of the next words (not the contracted "'s"). */
    private static final Set<String> BE = Auxiliaries.BE_OR_BEING;

    private ProposerFeatures() {
    }

    /**
     * The features of the trigger at {@code t}: of its word (with the roots {@code triggers} says the dictionary can
     * give it), its neighbours and actors, and, for a report verb, of the clause it governs ({@link ClauseContent}).
     */
    public static List<String> trigger(Article article, SentenceView s, int t, Triggers triggers) {
        Set<String> roots = triggers.roots(s, t);
        List<String> f = new ArrayList<>(48);
        String lemma = s.lemmaAt(t);
        String pos = coarse(s.posAt(t));
        f.add("lemma=" + lemma);
        f.add("lemma|pos=" + lemma + "|" + pos);
        f.add("pos=" + s.posAt(t));
        if (roots.isEmpty()) {
            f.add("droot=none");
        }
        for (String r : roots) {
            f.add("droot=" + r);
            f.add("droot|pos=" + r + "|" + pos);
        }
        f.add("droots=" + Math.min(roots.size(), 4));
        for (int k = -2; k <= 2; k++) {
            if (k != 0) {
                f.add("w" + k + "=" + wordAt(s, t + k));
            }
        }
        f.add("p-1=" + posOf(s, t - 1));
        f.add("p+1=" + posOf(s, t + 1));
        ActorUnit before = nearest(s, t, -1);
        ActorUnit after = nearest(s, t, +1);
        f.add("actor.before=" + (before == null ? "none" : kind(before) + "@" + bucket(t - before.last())));
        f.add("actor.after=" + (after == null ? "none" : kind(after) + "@" + bucket(after.first() - t)));
        f.add("actors=" + (before == null ? "0" : "1") + (after == null ? "0" : "1"));
        if (after != null) {
            f.add("prep.after=" + (after.first() > 0 ? prepositionOrWord(s, after.first() - 1) : "<s>"));
            f.add("lemma|prep.after=" + lemma + "|" + prepositionOrWord(s, Math.max(0, after.first() - 1)));
        }
        if (passive(s, t)) {
            f.add("passive");
        }
        for (int j = t + 1; j < Math.min(s.size(), t + 6); j++) {
            if (s.word(j).equals("by")) {
                f.add("by.after");
                break;
            }
        }
        cues(s, t, f);
        context(article, s, t, f);
        ClauseContent.features(s, t, triggers, f);
        return f;
    }

    /** The features of actor unit {@code u} for the trigger at {@code t} proposing root {@code root}. */
    public static List<String> role(SentenceView s, int t, ActorUnit u, String root) {
        List<String> f = new ArrayList<>(24);
        boolean before = u.last() < t;
        String side = before ? "before" : "after";
        int d = before ? t - u.last() : u.first() - t;
        f.add("side=" + side);
        f.add("side|d=" + side + "|" + bucket(d));
        f.add("root|side=" + root + "|" + side);
        f.add("nearest=" + (nearest(s, t, before ? -1 : 1) == u));
        f.add("side|nearest=" + side + "|" + (nearest(s, t, before ? -1 : 1) == u));
        String prev = u.first() > 0 ? prepositionOrWord(s, u.first() - 1) : "<s>";
        f.add("prev=" + prev);
        f.add("side|prev=" + side + "|" + prev);
        f.add("root|prev=" + root + "|" + prev);
        f.add("kind=" + kind(u));
        f.add("root|kind=" + root + "|" + kind(u));
        if (u.last() + 1 < s.size() && (s.word(u.last() + 1).equals("'s") || s.posAt(u.last() + 1).equals("POS"))) {
            f.add("possessive");
        }
        boolean passive = passive(s, t);
        f.add("passive|side=" + passive + "|" + side);
        int verbs = 0;
        boolean comma = false;
        for (int j = Math.min(t, u.last()) + 1; j < Math.max(t, u.first()); j++) {
            verbs += s.posAt(j).startsWith("VB") ? 1 : 0;
            comma |= s.word(j).equals(",");
        }
        f.add("verbs.between=" + Math.min(verbs, 2));
        if (comma) {
            f.add("comma.between");
        }
        f.add("first.unit=" + (s.units().get(0) == u));
        f.add("lemma|side=" + s.lemmaAt(t) + "|" + side);
        if (ClauseContent.about(s, t) == u) { // the one a statement judges, demands of, praises
            f.add("clause.about");
            f.add("root|clause.about=" + root);
        }
        return f;
    }

    /** The kind of an actor unit: its head's mention kind and role ("person:GOV", "country:-", "organisation:IGO"). */
    static String kind(ActorUnit u) {
        ActorMention m = u.head();
        String role = m.role() != null ? m.role() : m.code() != null && m.code().startsWith("IGO") ? "IGO" : "-";
        return m.kind() + ":" + role;
    }

    /** The nearest actor unit before ({@code dir} -1) or after (+1) token {@code t}, or null. */
    static ActorUnit nearest(SentenceView s, int t, int dir) {
        ActorUnit best = null;
        for (ActorUnit u : s.units()) {
            if (dir < 0 && u.last() < t && (best == null || u.last() > best.last())) {
                best = u;
            } else if (dir > 0 && u.first() > t && (best == null || u.first() < best.first())) {
                best = u;
            }
        }
        return best;
    }

    /** "was arrested", "were being held": a participle after a form of "be" within three words. */
    static boolean passive(SentenceView s, int t) {
        if (!s.posAt(t).equals("VBN")) {
            return false;
        }
        for (int j = t - 1; j >= Math.max(0, t - 3); j--) {
            if (BE.contains(s.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "by" follows the trigger within six words: a passive that names its doer. */
    static boolean agentAfter(SentenceView s, int t) {
        for (int j = t + 1; j < Math.min(s.size(), t + 7); j++) {
            if (s.word(j).equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    private static void cues(SentenceView s, int t, List<String> f) {
        for (int j = Math.max(0, t - 6); j < t; j++) {
            if (CUES.contains(s.lemmaAt(j)) || CUES.contains(s.word(j))) {
                f.add("cue=" + s.lemmaAt(j));
            }
        }
        int quotes = 0;
        for (int j = 0; j < t; j++) {
            quotes += QUOTES.contains(s.word(j)) ? 1 : 0;
        }
        if (quotes % 2 == 1) {
            f.add("quote.inside");
        }
    }

    private static void context(Article article, SentenceView s, int t, List<String> f) {
        boolean firstPerson = false;
        for (int j = 0; j < s.size(); j++) {
            firstPerson |= FIRST_PERSON.contains(s.word(j));
        }
        if (firstPerson) {
            f.add("first_person");
        }
        f.add("sent.index=" + Math.min(s.sentence().index(), 3));
        f.add("trig.at=" + bucket(t));
        FilterFeatures.genre(article, f);
    }

    private static String prepositionOrWord(SentenceView s, int j) {
        String p = s.posAt(j);
        if (p.equals("IN") || p.equals("TO") || s.word(j).equals("by")) {
            return s.word(j);
        }
        return coarse(p);
    }

    private static String wordAt(SentenceView s, int j) {
        if (j < 0) {
            return "<s>";
        }
        if (j >= s.size()) {
            return "</s>";
        }
        return s.unitAt(j) != null ? "ACTOR" : s.lemmaAt(j);
    }

    private static String posOf(SentenceView s, int j) {
        return j < 0 ? "<s>" : j >= s.size() ? "</s>" : s.unitAt(j) != null ? "ACTOR" : s.posAt(j);
    }

    private static String coarse(String pos) {
        return pos.length() >= 2 ? pos.substring(0, 2) : pos.isEmpty() ? "-" : pos;
    }

    private static String bucket(int d) {
        return d <= 1 ? "1" : d <= 3 ? "3" : d <= 6 ? "6" : d <= 12 ? "12" : "13+";
    }
}
