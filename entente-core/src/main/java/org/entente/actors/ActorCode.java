package org.entente.actors;

import java.util.Set;

/**
 * Splits and joins CAMEO-style actor codes. A code is a 3-letter head (ISO alpha-3 country, "IGO" or "---" for
 * an unknown country) followed by 3-letter parts. For countries every part after the head is a role ("RUSGOV",
 * "USAGOVMIL"); for IGOs the parts name the organisation ("IGOUNO", "IGOWSTNAT") and only a trailing known role
 * code is a role ("IGOUNOJUD": the UN's court).
 */
public record ActorCode(String code, String country, String role) {
    static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP", "OPP", "LEG", "JUD",
            "MED", "BUS", "CVL", "EDU", "ELI", "REL", "CRM", "UAF", "AGR", "LAB", "HLH", "REF", "NGO", "PTY", "DEV",
            "ENV", "HRI", "MOD", "RAD", "IMG", "MNC", "NGM", "SET", "PKO", "UIS", "PRE", "PRM", "UNK", "JRN", "SOC", "MUS", "CHR", "CTH", "JEW", "HIN", "BUD");

    /** Heads that are not countries: their parts name an organisation ("IGOWSTNAT", "NGOAMN", "IMGMUSISI"). */
    static final Set<String> INTERNATIONAL = Set.of("IGO", "IMG", "NGO", "MNC");

    /** Parses a code; throws IllegalArgumentException with a reason when it is malformed. */
    public static ActorCode parse(String code) {
        if (code == null || code.length() < 3 || code.length() % 3 != 0 || !code.matches("(---|[A-Z]{3})([A-Z0-9]{3})*")) {
            throw new IllegalArgumentException("bad actor code '" + code + "' (want 3-letter parts: RUS, RUSGOV, ---MIL, IGOUNO)");
        }
        String head = code.substring(0, 3);
        String rest = code.substring(3);
        if (INTERNATIONAL.contains(head)) {
            String last = rest.length() >= 6 ? rest.substring(rest.length() - 3) : null;
            String role = last != null && ROLES.contains(last) ? last : head.equals("NGO") ? "NGO" : null;
            return new ActorCode(code, null, role);
        }
        for (int i = 0; i < rest.length(); i += 3) {
            if (!ROLES.contains(rest.substring(i, i + 3))) {
                throw new IllegalArgumentException("unknown role '" + rest.substring(i, i + 3) + "' in code " + code);
            }
        }
        return new ActorCode(code, head.equals("---") ? null : head, rest.isEmpty() ? null : rest);
    }

    /** Country + role, with "---" for an unknown country. */
    public static String join(String country, String role) {
        return (country == null ? "---" : country) + (role == null ? "" : role);
    }

    /** Whether a 3-letter part is one of the role (type) codes this project's dictionaries use. */
    public static boolean isRole(String part) {
        return ROLES.contains(part);
    }

    /** The first 3-letter role, or null. */
    public static String primaryRole(String role) {
        return role == null || role.length() < 3 ? null : role.substring(0, 3);
    }
}
