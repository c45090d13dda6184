package org.entente.events.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CAMEO table (events/cameo.tsv, derived by scripts/derive-cameo-table.py). Immutable, shared. */
public final class CameoTable {
    private static final String RESOURCE = "/events/cameo.tsv";
    private static volatile CameoTable standard;

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static CameoTable standard() {
        CameoTable t = standard;
        if (t == null) {
            synchronized (CameoTable.class) {
                if (standard == null) {
                    standard = load();
                }
                t = standard;
            }
        }
        return t;
    }

    public CameoCode get(String code) {
        return code == null ? null : codes.get(code.trim());
    }

    /** Does {@code code} (a code of this table) carry {@code trait}? False for a code not in the table. */
    public boolean has(String code, CodeTrait trait) {
        CameoCode c = get(code);
        return c != null && c.has(trait);
    }

    public boolean contains(String code) {
        return get(code) != null;
    }

    public Map<String, CameoCode> all() {
        return codes;
    }

    private static CameoTable load() {
        Map<String, CameoCode> m = new LinkedHashMap<>();
        try (InputStream in = CameoTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CAMEO table not on the classpath: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 6) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 9 columns");
                }
                java.util.EnumSet<CodeTrait> traits = java.util.EnumSet.noneOf(CodeTrait.class);
                if (f.length > 8 && !f[8].isBlank()) {
                    for (String t : f[8].split(",")) {
                        try {
                            traits.add(CodeTrait.parse(t));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage());
                        }
                    }
                }
                m.put(f[0], new CameoCode(f[0], f[1], f[2], Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                        blankToNull(f[5]), f.length > 6 ? blankToNull(f[6]) : null,
                        f.length > 7 ? blankToNull(f[7]) : null, traits));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoTable(m);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
