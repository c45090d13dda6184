package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.actors.Anaphors.Anaphor;
import org.entente.actors.Anaphors.RefersTo;

/**
 * Resolves words that point back ("he", "its", "they", "the ministry", "the country") to an earlier actor of the
 * article, as one pass in text order: every coded mention is noted as a possible antecedent, and an anaphor takes
 * the nearest compatible one (kind and number from {@code anaphors.tsv}, role agreement for "the ministry"), within
 * the anaphor's window of sentences and the same quotation. The nearest sentence holding a compatible antecedent
 * decides: one code there, or else the sentence's first actor (news puts the subject first), else nothing: a wrong
 * antecedent is worse than none. The mention's provenance names the anaphor's row and the antecedent's offset.
 */
final class Anaphora {
    /** What an earlier mention can be the antecedent of. */
    /**
     * A noted mention. {@code text}, {@code at} and {@code source} describe the mention the chain started from
     * (for a resolved anaphor, its antecedent's), so that provenance stays one step long.
     */
    private record Seen(String code, String country, String role, String entityId, String source, String text,
                        int at, int start, int sentence, int quote, boolean subjectLike,
                        boolean asPerson, boolean asBody, boolean asGroup, boolean asCountry) {
        boolean fits(RefersTo r, String wantedRole) {
            return switch (r) {
                case PERSON -> asPerson;
                case BODY -> asBody;
                case GROUP -> asGroup;
                case COUNTRY -> asCountry;
                // "Iran and Japan met ... The government said": a country named alone takes part, as its government,
                // in telling whether the sentence names one side; it is never the antecedent itself (the nearest
                // country is often only a topic: "the opposition" after "Iraq" in an Indian story)
                case SAME_ROLE -> country != null && (wantedRole.equals(role) || asCountry);
            };
        }
    }

    private static final Anaphors LEXICON = Anaphors.bundled();

    private final String text;
    private final List<Seen> seen = new ArrayList<>();
    private int sentence = -1;
    /** Mentions emitted so far in the current sentence: the first one is taken as the subject. */
    private int inSentence;
    /** The current sentence's word that last continued an unknown name, -2 for none. */
    private int lastName = -2;
    /** Quotation state: how far the text has been read, the number of the open quotation, -1 outside. */
    private int readTo;
    private int quotes;
    private int openQuote = -1;

    Anaphora(String text) {
        this.text = text;
    }

    void startSentence() {
        sentence++;
        inSentence = 0;
        lastName = -2;
    }

    /**
     * A mention the article emitted at {@code start}: noted as a possible antecedent when it has a code of a side
     * (not a bare role such as "---GOV"). {@code person} marks a phrase that names one person without the
     * dictionary's person kind ("the President").
     */
    void note(Coreference.Found f, boolean person) {
        boolean subjectLike = inSentence++ == 0;
        if (f.code() == null) {
            return;
        }
        boolean plural = plural(f.end());
        if (f.code().startsWith("---")) {
            // "officials said they", "the minister said he": a side of no known country is the likelier
            // antecedent, so it is a rival of the coded actors before it
            rival(f.start(), subjectLike, !plural, !plural, plural);
            return;
        }
        String kind = f.kind();
        boolean isPerson = person || kind.equals("person");
        // a country is one body whatever its name ("the Philippines"); another phrase with a role is one body or a
        // group by its last noun ("the Russian government", "Syrian officials"), as is a people ("Palestinians")
        boolean country = kind.equals("country") && f.role() == null; // "Iraq's citizens" is no country
        boolean body = !isPerson && (country || !plural && (f.role() != null || kind.equals("org")));
        boolean group = !isPerson && !country && plural && (f.role() != null || kind.equals("people")
                || kind.equals("demonym"));
        seen.add(new Seen(f.code(), f.country(), f.role(), f.entityId(), f.source(), text.substring(f.start(), f.end()),
                f.start(), f.start(), sentence, quoteAt(f.start()), subjectLike, isPerson, body, group, country));
    }

    /** A mention "he" / "its" / "the country" (word {@code k}, a word the scanner flagged) stands for, or null. */
    Coreference.Found pronoun(WordScanner.Words w, int k) {
        Anaphor a = LEXICON.of(w.norm(k));
        if (a == null || a.refersTo() == RefersTo.SAME_ROLE) {
            return null;
        }
        if (a.grammaticalCase() == Anaphors.Case.DESCRIPTION && (k == 0 || !w.is(k - 1, "the"))) {
            return null; // "a country", "every nation": no definite description
        }
        if (k + 1 < w.size && !w.breakBefore(k + 1) && a.notBefore().contains(w.norm(k + 1))) {
            return null; // "it is likely", "it was not clear"
        }
        if (!a.onlyAfter().isEmpty() && !(k == 0 || w.breakBefore(k) ? a.onlyAfter().contains(Anaphors.START)
                : a.onlyAfter().contains(w.norm(k - 1)))) {
            return null; // "the Kremlin denied it": "it" after a verb is an object, and its clause-mate no antecedent
        }
        int from = a.grammaticalCase() == Anaphors.Case.DESCRIPTION ? w.start[k - 1] : w.start[k];
        Coreference.Found f = resolve(a, null, from, w.end[k]);
        if (f == null && a.grammaticalCase() != Anaphors.Case.DESCRIPTION) {
            // "he" left unresolved still names someone: a later "his" must not reach past it
            RefersTo r = a.refersTo();
            rival(from, inSentence++ == 0, r == RefersTo.PERSON, r == RefersTo.BODY, r == RefersTo.GROUP);
        }
        return f;
    }

    /**
     * Word {@code k}, which no dictionary row matched and which is no anaphor: a capitalised word (an unknown name,
     * "Pat Ferguson", "Qwest") or a common noun of {@code anaphor-rivals.tsv} ("the company") is a referent the
     * dictionary does not code, and a rival of the coded actors before it.
     */
    void uncoded(WordScanner.Words w, int k) {
        if (!w.allLower(k)) {
            if (k == 0 || LEXICON.namesNothing(w.norm(k))) {
                return; // the first word of a sentence is capitalised anyway ("Pat Ferguson" is still seen from
                        // "Ferguson"); "Monday" names no referent
            }
            if (lastName == k - 1 && k > 0 && !w.breakBefore(k)) {
                lastName = k; // "Pat Ferguson": one name
                return;
            }
            lastName = k;
            rival(w.start[k], inSentence++ == 0, true, true, true);
            return;
        }
        java.util.Set<RefersTo> kinds = LEXICON.rivalFor(w.norm(k));
        if (!kinds.isEmpty()) {
            rival(w.start[k], inSentence++ == 0, kinds.contains(RefersTo.PERSON), kinds.contains(RefersTo.BODY),
                    kinds.contains(RefersTo.GROUP));
        }
    }

    private void rival(int start, boolean subjectLike, boolean person, boolean body, boolean group) {
        seen.add(new Seen(null, null, null, null, null, null, start, start, sentence, quoteAt(start), subjectLike,
                person, body, group, false));
    }

    /**
     * "the ministry", "the rebels": a role noun after "the" that the dictionary left without a country (group
     * {@code g}) takes the nearest earlier actor of the same role; null when it is no such phrase or none fits.
     */
    Coreference.Found description(Composer.Group g, WordScanner.Words w) {
        if (!"role".equals(g.kind()) || g.country() != null || g.role() == null || g.first() != g.last()
                || g.first() == 0 || !w.is(g.first() - 1, "the")) {
            return null;
        }
        if (g.last() + 1 < w.size && (w.is(g.last() + 1, "of") || w.is(g.last() + 1, "in"))) {
            return null; // "the government of an unnamed region", "the police in the city": placed, not pointing back
        }
        Anaphor a = LEXICON.of(w.norm(g.first()));
        if (a == null || a.refersTo() != RefersTo.SAME_ROLE) {
            return null;
        }
        return resolve(a, g.role(), w.start[g.first() - 1], w.end[g.last()]);
    }

    private Coreference.Found resolve(Anaphor a, String role, int start, int end) {
        int quote = quoteAt(start);
        int oldest = Math.max(0, sentence - a.window());
        // the mentions are noted in text order: only the tail within the window is read, so an article with many
        // names and pronouns costs each anaphor its window, not everything seen before it
        int from = seen.size();
        while (from > 0 && seen.get(from - 1).sentence() >= oldest) {
            from--;
        }
        List<Seen> window = seen.subList(from, seen.size());
        for (int s = sentence; s >= oldest; s--) {
            List<Seen> fit = new ArrayList<>();
            for (Seen x : window) {
                if (x.sentence() == s && x.start() < start && x.quote() == quote && x.fits(a.refersTo(), role)) {
                    fit.add(x);
                }
            }
            if (fit.isEmpty()) {
                continue;
            }
            if (s == sentence && a.grammaticalCase() == Anaphors.Case.OBJECT) {
                return null; // "Putin praised him": a clause-mate is no antecedent, and we cannot tell clauses apart
            }
            if (s == sentence && a.grammaticalCase() == Anaphors.Case.OWNER) {
                // "Blair defended his party", "Clinton spoke of his meeting with Netanyahu": in its own sentence a
                // possessive mostly means the subject, and coded on the object phrase it made the subject its own
                // target (events lost in the corpus diff); the coder's roles read "its troops withdrew" themselves
                return null;
            }
            Seen chosen = fit.get(fit.size() - 1);
            String code = codeFor(chosen, role);
            boolean oneCode = chosen.code() != null && fit.stream().allMatch(x -> code.equals(codeFor(x, role)));
            if (!oneCode) {
                // a rival (code null: a referent the dictionary does not code) counts as another side
                Seen first = fit.get(0);
                if (s == sentence || !first.subjectLike() || first.code() == null || role != null
                        || a.grammaticalCase() == Anaphors.Case.OBJECT) {
                    // two sides fit and neither is the subject of an earlier sentence: leave it ("Putin called
                    // Obama and he agreed" may be either); "the government" after two countries is either's
                    return null;
                }
                return found(a, first, role, start, end);
            }
            if (role != null) {
                chosen = null;
                for (Seen x : fit) {
                    if (role.equals(x.role())) {
                        chosen = x; // the nearest mention that has the role itself
                    }
                }
                if (chosen == null) {
                    return null;
                }
            }
            return found(a, chosen, role, start, end);
        }
        return null;
    }

    /** The code {@code x} gives an anaphor: a role description ("the ministry") takes its own role with x's country. */
    private static String codeFor(Seen x, String role) {
        return x.code() == null ? null : role == null ? x.code() : x.country() + role;
    }

    private Coreference.Found found(Anaphor a, Seen x, String role, int start, int end) {
        String source = "anaphor " + a.provenance() + ": '" + a.word() + "' -> '" + x.text() + "' at " + x.at()
                + " (" + x.source() + ")";
        String code = codeFor(x, role);
        String entity = role == null ? x.entityId() : "country:" + x.country() + ":" + role;
        String ownRole = role == null ? x.role() : role;
        Coreference.Found f = new Coreference.Found(start, end, code, x.country(), ownRole, entity,
                "coreference", 0.6, source);
        // a resolved anaphor is an antecedent in turn ("... he said. His ..."), of the kind its own word names:
        // "the ministry" is one body even when it took its code from a minister
        boolean subjectLike = inSentence++ == 0;
        RefersTo r = a.refersTo();
        boolean plural = plural(end);
        seen.add(new Seen(code, x.country(), ownRole, entity, x.source(), x.text(), x.at(), start, sentence,
                quoteAt(start), subjectLike, r == RefersTo.PERSON,
                r == RefersTo.BODY || r == RefersTo.COUNTRY || r == RefersTo.SAME_ROLE && !plural,
                r == RefersTo.GROUP || r == RefersTo.SAME_ROLE && plural, r == RefersTo.COUNTRY));
        return f;
    }

    /** "officials", "rebels", "Palestinians": a phrase whose last word is a plural noun (English -s plural). */
    private boolean plural(int end) {
        return end >= 2 && text.charAt(end - 1) == 's' && text.charAt(end - 2) != 's' && text.charAt(end - 2) != '\'';
    }

    /**
     * The number of the quotation open at {@code offset}, or -1 outside any. Straight double quotes toggle, curly
     * ones open and close; a line break closes (a quote running over paragraphs reopens with a quote mark).
     * Offsets must come in text order.
     */
    private int quoteAt(int offset) {
        for (; readTo < offset && readTo < text.length(); readTo++) {
            char c = text.charAt(readTo);
            if (c == '\u201C' || c == '"' && openQuote < 0) {
                openQuote = ++quotes;
            } else if (c == '\u201D' || c == '"' || c == '\n') {
                openQuote = -1;
            }
        }
        return openQuote;
    }
}
