package org.entente.events.model;

import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO codes of stated intentions (events/intent.tsv): "X will send aid" is X expressing intent to provide aid
 * (033), "X said it would blockade the port" is X threatening a blockade (1381). CAMEO codes the statement, which
 * did happen; the modality field still says the act itself lies in the future.
 */
public final class IntentCodes {
    private static final String RESOURCE = "/events/intent.tsv";
    private final Map<String, String> map;

    private IntentCodes(Map<String, String> map) {
        this.map = Map.copyOf(map);
    }

    public static IntentCodes load(CameoTable cameo) {
        return load(cameo, RESOURCE);
    }

    /** The same shape of table for stated refusals: events/refusal.tsv (refused event's code -> 12x). */
    public static IntentCodes refusals(CameoTable cameo) {
        return load(cameo, "/events/refusal.tsv");
    }

    private static IntentCodes load(CameoTable cameo, String resource) {
        Map<String, String> m = new HashMap<>();
        for (DataTable.Row row : DataTable.read(resource)) {
            String code = row.field(1).trim();
            if (!cameo.contains(code)) {
                throw row.error("unknown CAMEO code in \"" + String.join("\t", row.fields()) + "\"");
            }
            m.put(row.field(0).trim(), code);
        }
        return new IntentCodes(m);
    }

    /** The intention code for a future event's code, or null when its root keeps its own code. */
    public String intentOf(String code) {
        String full = map.get(code);
        if (full == null && code.length() > 3) {
            full = map.get(code.substring(0, 3)); // "0841" release persons -> the row of "084"
        }
        return full != null ? full : map.get(code.substring(0, 2));
    }
}
