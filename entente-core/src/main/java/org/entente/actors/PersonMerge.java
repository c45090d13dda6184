package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One person across sources: a derived people row joins the entity that already has one of its full names in the
 * same country (hand-written, or from an earlier source: "Joseph Biden" from Congress joins the hand-written
 * "Joe Biden", whose aliases include that name), so its dated roles fill the gaps of the others' (hand-written
 * rows still win where both apply, see {@link KnowledgeBase}). Same-named people of different countries stay
 * apart: a derived row whose entity id is taken by another country's person gets one of its own
 * ("person:ali-hassan@SOM"). Only full names (two words or more) link rows: surnames are shared too widely.
 */
final class PersonMerge {
    private PersonMerge() {
    }

    static List<KbEntry> assign(List<KbEntry> entries) {
        if (entries.stream().noneMatch(KbEntry::derived)) {
            return List.copyOf(entries);
        }
        Map<String, String> entityOfName = new HashMap<>(); // folded full name + country -> entity id
        Map<String, String> countryOfEntity = new HashMap<>();
        for (KbEntry e : entries) { // hand-written rows first, whatever their file order
            if (e.kind() == KbEntry.Kind.PERSON && !e.derived()) {
                register(e, e.entityId(), entityOfName, countryOfEntity);
            }
        }
        List<KbEntry> out = new ArrayList<>(entries.size());
        for (KbEntry e : entries) {
            if (!e.derived() || e.kind() != KbEntry.Kind.PERSON) {
                out.add(e);
                continue;
            }
            String id = null;
            for (String p : e.patterns()) {
                if (p.indexOf(' ') > 0 && (id = entityOfName.get(key(p, e.country()))) != null) {
                    break;
                }
            }
            if (id == null) {
                id = e.entityId();
                String taken = countryOfEntity.get(id);
                if (taken != null && !taken.equals(String.valueOf(e.country()))) {
                    id = id + "@" + e.country();
                }
            }
            register(e, id, entityOfName, countryOfEntity);
            out.add(id.equals(e.entityId()) ? e : e.withEntityId(id));
        }
        return unitePatterns(out);
    }

    /**
     * Every row of a merged person answers to all the person's names: a name matches the person, and the date
     * then picks among all their rows ("Bram Oosterveld" finds the derived row that says "Bram J. Oosterveld").
     */
    private static List<KbEntry> unitePatterns(List<KbEntry> rows) {
        Map<String, LinkedHashSet<String>> names = new HashMap<>();
        Map<String, Boolean> mixed = new HashMap<>(); // entities whose rows come from more than one source
        Map<String, String> firstOrigin = new HashMap<>();
        for (KbEntry e : rows) {
            if (e.kind() == KbEntry.Kind.PERSON) {
                names.computeIfAbsent(e.entityId(), k -> new LinkedHashSet<>()).addAll(e.patterns());
                String o = firstOrigin.putIfAbsent(e.entityId(), e.origin());
                if (o != null && !o.equals(e.origin())) {
                    mixed.put(e.entityId(), true);
                }
            }
        }
        List<KbEntry> out = new ArrayList<>(rows.size());
        for (KbEntry e : rows) {
            LinkedHashSet<String> all = e.kind() == KbEntry.Kind.PERSON && mixed.containsKey(e.entityId())
                    ? names.get(e.entityId()) : null;
            out.add(all == null || all.size() == e.patterns().size() ? e : e.withPatterns(List.copyOf(all)));
        }
        return List.copyOf(out);
    }

    private static void register(KbEntry e, String id, Map<String, String> entityOfName, Map<String, String> countryOfEntity) {
        countryOfEntity.putIfAbsent(id, String.valueOf(e.country()));
        for (String p : e.patterns()) {
            if (p.indexOf(' ') > 0) {
                entityOfName.putIfAbsent(key(p, e.country()), id);
            }
        }
    }

    private static String key(String name, String country) {
        return WordScanner.fold(name).replaceAll("[^a-z0-9]+", " ").trim() + "|" + country;
    }
}
