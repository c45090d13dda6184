package org.entente.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per role, where a role word with no country of its own may take one (the bundled data file
 * {@code actors/role-places.tsv}): from a place after it in the sentence or the dateline ({@code place}), and from
 * the country the article is about ({@code article}). A malformed line is a build error, so it throws.
 */
final class RolePlaces {
    static final String FILE = "role-places.tsv";
    private static final RolePlaces STANDARD = load();

    private final Set<String> fromPlace;
    private final Set<String> fromArticle;

    private RolePlaces(Set<String> fromPlace, Set<String> fromArticle) {
        this.fromPlace = fromPlace;
        this.fromArticle = fromArticle;
    }

    static RolePlaces standard() {
        return STANDARD;
    }

    /** Whether a role (its first 3-letter part counts) takes the country of a place after it or of the dateline. */
    boolean fromPlace(String role) {
        return role != null && fromPlace.contains(ActorCode.primaryRole(role));
    }

    /** Whether a role takes the country of the article when nothing nearer gives one. */
    boolean fromArticle(String role) {
        return role != null && fromArticle.contains(ActorCode.primaryRole(role));
    }

    private static RolePlaces load() {
        Set<String> place = new HashSet<>();
        Set<String> article = new HashSet<>();
        HeadedTable.read(FILE, List.of("role", "place", "article"), (n, f) -> {
            if (f.length < 3 || !ActorCode.isRole(f[0])) {
                throw new IllegalStateException(FILE + ":" + n + ": want a CAMEO role and yes/no twice");
            }
            if (yes(f[1], n)) {
                place.add(f[0]);
            }
            if (yes(f[2], n)) {
                article.add(f[0]);
            }
        });
        return new RolePlaces(Set.copyOf(place), Set.copyOf(article));
    }

    private static boolean yes(String v, int line) {
        if (!v.equals("yes") && !v.equals("no")) {
            throw new IllegalStateException(FILE + ":" + line + ": '" + v + "' is neither yes nor no");
        }
        return v.equals("yes");
    }
}
