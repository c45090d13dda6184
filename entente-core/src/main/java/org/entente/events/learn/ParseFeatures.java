package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.events.model.EventMention;
import org.entente.events.model.Span;
import org.entente.events.syntax.Lexicon;
import org.entente.text.Token;
import org.entente.text.parse.DependencyParse;

/**
 * The learned filter's features read from the sentence's dependency parse, where the coder made one (it parses a
 * sentence when a verb pattern matched there; the filter never parses one itself): the trigger's relation to its
 * head and what kind of word that head is (the root; a clause under a report, a plan or an order; a noun's modifier,
 * as in "attack helicopters"), the clauses above it that are reports, plans, orders or conditions, the trigger's own
 * negation, modals and clause opener, and how each actor hangs on the trigger (its subject, object, the object of
 * which preposition, a possessor, or only somewhere in the sentence) with the labelled path between them and its
 * length. A sentence without a parse gives {@code parse=none} alone. Binary, named {@code group=value}.
 */
final class ParseFeatures {
    private static final Set<String> REPORT_HEADS = Lexicon.forms("parse-features.report-heads");
    private static final Set<String> PLAN_HEADS = Lexicon.forms("parse-features.plan-heads");
    private static final Set<String> CONTROL_HEADS = Lexicon.forms("parse-features.control-heads");
    private static final Set<String> CONDITION_MARKS = Lexicon.words("parse-features.condition-marks");
    /** Relations through which a clause hangs on the word above it (the chain read for reports, plans, conditions). */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp",
            "pobj", "prep", "dep", "parataxis", "csubj", "csubjpass");
    /** Relations of a word that modifies a noun rather than heads a clause. */
    private static final Set<String> NOUN_MODIFIER = Set.of("amod", "compound", "nn", "nmod");
    /** How far up the clausal chain the filter looks. */
    private static final int MAX_DEPTH = 4;

    private ParseFeatures() {
    }

    /**
     * Adds the parse features of {@code e} (trigger token {@code trig} of {@code tokens}) to {@code f}; {@code
     * parse=none} when {@code p} is null or is not over these tokens, or the trigger has no token.
     */
    static void add(DependencyParse p, List<Token> tokens, int trig, EventMention e, List<String> f) {
        if (p == null || p.size() != tokens.size() || trig < 0) {
            f.add("parse=none");
            return;
        }
        String label = p.label(trig);
        int head = p.head(trig);
        f.add("dep=" + label);
        f.add("dep|root=" + label + "|" + e.root());
        if (head >= 0) {
            String kind = headKind(p, tokens, head);
            f.add("dep|head=" + label + "|" + kind);
            f.add("head=" + lemma(tokens, head));
            if (label.equals("pobj") && p.head(head) >= 0) {
                // "the threat of an attack": through which preposition, and on what
                f.add("pobj.of=" + p.word(head) + "|" + headKind(p, tokens, p.head(head)));
            }
            if (NOUN_MODIFIER.contains(label) && p.tag(head).startsWith("N")) {
                f.add("trig.modifies_noun");
            }
        }
        above(p, tokens, trig, f);
        children(p, trig, f);
        actor("src", p, tokens, trig, e.sourceSpan(), e.root(), f);
        actor("tgt", p, tokens, trig, e.targetSpan(), e.root(), f);
    }

    /**
     * The clauses above the trigger: each governing word up the clausal chain that is a report, plan or control verb
     * ({@code above=report}), a condition opener on the trigger's clause or one above it ({@code cond=if}), and how
     * many clausal steps lie between the trigger and the sentence's root.
     */
    private static void above(DependencyParse p, List<Token> tokens, int trig, List<String> f) {
        Set<String> seen = new java.util.TreeSet<>();
        int at = trig;
        int depth = 0;
        while (at >= 0 && depth <= MAX_DEPTH) {
            for (int c : p.children(at)) {
                if (p.label(c).equals("mark") && CONDITION_MARKS.contains(p.word(c))) {
                    seen.add("cond=" + p.word(c));
                } else if (p.label(c).equals("mark") && at == trig) {
                    seen.add("mark=" + p.word(c));
                }
            }
            int h = p.head(at);
            if (h < 0 || !CLAUSAL.contains(p.label(at))) {
                break;
            }
            String kind = headKind(p, tokens, h);
            if (kind.equals("report") || kind.equals("plan") || kind.equals("control")) {
                seen.add("above=" + kind);
                if (depth == 0) {
                    seen.add("above.first=" + kind);
                }
            }
            at = h;
            depth++;
        }
        f.addAll(seen);
        f.add("clause.depth=" + (p.head(at) < 0 ? String.valueOf(Math.min(depth, 3)) : "cut"));
    }

    /** The trigger's negation, modal auxiliaries, infinitive "to" and passive auxiliary. */
    private static void children(DependencyParse p, int trig, List<String> f) {
        Set<String> seen = new java.util.TreeSet<>();
        for (int c : p.children(trig)) {
            String l = p.label(c);
            if (l.equals("neg")) {
                seen.add("trig.neg");
            } else if (l.equals("aux") && p.tag(c).equals("MD")) {
                seen.add("trig.modal=" + p.word(c));
                seen.add("trig.modal");
            } else if (l.equals("aux") && p.tag(c).equals("TO")) {
                seen.add("trig.to");
            } else if (l.equals("auxpass")) {
                seen.add("trig.passive");
            }
        }
        f.addAll(seen);
    }

    /**
     * How the actor on {@code side} hangs on the trigger: {@code src.rel=nsubj} (a direct dependent, by its
     * relation; a conjunct counts as its first conjunct), {@code prep:with} (the object of the trigger's "with"),
     * {@code agent} (a passive's "by"), else {@code near}; and the labelled path between the actor's head word and
     * the trigger through their lowest common head ({@code src.path=nsubj^xcomp}: up from the actor by nsubj, down to
     * the trigger by xcomp) with its length.
     */
    private static void actor(String side, DependencyParse p, List<Token> tokens, int trig, Span span, String root,
                              List<String> f) {
        int at = spanHead(p, tokens, span);
        if (at < 0) {
            return;
        }
        if (at == trig) {
            f.add(side + ".rel=trigger");
            return;
        }
        int a = p.label(at).equals("conj") ? p.firstConjunct(at) : at;
        String rel = "near";
        int h = a >= 0 ? p.head(a) : -1;
        if (h == trig) {
            rel = p.label(a);
        } else if (h >= 0 && p.head(h) == trig && p.label(a).equals("pobj")) {
            rel = p.label(h).equals("agent") ? "agent" : "prep:" + p.word(h);
        }
        f.add(side + ".rel=" + rel);
        f.add(side + ".rel|root=" + rel + "|" + root);
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        int lca = path(p, at, trig, up, down);
        if (lca < 0) {
            f.add(side + ".path=none");
            return;
        }
        int length = up.size() + down.size();
        f.add(side + ".path.len=" + (length >= 4 ? "4+" : String.valueOf(length)));
        if (length <= 3) {
            f.add(side + ".path=" + String.join("^", up) + "|" + String.join("v", down));
        }
    }

    /**
     * The lowest common head of {@code a} and {@code b}, filling {@code up} with the relations from {@code a} up to
     * it and {@code down} with those from it down to {@code b} (top first); -1 when they share none.
     */
    private static int path(DependencyParse p, int a, int b, List<String> up, List<String> down) {
        List<Integer> fromA = new ArrayList<>();
        for (int x = a; x >= 0 && fromA.size() <= p.size(); x = p.head(x)) {
            fromA.add(x);
        }
        List<String> fromB = new ArrayList<>();
        for (int x = b, steps = 0; x >= 0 && steps <= p.size(); x = p.head(x), steps++) {
            int k = fromA.indexOf(x);
            if (k >= 0) {
                for (int i = 0; i < k; i++) {
                    up.add(p.label(fromA.get(i)));
                }
                for (int i = fromB.size() - 1; i >= 0; i--) {
                    down.add(fromB.get(i));
                }
                return x;
            }
            fromB.add(p.label(x));
        }
        return -1;
    }

    /** The token of {@code span} whose head lies outside it (the phrase's head word), or -1. */
    static int spanHead(DependencyParse p, List<Token> tokens, Span span) {
        if (span == null) {
            return -1;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first; i >= 0 && i <= last; i++) {
            int h = p.head(i);
            if (h < first || h > last) {
                return i;
            }
        }
        return last;
    }

    /**
     * What kind of word a head is: a report, plan or control verb (any form), else its coarse class by the
     * parser's tag (verb, noun, adj, prep, other).
     */
    static String headKind(DependencyParse p, List<Token> tokens, int h) {
        // by the word and its lemma: the categories hold every inflection, and a lemma may be missing or the form
        String word = p.word(h);
        String lemma = lemma(tokens, h);
        if (REPORT_HEADS.contains(word) || REPORT_HEADS.contains(lemma)) {
            return "report";
        }
        if (PLAN_HEADS.contains(word) || PLAN_HEADS.contains(lemma)) {
            return "plan";
        }
        if (CONTROL_HEADS.contains(word) || CONTROL_HEADS.contains(lemma)) {
            return "control";
        }
        String tag = p.tag(h);
        if (tag.startsWith("V") || tag.equals("MD")) {
            return "verb";
        }
        if (tag.startsWith("N") || tag.startsWith("PRP")) {
            return "noun";
        }
        if (tag.startsWith("J")) {
            return "adj";
        }
        if (tag.equals("IN") || tag.equals("TO")) {
            return "prep";
        }
        return "other";
    }

    private static String lemma(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.lemma() != null ? t.lemma() : t.text()).toLowerCase(Locale.ROOT);
    }
}
