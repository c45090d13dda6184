package org.entente.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Entente's one gazetteer (geo/gazetteer.tsv.gz, derived by scripts/derive-gazetteer.sh from GeoNames data): countries,
 * first- and second-level divisions and cities with coordinates and population. Held in parallel arrays (a row is a
 * {@link Place} only when asked for) so 160,000 places cost a few tens of megabytes, not one object graph each.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/geo/gazetteer.tsv.gz";
    private static volatile Gazetteer standard;

    private final String[] ids;
    private final byte[] kinds;
    private final String[] features;
    private final String[] names;
    private final String[] countries;
    private final String[] adm1s;
    private final float[] lats;
    private final float[] lons;
    private final long[] populations;
    private final Map<String, int[]> byName;
    private final Map<String, Integer> byId;
    private volatile Map<String, Integer> capitals;

    private Gazetteer(Rows r) {
        int n = r.size;
        ids = Arrays.copyOf(r.ids, n);
        kinds = Arrays.copyOf(r.kinds, n);
        features = Arrays.copyOf(r.features, n);
        names = Arrays.copyOf(r.names, n);
        countries = Arrays.copyOf(r.countries, n);
        adm1s = Arrays.copyOf(r.adm1s, n);
        lats = Arrays.copyOf(r.lats, n);
        lons = Arrays.copyOf(r.lons, n);
        populations = Arrays.copyOf(r.populations, n);
        byName = r.byName;
        byId = r.byId;
    }

    /** The bundled gazetteer, read once. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (raw == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE
                                    + ": run scripts/derive-gazetteer.sh");
                        }
                        standard = read(raw);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                g = standard;
            }
        }
        return g;
    }

    /** Reads a gzipped gazetteer in the derived format (header line, then the columns the script documents). */
    public static Gazetteer read(InputStream gzipped) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        Rows rows = new Rows();
        String line;
        int lineNo = 0;
        boolean header = false;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!header) {
                header = true; // the column names
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 11) {
                throw new IOException("gazetteer line " + lineNo + ": " + f.length + " columns, expected 11");
            }
            rows.add(f, lineNo);
        }
        return new Gazetteer(rows);
    }

    /** Number of places. */
    public int size() {
        return ids.length;
    }

    /** Every place called {@code name} (its name or an alternate spelling), most populous first; empty if none. */
    public List<Place> named(String name) {
        int[] rows = byName.get(name);
        if (rows == null) {
            return List.of();
        }
        List<Place> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(place(r));
        }
        out.sort((a, b) -> Long.compare(b.population(), a.population()));
        return out;
    }

    /** Whether some place is called {@code name}. */
    public boolean knows(String name) {
        return byName.containsKey(name);
    }

    /** The division or country with this id (ADM1 code, ADM1.ADM2 code, alpha-3), or null. */
    public Place byId(String id) {
        Integer r = byId.get(id);
        return r == null ? null : place(r);
    }

    /** A country's row (its centre point; for GDELT's country-level Geo_Type 1), or null. */
    public Place country(String alpha3) {
        Place p = byId(alpha3);
        return p != null && p.kind() == Place.Kind.COUNTRY ? p : null;
    }

    /**
     * A country's capital (its most populous PPLC row: a country with a seat of government and a capital lists
     * both), or null when the gazetteer has none for it.
     */
    public Place capital(String alpha3) {
        Map<String, Integer> c = capitals;
        if (c == null) {
            c = new java.util.HashMap<>();
            for (int r = 0; r < ids.length; r++) {
                if ("PPLC".equals(features[r]) && countries[r] != null) {
                    Integer old = c.get(countries[r]);
                    if (old == null || populations[r] > populations[old]) {
                        c.put(countries[r], r);
                    }
                }
            }
            capitals = c; // computed at most a few times under a race, always the same
        }
        Integer r = c.get(alpha3);
        return r == null ? null : place(r);
    }

    private Place place(int r) {
        String adm1 = adm1s[r];
        Integer div = adm1 == null ? null : byId.get(adm1);
        return new Place(ids[r], Place.Kind.values()[kinds[r]], features[r], names[r], countries[r], adm1,
                div == null ? null : names[div], degrees(lats[r]), degrees(lons[r]), populations[r]);
    }

    /** A float as the 4 decimals the file has (a float widened to double would print 32.88740158081055). */
    private static double degrees(float f) {
        return Math.round(f * 10_000d) / 10_000d;
    }

    /** The columns as they are read, grown by doubling; strings that repeat (codes) are shared. */
    private static final class Rows {
        int size;
        String[] ids = new String[1 << 16];
        byte[] kinds = new byte[1 << 16];
        String[] features = new String[1 << 16];
        String[] names = new String[1 << 16];
        String[] countries = new String[1 << 16];
        String[] adm1s = new String[1 << 16];
        float[] lats = new float[1 << 16];
        float[] lons = new float[1 << 16];
        long[] populations = new long[1 << 16];
        final Map<String, int[]> byName = new HashMap<>(1 << 18);
        final Map<String, Integer> byId = new HashMap<>(1 << 16);
        final Map<String, String> shared = new HashMap<>();

        void add(String[] f, int lineNo) throws IOException {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                kinds = Arrays.copyOf(kinds, n);
                features = Arrays.copyOf(features, n);
                names = Arrays.copyOf(names, n);
                countries = Arrays.copyOf(countries, n);
                adm1s = Arrays.copyOf(adm1s, n);
                lats = Arrays.copyOf(lats, n);
                lons = Arrays.copyOf(lons, n);
                populations = Arrays.copyOf(populations, n);
            }
            int r = size;
            try {
                ids[r] = f[0];
                kinds[r] = (byte) Place.Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)).ordinal();
                features[r] = share(f[2]);
                names[r] = f[3];
                countries[r] = share(f[5]);
                adm1s[r] = f[6].isEmpty() ? null : share(f[6]);
                lats[r] = Float.parseFloat(f[8]);
                lons[r] = Float.parseFloat(f[9]);
                populations[r] = f[10].isEmpty() ? 0 : Long.parseLong(f[10]);
            } catch (IllegalArgumentException e) {
                throw new IOException("gazetteer line " + lineNo + ": " + e.getMessage(), e);
            }
            size++;
            if (kinds[r] != Place.Kind.CITY.ordinal()) {
                byId.put(f[0], r); // cities are found by name; divisions and countries also by code
            }
            index(f[3], r);
            if (!f[4].isEmpty()) {
                for (String alt : f[4].split("\\|")) {
                    index(alt, r);
                }
            }
        }

        private void index(String name, int r) {
            int[] old = byName.get(name);
            if (old == null) {
                byName.put(name, new int[] {r});
            } else if (old[old.length - 1] != r) {
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = r;
                byName.put(name, grown);
            }
        }

        private String share(String s) {
            return shared.computeIfAbsent(s, k -> k);
        }
    }
}
