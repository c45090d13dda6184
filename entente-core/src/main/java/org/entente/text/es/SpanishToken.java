package org.entente.text.es;

/**
 * A token of the Spanish front end before it joins the article's {@link org.entente.text.Document}: its offsets
 * into the text, its word, and (once tagged) its POS tag and lemma, null before.
 */
public record SpanishToken(int start, int end, String text, String pos, String lemma) {
}
