package org.entente.events.model;

/**
 * Where an event happened, when the text says so: a country (alpha-3), optionally a named place, and where the
 * gazetteer knows the place, its first-level division (name and code), its coordinates and the gazetteer row
 * that resolved it. A place the gazetteer does not know keeps null coordinates: a country's centroid is never
 * presented as a place.
 *
 * @param country    alpha-3 country code of the place
 * @param place      the place as named in the text, or null when only the country is known
 * @param division   the place's first-level division (province, state), or null
 * @param adm1Code   the division's code (e.g. FIPS-style {@code US06} or the gazetteer's own), or null
 * @param lat        latitude in degrees, or null
 * @param lon        longitude in degrees, or null
 * @param featureId  the gazetteer row's identifier (e.g. a GeoNames id), or null
 */
public record Location(String country, String place, String division, String adm1Code, Double lat, Double lon,
        String featureId) {

    /** A country, or a named place the gazetteer has not resolved further. */
    public Location(String country, String place) {
        this(country, place, null, null, null, null, null);
    }

    /** Whether this location has coordinates from the gazetteer. */
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
