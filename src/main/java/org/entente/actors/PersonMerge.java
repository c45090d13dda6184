package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person across sources: a derived people row joins the entity of the same name and country (hand-written or
 * from another source), so its dated roles fill the gaps of the others' (hand-written rows still win where both
 * apply, see {@link KnowledgeBase}). Same-named people of different countries stay apart: a derived row whose
 * name is held in another country gets an entity of its own ("person:ali-hassan@SOM").
 */
final class PersonMerge {
    private PersonMerge() {
    }

    static List<KbEntry> assign(List<KbEntry> entries) {
        Map<String, Set<String>> handCountries = new HashMap<>();
        Map<String, Set<String>> derivedCountries = new HashMap<>();
        for (KbEntry e : entries) {
            if (e.kind() == KbEntry.Kind.PERSON) {
                (e.derived() ? derivedCountries : handCountries)
                        .computeIfAbsent(e.entityId(), k -> new HashSet<>()).add(String.valueOf(e.country()));
            }
        }
        if (derivedCountries.isEmpty()) {
            return List.copyOf(entries);
        }
        List<KbEntry> out = new ArrayList<>(entries.size());
        for (KbEntry e : entries) {
            if (!e.derived() || e.kind() != KbEntry.Kind.PERSON) {
                out.add(e);
                continue;
            }
            Set<String> hand = handCountries.get(e.entityId());
            String country = String.valueOf(e.country());
            boolean shared = hand != null ? hand.contains(country)
                    : derivedCountries.get(e.entityId()).size() == 1;
            out.add(shared ? e : e.withEntityId(e.entityId() + "@" + country));
        }
        return List.copyOf(out);
    }
}
