package org.entente.text;

/** A token with character offsets into the article's clean text, its UD/PTB part-of-speech tag and lemma. */
public record Token(int start, int end, String text, String pos, String lemma) {
}
