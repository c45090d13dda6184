package org.entente.events.rules;

import org.entente.events.model.ActorUnit;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.ParseTargets;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.text.parse.DependencyParse;

/**
 * An act told from the side of the one it is aimed at: "X drew criticism from Y", "X won praise from Y", "X faced
 * protests from Y". The act noun is the direct object of a verb of drawing or undergoing (lexicon
 * {@code drawn-acts.verbs}), and its doer follows "from": Y is the source and the verb's subject X the target. Read from the dependency parse only; a sentence with no parse keeps the roles
 * the word-order search gave (the subject as doer), and {@link #stats()} counts how often that happens.
 */
final class DrawnActs {
    private static final Set<String> DRAWING_VERBS = Lexicon.forms("drawn-acts.verbs");

    private static final AtomicLong FOUND = new AtomicLong();
    private static final AtomicLong NO_PARSE = new AtomicLong();

    static {
        if (Boolean.getBoolean("entente.parser.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("drawn acts: " + stats())));
        }
    }

    private DrawnActs() {
    }

    /** The act's doer (after "from") and the one it is aimed at (the drawing verb's subject, may be empty). */
    record Roles(List<ActorUnit> doers, List<ActorUnit> aimedAt, int drawingVerb) {
    }

    static String stats() {
        return String.format("acts drawn from a doer %d; act nouns left to word order for want of a parse %d",
                FOUND.get(), NO_PARSE.get());
    }

    /**
     * The roles of the act noun at {@code noun} when a verb of drawing governs it and a "from" phrase under it
     * names its doer; null otherwise (no parse, another construction, no named doer).
     */
    static Roles find(SentenceView s, int noun) {
        DependencyParse p = ParseRoles.parse(s);
        if (p == null) {
            NO_PARSE.incrementAndGet();
            return null;
        }
        int verb = drawingVerb(s, p, noun);
        if (verb < 0) {
            return null;
        }
        int from = -1;
        for (int c : p.children(noun)) {
            if (p.label(c).equals("prep") && s.text[c].equalsIgnoreCase("from")) {
                from = p.child(c, "pobj");
            }
        }
        if (from < 0) {
            // the parser may hang "from Y" on the verb: "drew from Y sharp criticism" is rare, "drew criticism
            // yesterday from Y" is not
            int prep = -1;
            for (int c : p.children(verb)) {
                if (p.label(c).equals("prep") && s.text[c].equalsIgnoreCase("from") && c > noun) {
                    prep = c;
                }
            }
            from = prep < 0 ? -1 : p.child(prep, "pobj");
        }
        if (from < 0) {
            return null;
        }
        List<ActorUnit> doers = new ArrayList<>();
        for (int c : p.conjuncts(from)) {
            ActorUnit u = ParseTargets.named(s, p, c, 0);
            if (u != null && !doers.contains(u)) {
                doers.add(u);
            }
        }
        if (doers.isEmpty()) {
            return null;
        }
        FOUND.incrementAndGet();
        return new Roles(doers, List.of(), verb);
    }

    /** The verb whose direct object the act noun is, if it is a verb of drawing; -1 if none. */
    private static int drawingVerb(SentenceView s, DependencyParse p, int noun) {
        int head = p.head(noun);
        return head >= 0 && p.label(noun).equals("dobj")
                && DRAWING_VERBS.contains(s.text[head].toLowerCase(java.util.Locale.ROOT)) ? head : -1;
    }
}
