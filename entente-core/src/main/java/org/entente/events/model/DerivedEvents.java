package org.entente.events.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The derived-event table (events/derived.tsv): the code a reported act gives its reporter's act ("X said Y
 * shelled Z" -> X accuses Y, 112), by the longest matching prefix of the reported act's code.
 */
public final class DerivedEvents {
    private static final String RESOURCE = "/events/derived.tsv";
    private static final DerivedEvents STANDARD = load();

    /** Prefix -> derived code, or null where the prefix derives nothing. */
    private final Map<String, String> byPrefix;

    private DerivedEvents(Map<String, String> byPrefix) {
        this.byPrefix = byPrefix;
    }

    public static DerivedEvents standard() {
        return STANDARD;
    }

    /** The code of the reporter's act for a reported act of {@code code}, or null when it derives none. */
    public String derived(String code) {
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
        for (DataTable.Row row : DataTable.read(RESOURCE)) {
            String prefix = row.field(0);
            String derived = row.field(1).trim();
            if (!prefix.matches("\\d+") || !(derived.equals("-") || cameo.contains(derived))) {
                throw row.error("expected a code prefix and a CAMEO code (or -)");
            }
            m.put(prefix, derived.equals("-") ? null : derived);
        }
        return new DerivedEvents(m);
    }
}
