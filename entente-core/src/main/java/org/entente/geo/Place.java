package org.entente.geo;

/**
 * One row of the gazetteer: a country, a first- or second-level division or a city.
 *
 * @param id         GeoNames id of a city, GDELT-style ADM1 code of a division ("LY77"; "LY77.123" for a second-level
 *                   one), alpha-3 of a country: GDELT's FeatureID for the place
 * @param kind       what the place is
 * @param feature    GeoNames feature code (PPLC capital, PPLA division seat, PPL, ADM1, ADM2, PCLI)
 * @param name       its English name
 * @param country    alpha-3 code
 * @param adm1       GDELT-style ADM1 code of its first-level division (a division's own code), or null
 * @param division   the name of that division, or null
 * @param lat        latitude in degrees (a division's: the population-weighted mean of its cities)
 * @param lon        longitude in degrees
 * @param population GeoNames population of a city; the sum over its cities for a division or country
 */
public record Place(String id, Kind kind, String feature, String name, String country, String adm1, String division,
        double lat, double lon, long population) {

    public enum Kind { COUNTRY, ADM1, ADM2, CITY }

    /** Great-circle distance in kilometres. */
    public double kilometresTo(Place o) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(o.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(o.lon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
