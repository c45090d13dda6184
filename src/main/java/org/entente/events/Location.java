package org.entente.events;

/** Where an event happened, when the text says so: a country (alpha-3) and optionally a named place. */
public record Location(String country, String place) {
}
