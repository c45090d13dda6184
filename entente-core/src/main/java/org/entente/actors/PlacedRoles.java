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
 * <li>the article's dateline ("LAGOS, Nov 5 (Wire) -"): a place opening the first sentence before a comma;</li>
 * <li>the country the article is about, when one dominates it ({@link ArticleCountry}): "the government said" in
 *     an article about Kenya is KENGOV.</li>
 * </ol>
 * Which roles take a country each way is data ({@link RolePlaces}, {@code actors/role-places.tsv}): only roles
 * that live where they are found take a place (police, civilians, protesters, ...), not soldiers or rebels, who
 * fight abroad; religions take no country at all. The provenance names the role's row, then the place's row or
 * the reason. First of all, a spokesperson for a body is coded as that body ("a spokesman for the Pakistani
 * interior ministry" → PAKGOV).
 */
final class PlacedRoles {
    private static final Set<String> PLACE_KINDS = Set.of("city", "capital", "region", "country");
    private static final String[] LOCATIVE = {"in", "at", "near", "outside", "around", "across", "from", "of",
            "throughout", "inside"};
    /** How far after the role word a place may stand and still be where the actor is. */
    static final int REACH = 12;

    private PlacedRoles() {
    }

    /** Words for people who speak for a body: "a spokesman for the Pakistani interior ministry". */
    private static final String[] OWNERS_AFTER = {"from", "of"};
    private static final String[] SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"};

    /**
     * Gives each bare local role in {@code groups} (one list per sentence, in place) its place's country, and a
     * spokesperson for a body that body's code ("a spokesman for the Pakistani interior ministry" → PAKGOV).
     */
    static void apply(List<List<Composer.Group>> groups, List<WordScanner.Words> words, String text) {
        Composer.Group dateline = dateline(groups, words, text);
        ArticleCountry article = ArticleCountry.of(groups, dateline == null ? null : dateline.country());
        RolePlaces roles = RolePlaces.standard();
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
                if (g.country() != null || g.role() == null || !"role".equals(g.kind())) {
                    continue;
                }
                if (roles.fromPlace(g.role())) {
                    Composer.Group place = placeAfter(gs, i, w);
                    String how = "place after it";
                    if (place == null && dateline != null) {
                        place = dateline;
                        how = "dateline";
                    }
                    if (place != null) {
                        gs.set(i, placed(g, place.country(), 0.6, "+" + place.source() + " (" + how + ")"));
                        continue;
                    }
                }
                if (article != null && roles.fromArticle(g.role()) && !g.standaloneTitle() && !g.titledName()
                        && !ownedAfter(g, w)) {
                    // a standalone title or a titled name is resolved by Coreference against the article's country
                    gs.set(i, placed(g, article.country(), 0.5, " (" + article.reason() + ")"));
                }
            }
        }
    }

    /**
     * Whether the text says right after the role whose it is ("ministers from European and Asian governments",
     * "officials of the two countries"): then it is theirs, read or not, never the article's country by default.
     */
    private static boolean ownedAfter(Composer.Group g, WordScanner.Words w) {
        int k = g.last() + 1;
        return k + 1 < w.size && w.isAny(k, OWNERS_AFTER);
    }

    private static Composer.Group placed(Composer.Group g, String country, double confidence, String why) {
        return new Composer.Group(g.first(), g.last(), country + g.role(), country, g.role(), "role",
                "country:" + country + ":" + g.role(), Math.min(g.confidence(), confidence), g.source() + why,
                g.standaloneTitle(), false, g.titledName(), g.nameFirst());
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
