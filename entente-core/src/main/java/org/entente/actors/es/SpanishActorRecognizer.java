package org.entente.actors.es;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.Token;
import org.entente.text.es.SpanishWords;

/**
 * Actors in Spanish text. Steps, in order:
 * <ol>
 *   <li>names: the longest Spanish name at each token ({@link SpanishNames}): countries, demonyms, capitals,
 *       international organisations, role words;</li>
 *   <li>role + country: a role word followed by a country ("el Gobierno de España", "el ministro español", "la
 *       marina de Marruecos") is one mention coded country + role (ESPGOV, MARMIL);</li>
 *   <li>people: the knowledge base's person names, coded as of the article's date, found by the English
 *       recognizer (names are the same in both languages), kept where they overlap no Spanish mention.</li>
 * </ol>
 * A role word of the hand-written list left without a country is kept with code "---ROLE" and no country, at low
 * confidence; a derived role word alone is dropped.
 */
public final class SpanishActorRecognizer implements ActorRecognizer {
    /** Words that may stand between a role word and its country ("ministro de Exteriores de Turquía"). */
    private static final Set<String> LINKS = Set.of("de", "del", "la", "las", "los", "el");
    private static final int MAX_LINK = 4;
    /**
     * The hand-written names file: only its role words stand alone as actors. The derived agents list is too
     * loose for that ("acuerdo" and "ciudad" are civilian agents there) and codes a role only beside a country.
     */
    private static final String CURATED = "es/names-extra.tsv";

    private final SpanishNames names;
    private final ActorRecognizer people;

    public SpanishActorRecognizer(SpanishNames names, ActorRecognizer people) {
        this.names = names;
        this.people = people;
    }

    @Override
    public List<ActorMention> recognize(Document article) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            out.addAll(composed(s, named(s)));
        }
        for (ActorMention p : people.recognize(article)) {
            if ("person".equals(p.kind()) && out.stream().noneMatch(m -> overlaps(m, p))) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }

    private List<SpanishNames.Match> named(Sentence s) {
        List<SpanishNames.Match> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) {
                continue;
            }
            SpanishNames.Match m = names.longestAt(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.last();
            }
        }
        return found;
    }

    private List<ActorMention> composed(Sentence s, List<SpanishNames.Match> found) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            SpanishNames.Match m = found.get(i);
            SpanishNames.Match next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (m.entry().roleOnly() && next != null && next.entry().country() != null
                    && next.entry().role() == null && linked(s.tokens(), m.last(), next.first())) {
                out.add(mention(s, m.first(), next.last(), next.entry().country() + m.entry().code().substring(3),
                        next.entry().country(), m.entry().role(), "role", 0.9,
                        m.entry().where() + "+" + next.entry().where()));
                i++;
            } else if (!m.entry().roleOnly() || m.entry().where().startsWith(CURATED)) {
                SpanishNames.Entry e = m.entry();
                out.add(mention(s, m.first(), m.last(), e.code(), e.country(), e.role(), e.kind(),
                        e.roleOnly() ? 0.4 : 0.9, e.where()));
            }
        }
        return out;
    }

    /** Whether only linking words ("de", "del", "la") or nothing, or a one-word complement, separate the two. */
    private static boolean linked(List<Token> tokens, int roleEnd, int countryStart) {
        int gap = countryStart - roleEnd - 1;
        if (gap > MAX_LINK) {
            return false;
        }
        for (int i = roleEnd + 1; i < countryStart; i++) {
            String w = SpanishWords.plain(tokens.get(i).text());
            boolean word = Character.isLetter(w.charAt(0));
            if (!word) {
                return false;
            }
        }
        return gap == 0 || LINKS.contains(SpanishWords.plain(tokens.get(countryStart - 1).text()));
    }

    private static ActorMention mention(Sentence s, int first, int last, String code, String country, String role,
                                        String kind, double confidence, String where) {
        Token a = s.tokens().get(first);
        Token b = s.tokens().get(last);
        String entity = country == null ? "es:" + code : "country:" + country + (role == null ? "" : ":" + role);
        return new ActorMention(s.index(), a.start(), b.end(), first, last,
                s.text().substring(a.start() - s.start(), b.end() - s.start()), code, country, role, entity, kind,
                confidence, where);
    }

    private static boolean overlaps(ActorMention a, ActorMention b) {
        return a.sentence() == b.sentence() && a.start() < b.end() && b.start() < a.end();
    }
}
