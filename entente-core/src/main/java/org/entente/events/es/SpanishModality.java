package org.entente.events.es;

import java.util.ArrayList;
import java.util.List;
import org.entente.events.model.Modality;
import org.entente.text.Token;
import org.entente.text.es.SpanishData;
import org.entente.text.es.SpanishWords;

/**
 * The modality of a Spanish event mention from cue words ({@code es/modality.tsv}), tried in the declared order
 * hypothetical, negated, uncertain, future; then a verb in the future tense ("enviará", "firmarán") is future;
 * else asserted. Immutable; thread-safe.
 */
final class SpanishModality {
    private static final Modality[] ORDER = {Modality.HYPOTHETICAL, Modality.NEGATED, Modality.UNCERTAIN,
            Modality.FUTURE};

    private record Cue(List<String> words, Modality modality, String scope, int reach) {
    }

    private final List<Cue> cues = new ArrayList<>();

    SpanishModality() {
        for (SpanishData.Row r : SpanishData.read("modality.tsv", 4)) {
            String scope = r.field(2);
            if (!List.of("before", "clause-start", "clause", "sentence").contains(scope)) {
                throw r.error("scope must be before, clause-start, clause or sentence: " + scope);
            }
            List<String> words = new ArrayList<>();
            for (String w : r.field(0).split(" ")) {
                words.add(SpanishWords.plain(w));
            }
            cues.add(new Cue(words, Modality.parse(r.field(1)), scope, Integer.parseInt(r.field(3))));
        }
    }

    /**
     * The modality of the verb at {@code verb}; {@code plain} the sentence's words made plain (once a sentence),
     * {@code extra} a modality a control verb already implies (or null).
     */
    Modality of(List<Token> tokens, List<String> plain, int verb, SpanishClause clause, Modality extra) {
        for (Modality m : ORDER) {
            if (m == extra) {
                return m;
            }
            for (Cue c : cues) {
                if (c.modality() == m && present(c, plain, verb, clause)) {
                    return m;
                }
            }
        }
        return futureTense(tokens.get(verb).text()) ? Modality.FUTURE : Modality.ASSERTED;
    }

    private static boolean present(Cue c, List<String> words, int verb, SpanishClause clause) {
        switch (c.scope()) {
            case "clause-start":
                return at(c.words(), words, clause.from());
            case "clause":
                for (int i = clause.from(); i < clause.to(); i++) {
                    if (at(c.words(), words, i)) {
                        return true;
                    }
                }
                return false;
            case "sentence":
                for (int i = 0; i < words.size() && i < clause.to() + SpanishClause.REACH; i++) {
                    if (at(c.words(), words, i)) {
                        return true;
                    }
                }
                return false;
            default:
                int from = c.reach() == 0 ? clause.from() : Math.max(clause.from(), verb - c.reach() - c.words().size()
                        + 1);
                for (int i = from; i < verb; i++) {
                    if (at(c.words(), words, i)) {
                        return true;
                    }
                }
                return false;
        }
    }

    private static boolean at(List<String> cue, List<String> words, int i) {
        return i >= 0 && i + cue.size() <= words.size() && words.subList(i, i + cue.size()).equals(cue);
    }

    /** Simple future of the third persons and the first plural ("enviará", "firmarán", "haremos"), accents kept. */
    static boolean futureTense(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("rá") || w.endsWith("rán") || w.endsWith("remos");
    }
}
