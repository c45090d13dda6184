package org.entente.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A sentence of a {@link Document}: its index in the article, its character span into the clean text, and its
 * tokens (absolute offsets), all read from the document's arrays. A view: it holds no copy of the sentence.
 */
public final class Sentence {
    private final Document document;
    private final int index;
    /** The document's boundaries never change, so the view keeps them at hand (tokens are read in hot loops). */
    private final int start;
    private final int end;
    private final int firstToken;
    private final int size;
    private final List<Token> tokens;
    /** The sentence's text, cut from the document's on first need (most sentences are never printed). */
    private String text;

    Sentence(Document document, int index) {
        this.document = document;
        this.index = index;
        this.start = document.sentenceStart(index);
        this.end = document.sentenceEnd(index);
        this.firstToken = document.firstToken(index);
        this.size = document.tokenCount(index);
        this.tokens = new Tokens();
    }

    public Document document() {
        return document;
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        if (text == null) {
            text = document.text().substring(start, end);
        }
        return text;
    }

    /** The sentence's tokens, as views; their {@code pos} and {@code lemma} are null until it is tagged. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The article-wide index of this sentence's first token. */
    public int firstToken() {
        return firstToken;
    }

    public boolean isTagged() {
        return document.isTagged(index);
    }

    @Override
    public String toString() {
        return "Sentence[" + index + " " + start() + "-" + end() + "]";
    }

    private final class Tokens extends AbstractList<Token> implements RandomAccess {
        @Override
        public Token get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("token " + i + " of " + size);
            }
            return new Token(document, firstToken + i);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
