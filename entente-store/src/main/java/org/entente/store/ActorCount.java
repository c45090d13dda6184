package org.entente.store;

/**
 * An actor code seen in the store.
 *
 * @param name     its most frequent surface text ("Moscow", "Putin")
 * @param mentions actor mentions with this code
 * @param events   resolved events where it is source or target
 */
public record ActorCount(String code, String country, String role, String name, long mentions, long events) {
}
