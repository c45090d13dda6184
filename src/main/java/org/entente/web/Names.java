package org.entente.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Human names for actor codes: the country from the JDK's ISO 3166 tables ("RUS" → "Russia"), the role from the
 * CAMEO role codes ("GOV" → "government"). Codes the tables do not know keep the name the store saw most.
 */
final class Names {
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("OPP", "opposition"),
            Map.entry("REB", "rebels"), Map.entry("BUS", "business"), Map.entry("MED", "media"),
            Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"), Map.entry("EDU", "education"),
            Map.entry("CVL", "civilians"), Map.entry("COP", "police"), Map.entry("SPY", "intelligence"),
            Map.entry("HLH", "health"), Map.entry("LAB", "labour"), Map.entry("ELI", "elites"),
            Map.entry("CRM", "criminals"), Map.entry("REF", "refugees"), Map.entry("AGR", "agriculture"),
            Map.entry("ENV", "environment"), Map.entry("REL", "religious"), Map.entry("NGO", "NGOs"),
            Map.entry("IGO", "international organisations"), Map.entry("INS", "insurgents"),
            Map.entry("UAF", "armed forces"), Map.entry("MNC", "multinational companies"));

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            try {
                COUNTRIES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // a region without an alpha-3 code: nothing to name
            }
        }
    }

    private Names() {
    }

    /** The English name of an alpha-3 country code, or null. */
    static String country(String alpha3) {
        return alpha3 == null ? null : COUNTRIES.get(alpha3);
    }

    /**
     * Alpha-3 codes of the countries {@code text} names: the code itself ("rus"), or the start of a word of the
     * name ("chi" → China, "korea" → both Koreas). Two letters at least, so "r" does not list half the world.
     */
    static List<String> countriesNamed(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            return List.of();
        }
        return COUNTRIES.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(t) || wordStarts(e.getValue().toLowerCase(Locale.ROOT), t))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static boolean wordStarts(String name, String prefix) {
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.startsWith(prefix)) {
                return true;
            }
        }
        return name.startsWith(prefix);
    }

    /**
     * "Russia", "Russia · government", or {@code fallback} when the code does not start with a known country.
     */
    static String actor(String code, String fallback) {
        if (code == null) {
            return fallback;
        }
        String country = code.length() >= 3 ? country(code.substring(0, 3)) : null;
        if (country == null) {
            return fallback;
        }
        if (code.length() == 3) {
            return country;
        }
        String role = ROLES.get(code.substring(3, Math.min(6, code.length())));
        return country + " · " + (role != null ? role : code.substring(3));
    }
}
