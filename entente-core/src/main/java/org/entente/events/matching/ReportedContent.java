package org.entente.events.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.events.learn.ClauseContent;
import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.DataTable;
import org.entente.events.model.IntentCodes;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.SentenceView;
import org.entente.text.parse.DependencyParse;

/**
 * Reported speech coded by what it says: "X said Y's plan was reckless" (111), "X said Y must withdraw" (100), "X
 * said it would not recognise Y" (12x), "X said it would respond if Y ..." (13x). For a report verb no pattern row
 * matched, the clause it governs in the dependency parse (its {@code ccomp}) is read for one of a few shapes (a
 * judgement of an actor, an obligation laid on an actor, the speaker's own act refused or made conditional), and
 * events/reported-content.tsv maps the shape and the cue class of its key word (events/statement-cues.tsv) to the
 * statement's CAMEO code. The speaker is the report verb's subject, the target the actor the clause is about.
 * Without a parse, or with no actor where the shape needs one, nothing is coded: forecasts ("growth should slow")
 * and opinions about things ("the weather was bad") stay statements.
 */
final class ReportedContent {
    static final String RESOURCE = "/events/reported-content.tsv";
    /** Provenance prefix of an event coded here; the table row that chose the code follows. */
    static final String RULE = "rule:reported-content<-";

    /** One row of the table. */
    record Row(String shape, String cue, String code, String origin) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final CameoTable CAMEO = CameoTable.standard();
    private static final IntentCodes INTENTS = IntentCodes.load(CAMEO);
    private static final IntentCodes REFUSALS = IntentCodes.refusals(CAMEO);
    private static final Set<String> SHAPES = Set.of("judged", "judged-not", "obliged", "own-not", "own-if");

    static {
        for (DataTable.Row row : DataTable.read(RESOURCE)) {
            String shape = row.field(0).trim();
            String cue = row.field(1).trim();
            String code = row.field(2).trim();
            if (!SHAPES.contains(shape)) {
                throw row.error("unknown shape " + shape);
            }
            if (!code.equals("refusal") && !code.equals("intent") && !CAMEO.contains(code)) {
                throw row.error("unknown CAMEO code " + code);
            }
            ROWS.add(new Row(shape, cue, code, "reported-content.tsv:" + row.line()));
        }
    }

    /** Obligation: the act is another's duty ("must withdraw"). "should" stays with the pattern rows of 02.tsv. */
    private static final Set<String> MUST = Set.of("must");
    /** "has to", "needs to", "is obliged to": a verb whose xcomp is the act owed. */
    private static final Set<String> OWE = Set.of("have", "need", "oblige", "require");
    private static final Set<String> FUTURE = ClauseContent.FUTURE;
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    /** The speaker speaking of itself. */
    private static final Set<String> SELF = Set.of("it", "we", "i", "he", "she");
    private static final Set<String> CONDITION = Set.of("if", "unless");
    /** Modals that make the clause a guess ("could be illegal"): no judgement is stated. */
    private static final Set<String> SPECULATIVE = Set.of("could", "may", "might");
    /** Copulas and verbs that judge their subject by an adjective or noun ("seemed reckless", "remains a threat"). */
    private static final Set<String> COPULA = Set.of("be", "seem", "remain", "look", "appear", "become", "prove");
    /** The forms of "be" (the coder's view keeps an auxiliary's form as its lemma). */
    private static final Set<String> BE = org.entente.events.syntax.Auxiliaries.BE_FORMS;
    /** The parts of a subject phrase that name whose it is: "Y's plan", "the Japanese plan", "the plan of Y". */
    private static final Set<String> OWNER = Set.of("poss", "amod", "nn", "compound", "nmod");
    /** Words of a predicate read for cues: the predicate, its modifiers and the preposition before its object. */
    private static final Set<String> PREDICATE = Set.of("acomp", "attr", "oprd", "prep");

    /** A content event's code, speaker, target and the words of the clause (to absorb its act). */
    record Coded(String code, String origin, List<ActorUnit> targets, int end) {
    }

    private static final boolean DEBUG = Boolean.getBoolean("entente.reported.debug");

    /**
     * Could the sentence hold a content the table codes? Every shape needs words the sentence shows without a parse:
     * a judging cue of a "judged" row (criticism, accusation, praise), "must", an owing verb before "to" ("has to",
     * "is obliged to"), or a future auxiliary with a negation or a condition; and a verb other than the report verb
     * ("Norway accused Chile on Monday" has no clause to read). Most report verbs in news have none of them, and
     * their sentences are left unparsed: the parse is made only where something may need it.
     */
    private static boolean mayCode(SentenceView s, int t) {
        boolean verb = false;
        boolean cue = false;
        boolean future = false;
        boolean negOrIf = false;
        for (int k = 0; k < s.size(); k++) {
            if (k == t) {
                continue;
            }
            String w = s.word(k).toLowerCase(Locale.ROOT);
            verb |= s.pos[k].startsWith("VB") || s.pos[k].equals("MD");
            future |= FUTURE.contains(w);
            negOrIf |= NEGATION.contains(w) || CONDITION.contains(w);
            cue |= MUST.contains(w) || (OWE.contains(s.lemmaAt(k)) && k + 1 < s.size() && s.word(k + 1).equals("to"))
                    || judgingCue(s, k);
        }
        return verb && (cue || future && negOrIf);
    }

    /** Is the word at {@code k} a cue of one of the table's "judged" rows? */
    private static boolean judgingCue(SentenceView s, int k) {
        for (Row r : ROWS) {
            if (r.shape().startsWith("judged") && anyCue(s, List.of(k), r.cue())) {
                return true;
            }
        }
        return false;
    }

    private ReportedContent() {
    }

    /**
     * The candidate of the report verb at {@code t}, or null. {@code acts} gives the candidate of a verb of the
     * clause as the patterns read it (null when none matches).
     */
    static CandidateFinder.Candidate candidate(SentenceView s, int t, IntFunction<CandidateFinder.Candidate> acts,
            IntFunction<String> roots) {
        if (!ClauseContent.isReport(s, t) || !actorAround(s, t) || !mayCode(s, t)) {
            return null;
        }
        DependencyParse p = ParseRoles.parse(s);
        if (p == null || p.size() != s.size()) {
            return null;
        }
        for (int c : p.children(t)) {
            String l = p.label(c);
            if (l.equals("neg") || (l.equals("aux") && p.tag(c).equals("MD"))) {
                return null; // "X did not say", "X may say": no statement made
            }
        }
        int h = p.child(t, "ccomp");
        if (h < 0 || ClauseContent.isReport(s, h)) {
            return null; // no clause, or one that reports another's statement
        }
        Roles.Subject speaker = ParseRoles.verbSubject(s, t);
        if (speaker.units().isEmpty() && speaker.pronoun() < 0) {
            return null;
        }
        Coded coded = code(s, p, t, h, speaker.units(), acts, roots);
        if (DEBUG) {
            System.err.println("RC " + s.sentence.text() + " | h=" + s.text[h] + " speaker=" + speaker.units().size()
                    + " -> " + coded + "\n" + p);
        }
        if (coded == null) {
            return null;
        }
        Pattern.Element word = new Pattern.Element(Pattern.Kind.WORD, Set.of(s.text[t]), false, false);
        Pattern pattern = new Pattern(coded.code(), List.of(word), false, RULE + coded.origin(), s.text[t], 0,
                Integer.MAX_VALUE);
        PatternMatcher.Match m = new PatternMatcher.Match(pattern, t, Math.max(t + 1, coded.end()), coded.targets(),
                speaker.units(), List.of(), List.of(t));
        return new CandidateFinder.Candidate(m, speaker.units(), coded.targets(), speaker.scopeStart(),
                speaker.pronoun());
    }

    /** A sentence with no actor but the speaker's cannot give a target: no parse is asked for. */
    private static boolean actorAround(SentenceView s, int t) {
        List<ActorUnit> units = s.units();
        return units.size() >= 2 || units.size() == 1 && units.get(0).first() > t;
    }

    private static Coded code(SentenceView s, DependencyParse p, int t, int h, List<ActorUnit> speaker,
            IntFunction<CandidateFinder.Candidate> acts, IntFunction<String> roots) {
        int subj = p.subject(h);
        if (subj < 0) {
            subj = p.passiveSubject(h);
        }
        if (subj < 0) {
            return null;
        }
        boolean negated = false;
        boolean future = false;
        boolean must = false;
        boolean condition = false;
        boolean guess = false;
        boolean perfect = false;
        boolean yet = false;
        for (int c : p.children(h)) {
            String w = s.word(c).toLowerCase(Locale.ROOT);
            String l = p.label(c);
            if (l.equals("neg") || (l.equals("advmod") && NEGATION.contains(w))) {
                negated = true;
            } else if (l.startsWith("aux")) {
                future |= FUTURE.contains(w);
                must |= MUST.contains(w);
                guess |= SPECULATIVE.contains(w);
                perfect |= w.equals("have");
            } else if (w.equals("yet") || w.equals("still")) {
                yet = true; // "had yet to find", "still had to": what is not done, not what is owed
            } else if (l.equals("advcl")) {
                for (int m : p.children(c)) {
                    condition |= p.label(m).equals("mark") && CONDITION.contains(s.word(m).toLowerCase(Locale.ROOT));
                }
            }
        }
        int end = p.phrase(h)[1] + 1;
        String lemma = BE.contains(s.word(h).toLowerCase(Locale.ROOT)) ? "be" : s.lemmaAt(h);
        // a pronoun subject may stand for anyone: neither judged nor obliged by the statement
        ActorUnit about = s.posAt(subj).equals("PRP") || p.tag(subj).startsWith("PRP") ? null : owner(s, p, subj);
        boolean self = isSelf(s, p, subj, about, speaker);
        if (COPULA.contains(lemma) && !self && about != null && !guess) {
            List<Integer> predicate = predicateWords(s, p, h);
            String shape = negated ? "judged-not" : "judged";
            for (Row r : ROWS) {
                if (r.shape().equals(shape) && anyCue(s, predicate, r.cue())) {
                    return new Coded(r.code(), r.origin(), targets(s, about), end);
                }
            }
            return null;
        }
        if (!p.tag(h).startsWith("VB") || COPULA.contains(lemma)) {
            return null;
        }
        int act = h;
        if (!must && OWE.contains(lemma) && !negated && !future && !guess && !yet) {
            // "Y has to go", not "Y does not have to go", "Y would need to go" (a forecast) or "Y had yet to go"
            int x = p.child(h, "xcomp");
            must = x > h && p.tag(x).startsWith("VB");
            act = x;
        }
        if (must && !self && about != null && act >= 0 && !perfect) { // "Y must have known" is a guess
            return first("obliged", null, act, s, targets(s, about), end);
        }
        if (!self || !future || must) {
            return null;
        }
        String shape = negated ? "own-not" : condition ? "own-if" : null;
        if (shape == null) {
            return null;
        }
        CandidateFinder.Candidate own = acts.apply(act);
        if (own != null && !own.targets().isEmpty()) {
            return null; // the act codes itself, and stated-intent / stated-refusal make it the statement
        }
        if (shape.equals("own-not") && anyCue(s, List.of(act), "refusal")) {
            return null; // "it would not oppose the deal": a refusal denied is no refusal
        }
        ActorUnit target = objectActor(s, p, act, speaker);
        if (target == null) {
            return null;
        }
        // an act whose patterns did not match here (its object is no actor) still has the root its patterns share
        String actCode = own != null ? own.match().pattern().code() : roots.apply(act);
        return first(shape, actCode, act, s, targets(s, target), end);
    }

    /** The first row of {@code shape} whose cue the act verb has (or "-"), with its code resolved; null if none. */
    private static Coded first(String shape, String actCode, int act, SentenceView s, List<ActorUnit> targets,
            int end) {
        for (Row r : ROWS) {
            if (!r.shape().equals(shape) || !anyCue(s, List.of(act), r.cue())) {
                continue;
            }
            String code = r.code();
            if (code.equals("refusal") || code.equals("intent")) {
                if (actCode == null) {
                    continue;
                }
                code = (code.equals("refusal") ? REFUSALS : INTENTS).intentOf(actCode);
                if (code == null || r.code().equals("intent") && !code.startsWith("13")) {
                    continue;
                }
            }
            return new Coded(code, r.origin(), targets, end);
        }
        return null;
    }

    private static boolean anyCue(SentenceView s, List<Integer> words, String cue) {
        if (cue.equals("-")) {
            return true;
        }
        if (cue.contains("|")) { // a list of lemmas written in the row
            Set<String> listed = Set.of(cue.split("\\|"));
            for (int k : words) {
                if (listed.contains(s.lemmaAt(k)) || listed.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        for (int k : words) {
            if (ClauseContent.classes(s.lemmaAt(k)).contains(cue)
                    || ClauseContent.classes(s.word(k).toLowerCase(Locale.ROOT)).contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The predicate's words: its adjective or noun, their modifiers, a bare preposition ("was behind it"). */
    private static List<Integer> predicateWords(SentenceView s, DependencyParse p, int h) {
        List<Integer> out = new ArrayList<>();
        for (int c : p.children(h)) {
            if (!PREDICATE.contains(p.label(c))) {
                continue;
            }
            out.add(c);
            if (p.label(c).equals("prep")) {
                continue;
            }
            for (int m : p.children(c)) {
                String l = p.label(m);
                if (l.equals("amod") || l.equals("advmod") || l.equals("nn") || l.equals("compound")
                        || l.equals("conj") || l.equals("xcomp")) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The actor a subject phrase names: the subject itself, its owner ("Y's plan", "the Japanese plan") or the
     * object of its "of" ("the plan of Y"); null when none (an opinion of a thing, a pronoun).
     */
    private static ActorUnit owner(SentenceView s, DependencyParse p, int subj) {
        if (s.unitAt(subj) != null) {
            return s.unitAt(subj);
        }
        for (int c : p.children(subj)) {
            String l = p.label(c);
            if (OWNER.contains(l) && s.unitAt(c) != null) {
                return s.unitAt(c);
            }
            if (l.equals("prep") && s.word(c).equalsIgnoreCase("of")) {
                int o = p.child(c, "pobj");
                if (o >= 0 && s.unitAt(o) != null) {
                    return s.unitAt(o);
                }
            }
        }
        return null;
    }

    /**
     * Does the clause's subject stand for the speaker: "it", "we", a pronoun the actors stage resolved to the
     * speaker, the speaker's own code, or the bare country the speaker belongs to ("the minister said Britain ...")?
     */
    private static boolean isSelf(SentenceView s, DependencyParse p, int subj, ActorUnit about,
            List<ActorUnit> speaker) {
        ActorUnit u = about != null ? about : s.unitAt(subj);
        boolean pronoun = s.posAt(subj).equals("PRP") || p.tag(subj).startsWith("PRP");
        if (pronoun && SELF.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (u == null) {
            return false;
        }
        for (ActorUnit sp : speaker) {
            if (sp == u || sameCode(sp, u) || ownCountry(sp, u) || ownCountry(u, sp)) {
                return true;
            }
        }
        return false;
    }

    /** "Britain" said by a British actor (or the British government by "Britain"): one side, not two parties. */
    private static boolean ownCountry(ActorUnit speaker, ActorUnit other) {
        ActorMention x = speaker.head();
        ActorMention y = other.head();
        return y.code() != null && y.country() != null && y.code().equals(y.country())
                && y.country().equals(x.country());
    }

    private static boolean sameCode(ActorUnit a, ActorUnit b) {
        ActorMention x = a.head();
        ActorMention y = b.head();
        return x.code() != null && x.code().equals(y.code());
    }

    /**
     * Whom the speaker's own act is aimed at: the actor its object names (or owns), else one a preposition on the
     * object or on the act names, else the subject or object of its condition clause; never the speaker. Null when none.
     */
    private static ActorUnit objectActor(SentenceView s, DependencyParse p, int act, List<ActorUnit> speaker) {
        List<Integer> places = new ArrayList<>();
        int object = p.object(act);
        places.add(object);
        if (object >= 0) {
            for (int c : p.children(object)) {
                if (p.label(c).equals("prep")) {
                    places.add(p.child(c, "pobj")); // "the vote in Y", "the plan for Y"
                }
            }
        }
        for (int c : p.children(act)) {
            if (p.label(c).equals("prep")) {
                places.add(p.child(c, "pobj"));
            }
        }
        for (int c : p.children(act)) {
            if (p.label(c).equals("advcl")) {
                places.add(p.subject(c));
                places.add(p.object(c));
            }
        }
        for (int k : places) {
            if (k < 0) {
                continue;
            }
            ActorUnit u = owner(s, p, k);
            if (u == null || speaker.contains(u)) {
                continue;
            }
            boolean same = false;
            for (ActorUnit sp : speaker) {
                same |= sameCode(sp, u) || ownCountry(sp, u) || ownCountry(u, sp);
            }
            if (!same) {
                return u;
            }
        }
        return null;
    }

    private static List<ActorUnit> targets(SentenceView s, ActorUnit u) {
        return Coordination.coordinated(s, u);
    }
}
