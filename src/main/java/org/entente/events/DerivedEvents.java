package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The derived-event table (events/derived.tsv): the code a reported act gives its reporter's act ("X said Y
 * shelled Z" -> X accuses Y, 112), by the longest matching prefix of the reported act's code.
 */
final class DerivedEvents {
    private static final String RESOURCE = "/events/derived.tsv";
    private static final DerivedEvents STANDARD = load();

    /** Prefix -> derived code, or null where the prefix derives nothing. */
    private final Map<String, String> byPrefix;

    private DerivedEvents(Map<String, String> byPrefix) {
        this.byPrefix = byPrefix;
    }

    static DerivedEvents standard() {
        return STANDARD;
    }

    /** The code of the reporter's act for a reported act of {@code code}, or null when it derives none. */
    String derived(String code) {
        for (int len = code.length(); len > 0; len--) {
            String p = code.substring(0, len);
            if (byPrefix.containsKey(p)) {
                return byPrefix.get(p);
            }
        }
        return null;
    }

    private static DerivedEvents load() {
        Map<String, String> m = new LinkedHashMap<>();
        CameoTable cameo = CameoTable.standard();
        try (InputStream in = DerivedEvents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("derived-event table not on the classpath: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String derived = f.length > 1 ? f[1].trim() : "";
                if (f.length < 2 || !f[0].matches("\\d+") || !(derived.equals("-") || cameo.contains(derived))) {
                    throw new IllegalStateException(RESOURCE + ":" + n
                            + ": expected a code prefix and a CAMEO code (or -)");
                }
                m.put(f[0], derived.equals("-") ? null : derived);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DerivedEvents(m);
    }
}
