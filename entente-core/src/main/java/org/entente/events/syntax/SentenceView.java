package org.entente.events.syntax;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.text.parse.DependencyParser;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * A sentence prepared for coding: the coder's layer over a {@link Document}'s sentence. It reads the document's
 * tokens, tags and lemmas, and adds what only the coder needs: the words normalised ({@link Words#norm}), the tags
 * refined where the tagger is known to slip ({@link VerbForms}), the actor units that start or end at each token, and
 * the dependency parse on first need. Nested or overlapping mentions are reduced to the longest one, so that
 * "Russian President Vladimir Putin" is one unit, not three. The view lives while the coder codes its sentence
 * (its word sets and caches would double what a document keeps); the parse it makes is handed to the document
 * ({@link DependencyParser#PARSES}) and read back from there by the next view of the same sentence.
 */
public final class SentenceView {

    public static final Set<String> RELATIVE = Lexicon.words("sentence-view.relative");
    static final Set<String> HARD_BOUNDARY = Lexicon.words("sentence-view.hard-boundary");
    static final Set<String> REPORTING = Lexicon.words("sentence-view.reporting");
    /** Possessive pronouns the tagger may tag PRP rather than PRP$: "its", "their", ... */
    static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.words("sentence-view.possessive-pronouns");

    public final Sentence sentence;
    public final List<Token> tokens;
    public final String[] text;
    public final String[] lemma;
    public final String[] pos;
    public final ActorUnit[] startsAt;
    public final ActorUnit[] endsAt;
    public final ActorUnit[] covering;
    public final List<ActorUnit> units;
    /**
     * Bare role words the recognizer found without a country ("rebels", "the president", "the opposition"), by
     * first token; not actors to code on their own, but {@link org.entente.events.roles.ObjectTargets} reads them as the doer's own
     * people when they are the object of its act.
     */
    public final ActorMention[] roleAt;
    /** Every normalised word and lemma of the sentence, for a quick reject of patterns. */
    public final java.util.HashSet<String> vocabulary = new java.util.HashSet<>();
    /** The dependency parse, made by {@link org.entente.events.roles.ParseRoles#parse} on first need (most sentences never need one). */
    public org.entente.text.parse.DependencyParse parse;
    public boolean parseTried;
    /** Per form set of a {@link org.entente.events.matching.Requirements}: does one of its forms occur in this sentence? */
    private boolean[] requirementCache;
    private Object requirementOwner;

    public SentenceView(Sentence sentence, List<ActorMention> mentions) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        // a sentence parsed for an earlier coding of the document is not parsed again
        this.parse = sentence.document().get(DependencyParser.PARSES, sentence.index());
        this.parseTried = parse != null;
        Document doc = sentence.document();
        int base = sentence.firstToken();
        int n = tokens.size();
        text = new String[n];
        lemma = new String[n];
        pos = new String[n];
        for (int i = 0; i < n; i++) {
            String tokenLemma = doc.lemma(base + i);
            String tokenPos = doc.pos(base + i);
            text[i] = Words.norm(doc.word(base + i));
            lemma[i] = tokenLemma == null ? text[i] : Words.norm(tokenLemma);
            pos[i] = tokenPos == null ? "" : tokenPos;
            vocabulary.add(text[i]);
            vocabulary.add(lemma[i]);
        }
        for (int i = 1; i + 1 < n; i++) {
            int k = base + i;
            if (doc.word(k).equals("-") && doc.tokenStart(k) > doc.tokenEnd(k - 1)
                    && doc.tokenStart(k + 1) > doc.tokenEnd(k)) {
                // " - " with spaces round it is a dash (a dateline's "WARSAW, Nov 5 (Wire) - "), not a hyphen
                text[i] = "\u2013";
                lemma[i] = "\u2013";
            }
        }
        for (int i = 0; i + 2 < n; i++) {
            if (hyphenCompound(i)) {
                // the tokenizer cut "sit-in" into sit, -, in: the pattern word "sit-in" (normalised "sitin") is here
                vocabulary.add(text[i] + text[i + 2]);
                vocabulary.add(text[i] + lemma[i + 2]);
            }
        }
        for (int i = 0; i < n; i++) {
            pos[i] = VerbForms.refine(text, pos, i);
            if (VerbForms.coordinatedBareVerb(text, pos, i)) {
                pos[i] = "VB";
            }
            if (VerbForms.gerundAfterPreposition(text, pos, i)) {
                pos[i] = "VBG";
                lemma[i] = Words.norm(org.entente.text.Lemmatizer.english().lemma(text[i], "VBG"));
                vocabulary.add(lemma[i]);
            }
        }
        startsAt = new ActorUnit[n];
        endsAt = new ActorUnit[n];
        covering = new ActorUnit[n];
        units = buildUnits(mentions, n);
        roleAt = new ActorMention[n];
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence.index() && m.code() != null && m.code().startsWith("---")
                    && m.role() != null && m.firstToken() >= 0 && m.lastToken() < n && m.firstToken() <= m.lastToken()
                    && (roleAt[m.firstToken()] == null || roleAt[m.firstToken()].lastToken() < m.lastToken())) {
                roleAt[m.firstToken()] = m;
            }
        }
        for (ActorUnit u : units) {
            startsAt[u.first()] = u;
            endsAt[u.last()] = u;
            for (int i = u.first(); i <= u.last(); i++) {
                covering[i] = u;
            }
        }
    }

    private List<ActorUnit> buildUnits(List<ActorMention> mentions, int n) {
        List<ActorMention> sorted = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence.index() && m.firstToken() >= 0 && m.lastToken() < n
                    && m.firstToken() <= m.lastToken() && m.code() != null && !m.code().startsWith("---")) {
                // a bare role word ("military", "administration") with no country is no actor to code; it
                // would also hide triggers like "military cooperation"
                sorted.add(m);
            }
        }
        // longest first; ties keep recognizer order
        sorted.sort(Comparator.comparingInt((ActorMention m) -> m.lastToken() - m.firstToken()).reversed());
        boolean[] taken = new boolean[n];
        List<ActorUnit> out = new ArrayList<>();
        for (ActorMention m : sorted) {
            ActorUnit same = null;
            for (ActorUnit u : out) {
                if (u.first() == m.firstToken() && u.last() == m.lastToken()) {
                    same = u;
                }
            }
            if (same != null) {
                boolean dup = same.members().stream().anyMatch(x -> x.code().equals(m.code()));
                if (!dup) {
                    List<ActorMention> mem = new ArrayList<>(same.members());
                    mem.add(m);
                    out.set(out.indexOf(same), new ActorUnit(same.first(), same.last(), mem));
                }
                continue;
            }
            boolean free = true;
            for (int i = m.firstToken(); i <= m.lastToken(); i++) {
                free &= !taken[i];
            }
            if (!free) {
                continue;
            }
            for (int i = m.firstToken(); i <= m.lastToken(); i++) {
                taken[i] = true;
            }
            out.add(new ActorUnit(m.firstToken(), m.lastToken(), List.of(m)));
        }
        out.sort(Comparator.comparingInt(ActorUnit::first));
        return out;
    }

    /** The table {@code owner} recorded for this sentence, or null if it has not recorded one. */
    public boolean[] requirementCache(Object owner) {
        return owner == requirementOwner ? requirementCache : null;
    }

    public void requirementCache(Object owner, boolean[] table) {
        requirementOwner = owner;
        requirementCache = table;
    }

    public int size() {
        return tokens.size();
    }

    /** The sentence this view prepares. */
    public Sentence sentence() {
        return sentence;
    }

    /** The actor units, nested mentions reduced to the longest (read by the learned proposer). */
    public List<ActorUnit> units() {
        return units;
    }

    /** The normalised word at {@code i}. */
    public String word(int i) {
        return text[i];
    }

    /** The normalised lemma at {@code i}. */
    public String lemmaAt(int i) {
        return lemma[i];
    }

    /** The refined POS tag at {@code i} ("" when the tagger gave none). */
    public String posAt(int i) {
        return pos[i];
    }

    /** The actor unit covering token {@code i}, or null. */
    public ActorUnit unitAt(int i) {
        return covering[i];
    }

    /**
     * Whether tokens {@code i}, {@code i+1}, {@code i+2} are one hyphenated word the tokenizer cut in three
     * ("sit-in", "pull-out": the hyphen touching both halves, its normalised text empty). A pattern word written
     * with its hyphen reads the two halves joined (PatternMatcher).
     */
    public boolean hyphenCompound(int i) {
        if (i < 0 || i + 2 >= text.length || !text[i + 1].isEmpty() || text[i].isEmpty() || text[i + 2].isEmpty()) {
            return false;
        }
        return tokens.get(i).end() == tokens.get(i + 1).start() && tokens.get(i + 1).end() == tokens.get(i + 2).start();
    }

    public boolean is(int i, String word) {
        return i >= 0 && i < text.length && text[i].equals(word);
    }

    boolean isAny(int i, Set<String> words) {
        return i >= 0 && i < text.length && words.contains(text[i]);
    }

    public boolean isVerb(int i) {
        return pos[i].startsWith("VB") || pos[i].equals("MD");
    }

    public boolean isNoun(int i) {
        return pos[i].startsWith("NN");
    }

    static final Set<String> PREPOSITIONS = Lexicon.words("sentence-view.prepositions");

    /** By word, not tag: the tagger's coarse tags do not tell "to" the preposition from "to" the particle. */
    public boolean isPreposition(int i) {
        return PREPOSITIONS.contains(text[i]) || pos[i].equals("IN");
    }

    /** "Russia's" is one token for this tokenizer, two for others: either way the token ends a possessive. */
    public boolean isPossessive(int i) {
        return i >= 0 && i < text.length && (text[i].equals("'s") || text[i].equals("'") || pos[i].equals("POS")
                || (text[i].endsWith("'s") && text[i].length() > 2));
    }

    /** A token a clause cannot be carried across: ';', 'but', a relative pronoun, a dash. */
    public boolean isHardBoundary(int i) {
        return HARD_BOUNDARY.contains(text[i]) || RELATIVE.contains(text[i]);
    }

    public boolean isReporting(int i) {
        return REPORTING.contains(text[i]) && isVerb(i);
    }

    /** Words that may stand between a slot's position and the actor it names: "the", "Chinese", "capital", "of". */
    public boolean isNounPhraseFiller(int i) {
        String p = pos[i];
        return p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("POS") || p.equals("CD")
                || p.startsWith("NN") || p.equals("HYPH") || text[i].equals("of") || isPossessive(i)
                || (p.equals("PRP") && POSSESSIVE_PRONOUNS.contains(text[i]));
    }

    public Span tokenSpan(int i) {
        Token t = tokens.get(i);
        return new Span(t.start(), t.end());
    }
}
