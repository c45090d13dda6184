package org.entente.events.es;

import java.util.List;
import org.entente.text.Token;

/**
 * The clause a verb stands in: the tokens between the nearest clause-separating punctuation marks on either side
 * (",", ";", ":", parentheses, dashes), at most {@link #REACH} tokens either side. "Si Irán ataca a Israel, la región entrará en guerra" has two; "Estados
 * Unidos no enviará ayuda a Haití, afirmó el Pentágono" has two. Token indices: {@code [from, to)}.
 */
record SpanishClause(int from, int to) {
    private static final String SEPARATORS = ",;:()—–";
    /** Tokens a clause reaches on either side of its verb at most: a run-on "sentence" of a whole page stays cheap. */
    static final int REACH = 60;

    static SpanishClause around(List<Token> tokens, int verb) {
        int from = verb;
        while (from > 0 && verb - from < REACH && !separates(tokens.get(from - 1))) {
            from--;
        }
        int to = verb + 1;
        while (to < tokens.size() && to - verb <= REACH && !separates(tokens.get(to))) {
            to++;
        }
        return new SpanishClause(from, to);
    }

    private static boolean separates(Token t) {
        return t.text().length() == 1 && SEPARATORS.indexOf(t.text().charAt(0)) >= 0;
    }

    boolean contains(int token) {
        return token >= from && token < to;
    }
}
