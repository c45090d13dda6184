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
     * A reader's name for an actor code, so that no view shows a bare code: "Russian government" (demonym and
     * role), "Russia" (a bare country), "European Union" (an organisation's first name in the bundled
     * dictionary), "Africa" (a region), "government, country unknown" ({@code ---GOV}), "armed group, unnamed"
     * ({@code ---REB}). {@code fallback} (the name the store saw most) only where none of the tables knows the
     * code; the code itself is shown on hover by the dashboard.
     */
    static String actor(String code, String fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        String c = code.toUpperCase(Locale.ROOT);
        String exact = Tables.ORGS.get(c);
        if (exact != null) {
            return exact;
        }
        if (c.startsWith("---")) {
            String role = c.length() >= 6 ? c.substring(3, 6) : "";
            return "REB".equals(role) ? "armed group, unnamed"
                    : (ROLES.containsKey(role) ? ROLES.get(role) : "actor") + ", country unknown";
        }
        String head = c.length() >= 3 ? c.substring(0, 3) : c;
        String place = country(head);
        if (place == null) {
            place = Tables.REGIONS.get(head);
        }
        if (place == null) {
            // an organisation with a role suffix the dictionary has no row for: IGOEUREEC + LEG
            for (int cut = c.length() - 3; cut >= 6; cut -= 3) {
                String org = Tables.ORGS.get(c.substring(0, cut));
                if (org != null) {
                    String role = ROLES.get(c.substring(cut, cut + 3));
                    return org + " · " + (role != null ? role : c.substring(cut));
                }
            }
            return fallback;
        }
        if (c.length() == 3) {
            return place;
        }
        String roleCode = c.substring(3, Math.min(6, c.length()));
        String role = ROLES.getOrDefault(roleCode, roleCode);
        String demonym = Tables.DEMONYMS.get(head);
        return demonym != null ? demonym + " " + role : place + " · " + role;
    }

    /** Names read once from the bundled actor dictionaries (the same files the recogniser loads). */
    private static final class Tables {
        static final Map<String, String> ORGS = new HashMap<>();
        static final Map<String, String> REGIONS = new HashMap<>();
        static final Map<String, String> DEMONYMS = new HashMap<>();

        static {
            // first row wins: each file lists an organisation's or region's common name first
            // only codes of no country: a country's own code (RUSGOV, SYRREB) is named by country and role,
            // not by whichever agency or group happens to be listed first under it
            read("/actors/organisations.tsv", (name, code, kind) -> {
                if (code.length() > 3 && !COUNTRIES.containsKey(code.substring(0, 3))) {
                    ORGS.putIfAbsent(code, name);
                }
            });
            read("/actors/countries-extra.tsv", (name, code, kind) -> {
                if ("region".equals(kind)) {
                    REGIONS.putIfAbsent(code, name);
                }
            });
            read("/actors/countries.tsv", (name, code, kind) -> {
                if ("demonym".equals(kind)) {
                    DEMONYMS.putIfAbsent(code, name);
                }
            });
        }

        interface Row {
            void accept(String name, String code, String kind);
        }

        private static void read(String resource, Row row) {
            java.io.InputStream in = Names.class.getResourceAsStream(resource);
            if (in == null) {
                return;                 // a build without the dictionary: names fall back to the store's
            }
            try (java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                boolean header = true;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) {       // the column names
                        header = false;
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length >= 3 && !f[1].isBlank()) {
                        row.accept(f[0].split("\\|", 2)[0].trim(), f[1].trim().toUpperCase(Locale.ROOT), f[2].trim());
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
