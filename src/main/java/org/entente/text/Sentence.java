package org.entente.text;

import java.util.List;

/** A sentence: its index in the article, character span into the clean text, its text and tokens (absolute offsets). */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
