package org.entente.store.gdelt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.ActorCode;

/**
 * The ten GDELT actor columns of one actor code, parsed as GDELT's own rows parse CAMEO codes: a country head is the
 * CountryCode and the parts after it are types ("USAGOVMIL": USA, GOV, MIL); an international head (IGO, NGO, IMG,
 * MNC) is Type1, a following region or country is the CountryCode ("IGOEUREEC": EUR), religion parts fill the
 * religion columns ("IMGMUSISI": MUS), role parts the next type columns ("IGOUNOPKO": PKO), and the first part that
 * is none of these is the KnownGroupCode ("IGOEUREEC": EEC). "---" (a role of no named country, "---REB") is
 * written as GDELT writes such a role: code and Type1 "REB", no country. The Name column is not here: it comes
 * from the dictionary row the actor matched ({@link GdeltNames}).
 */
public record GdeltActor(String code, String countryCode, String knownGroupCode, String ethnicCode,
                         String religion1Code, String religion2Code, String type1Code, String type2Code,
                         String type3Code) {

    /** Heads whose code names an organisation, not a country. */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");
    /** CAMEO religion codes (top level): GDELT writes them to Religion1Code / Religion2Code, not to the types. */
    private static final Set<String> RELIGIONS = Set.of("MUS", "CHR", "CTH", "JEW", "HIN", "BUD", "JAN", "SIK",
            "ZRO", "BAH", "SHN", "TAO", "CON", "ATH", "ADR", "ITR", "DOX", "MOS", "SHI", "SUN", "ALE", "DRZ");

    /** Parses {@code code}; {@code isPlace} tells whether a 3-letter part is a country or region code. */
    public static GdeltActor parse(String code, java.util.function.Predicate<String> isPlace) {
        if (code == null || code.length() < 3) {
            return new GdeltActor(code, null, null, null, null, null, null, null, null);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        String head = parts.get(0);
        String country = null;
        String group = null;
        List<String> religions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean international = INTERNATIONAL.contains(head);
        if (international) {
            types.add(head);
        } else if (!head.equals("---")) {
            country = head;
        }
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            if (RELIGIONS.contains(p)) {
                religions.add(p);
            } else if (international && i == 1 && isPlace.test(p)) {
                country = p;
            } else if (ActorCode.isRole(p) || INTERNATIONAL.contains(p)) {
                types.add(p);
            } else if (international && group == null) {
                group = p;
            } else {
                types.add(p);
            }
        }
        String written = head.equals("---") ? code.substring(3) : code;
        return new GdeltActor(written, country, group, null, at(religions, 0), at(religions, 1), at(types, 0),
                at(types, 1), at(types, 2));
    }

    private static String at(List<String> l, int i) {
        return i < l.size() ? l.get(i) : null;
    }
}
