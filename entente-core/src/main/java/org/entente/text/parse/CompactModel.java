package org.entente.text.parse;

import java.util.List;
import java.util.Set;

/**
 * NLP4J's English tagger and parser in compact form, with the two word lexicons their features read.
 * {@link ModelCompactor} derives it from the Maven artifact, {@link CompactModelFile} stores it.
 */
record CompactModel(CompactComponent tagger, CompactComponent parser, WordLexicon<Set<String>> clusters,
                    WordLexicon<List<String>> ambiguityClasses) {
}
