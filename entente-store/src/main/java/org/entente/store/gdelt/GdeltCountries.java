package org.entente.store.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Country facts a GDELT row needs: the FIPS 10-4 code of an ISO alpha-3 country and its common English name
 * ({@code gdelt/fips-countries.tsv}, derived by {@code scripts/derive-fips.sh}; the name is the first
 * {@code country} row of the actor dictionary), its centre point ({@code geo/country-centres.tsv}, written with the
 * gazetteer by {@code scripts/derive-gazetteer.sh}: GDELT's country-level coordinates), and the CAMEO region codes
 * ({@code gdelt/cameo-regions.tsv}).
 */
public final class GdeltCountries {
    private static final GdeltCountries STANDARD = new GdeltCountries();

    private final Map<String, String> fips = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<String, double[]> centres = new HashMap<>();

    private GdeltCountries() {
        read("/gdelt/fips-countries.tsv", (f, line) -> {
            fips.put(f[0], f[1]);
            if (f.length > 2 && !f[2].isEmpty()) {
                names.put(f[0], f[2]);
            }
        });
        read("/gdelt/cameo-regions.tsv", (f, line) -> regions.add(f[0]));
        read("/geo/country-centres.tsv", (f, line) -> centres.put(f[0],
                new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])}));
    }

    public static GdeltCountries standard() {
        return STANDARD;
    }

    /** FIPS 10-4 code of an ISO alpha-3 country, or null. */
    public String fips(String iso3) {
        return iso3 == null ? null : fips.get(iso3);
    }

    /** Common English name of an ISO alpha-3 country ("Russia"), or null. */
    public String name(String iso3) {
        return iso3 == null ? null : names.get(iso3);
    }

    /** A country's centre point {lat, lon} (as GDELT places a country-level location), or null. */
    public double[] centre(String iso3) {
        return iso3 == null ? null : centres.get(iso3);
    }

    /** Whether a 3-letter code is a country (ISO alpha-3) or a CAMEO region. */
    public boolean isPlace(String code) {
        return fips.containsKey(code) || names.containsKey(code) || regions.contains(code);
    }

    /** Every ISO alpha-3 code with a FIPS code or a name. */
    public Set<String> countries() {
        Set<String> all = new HashSet<>(fips.keySet());
        all.addAll(names.keySet());
        return all;
    }

    private static void read(String resource, BiConsumer<String[], String> row) {
        try (InputStream in = GdeltCountries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
