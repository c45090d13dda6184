package org.entente.actors;

/**
 * An actor found in the text, coded as of the article's date.
 *
 * @param sentence   index of the sentence it is in
 * @param start      character offset into the clean text (inclusive)
 * @param end        character offset (exclusive)
 * @param firstToken index of its first token within the sentence's token list
 * @param lastToken  index of its last token within the sentence (inclusive)
 * @param text       the surface text
 * @param code       CAMEO-style actor code: "RUS", "RUSGOV", "USAMIL", "IGOUNO", ...
 * @param country    ISO alpha-3 country, or null (international organisations)
 * @param role       role code (GOV, MIL, ...) or null for a bare country
 * @param entityId   stable id of the entity the mention refers to ("country:RUS", "person:Q7747", ...)
 * @param kind       how it was found: country, demonym, capital, person, organisation, role, coreference
 * @param confidence 0..1
 * @param source     provenance: the dictionary file and line that produced the code ("people.tsv:123")
 */
public record ActorMention(int sentence, int start, int end, int firstToken, int lastToken, String text,
                           String code, String country, String role, String entityId, String kind,
                           double confidence, String source) {
}
