package org.entente.actors;

import java.util.List;
import java.util.Set;

/**
 * Generic actors take the country of the place the text puts them in: "police in Kisumu, Kenya" → KENCOP,
 * "protesters in Lagos" → NGAOPP, "residents gathered outside the mosque in Herat" → AFGCVL. A role word with no
 * country ("police", "residents", "protesters") looks, in order, for:
 * <ol>
 * <li>a place after it in the same sentence, right after "in", "at", "near", "outside", "around", "across",
 *     "from" or "of" (at most {@link #REACH} words on): the first such place with a country;</li>
 * <li>the article's dateline ("LAGOS, Nov 5 (Wire) -"): a place opening the first sentence before a comma.</li>
 * </ol>
 * Only roles that live where they are found take the place: police, civilians, protesters and opposition,
 * students, workers, refugees, health workers, the media. Soldiers, troops and rebels do not: foreign forces
 * fight abroad ("troops in Syria" are often not Syria's). The provenance names the place's row. First of all,
 * a spokesperson for a body is coded as that body ("a spokesman for the Pakistani interior ministry" → PAKGOV).
 */
final class PlacedRoles {
    /** Roles that belong to the place they are in. */
    private static final Set<String> LOCAL = Set.of("COP", "CVL", "OPP", "EDU", "LAB", "REF", "HLH", "MED");
    private static final Set<String> PLACE_KINDS = Set.of("city", "capital", "region", "country");
    private static final String[] LOCATIVE = {"in", "at", "near", "outside", "around", "across", "from", "of",
            "throughout", "inside"};
    /** How far after the role word a place may stand and still be where the actor is. */
    static final int REACH = 12;

    private PlacedRoles() {
    }

    /** Words for people who speak for a body: "a spokesman for the Pakistani interior ministry". */
    private static final String[] SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"};

    /**
     * Gives each bare local role in {@code groups} (one list per sentence, in place) its place's country, and a
     * spokesperson for a body that body's code ("a spokesman for the Pakistani interior ministry" → PAKGOV).
     */
    static void apply(List<List<Composer.Group>> groups, List<WordScanner.Words> words, String text) {
        Composer.Group dateline = dateline(groups, words, text);
        for (int si = 0; si < groups.size(); si++) {
            List<Composer.Group> gs = groups.get(si);
            WordScanner.Words w = words.get(si);
            for (int i = 0; i < gs.size(); i++) {
                Composer.Group g = gs.get(i);
                Composer.Group body = spokenFor(gs, i, w);
                if (body != null) {
                    gs.set(i, new Composer.Group(g.first(), g.last(), body.code(), body.country(), body.role(),
                            "role", body.entityId(), Math.min(g.confidence(), body.confidence()),
                            g.source() + "+" + body.source() + " (speaks for)", false, false, false));
                    continue;
                }
                if (g.country() != null || g.role() == null || !"role".equals(g.kind())
                        || !LOCAL.contains(ActorCode.primaryRole(g.role()))) {
                    continue;
                }
                Composer.Group place = placeAfter(gs, i, w);
                String how = "place after it";
                if (place == null && dateline != null) {
                    place = dateline;
                    how = "dateline";
                }
                if (place != null) {
                    gs.set(i, new Composer.Group(g.first(), g.last(), place.country() + g.role(), place.country(),
                            g.role(), "role", "country:" + place.country() + ":" + g.role(), Math.min(g.confidence(), 0.6),
                            g.source() + "+" + place.source() + " (" + how + ")", g.standaloneTitle(), false,
                            g.titledName()));
                }
            }
        }
    }

    /** The body a bare spokesperson group i speaks for: "spokesman for (the) <actor with a country>", or null. */
    private static Composer.Group spokenFor(List<Composer.Group> gs, int i, WordScanner.Words w) {
        Composer.Group g = gs.get(i);
        if (g.country() != null || i + 1 >= gs.size() || !w.isAny(g.last(), SPEAKERS)) {
            return null;
        }
        Composer.Group h = gs.get(i + 1);
        int k = g.last() + 1;
        if (k >= w.size || !w.is(k, "for") || h.country() == null || "person".equals(h.kind())) {
            return null;
        }
        int next = k + 1 < w.size && w.is(k + 1, "the") ? k + 2 : k + 1;
        return h.first() == next ? h : null;
    }

    private static Composer.Group placeAfter(List<Composer.Group> gs, int i, WordScanner.Words w) {
        Composer.Group g = gs.get(i);
        for (int j = i + 1; j < gs.size(); j++) {
            Composer.Group p = gs.get(j);
            if (p.first() > g.last() + REACH) {
                return null;
            }
            if (p.country() != null && PLACE_KINDS.contains(p.kind()) && p.first() > 0 && w.isAny(p.first() - 1, LOCATIVE)) {
                return p;
            }
            if (p.country() != null && !PLACE_KINDS.contains(p.kind())) {
                return null; // another actor with a country stands between: the place may be theirs
            }
        }
        return null;
    }

    /** The place of a wire dateline: a place group opening the article's first sentence, right before a comma. */
    private static Composer.Group dateline(List<List<Composer.Group>> groups, List<WordScanner.Words> words, String text) {
        if (groups.isEmpty() || groups.get(0).isEmpty() || org.entente.ingest.Dates.dateline(text) == null) {
            return null;
        }
        Composer.Group g = groups.get(0).get(0);
        WordScanner.Words w = words.get(0);
        if (g.first() != 0 || g.country() == null || !PLACE_KINDS.contains(g.kind())) {
            return null;
        }
        int after = w.end[g.last()];
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && text.charAt(after) == ',' ? g : null;
    }
}
