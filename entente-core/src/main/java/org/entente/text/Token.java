package org.entente.text;

/**
 * A token of a {@link Document}: character offsets into the article's clean text, its word, UD/PTB part-of-speech
 * tag and lemma (both null until its sentence is tagged), read from the document's arrays. {@code index} counts
 * from the article's first token.
 */
public record Token(Document document, int index) {
    public int start() {
        return document.tokenStart(index);
    }

    public int end() {
        return document.tokenEnd(index);
    }

    public String text() {
        return document.word(index);
    }

    public String pos() {
        return document.pos(index);
    }

    public String lemma() {
        return document.lemma(index);
    }

    @Override
    public String toString() {
        return "Token[" + text() + " " + start() + "-" + end() + (pos() == null ? "" : " " + pos()) + "]";
    }
}
