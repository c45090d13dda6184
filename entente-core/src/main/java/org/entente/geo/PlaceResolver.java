package org.entente.geo;

import java.util.List;

/**
 * Chooses which of the places called a name the article means. Each candidate is scored by the steps below, in this
 * order, and the highest score wins; a population prior decides when the article gives no clue ("Tripoli" is the
 * Libyan capital unless the article is about Lebanon; "St. Petersburg" is Russia's unless Florida is named beside it).
 * When the best two candidates lie in different countries, score nearly the same and no clue from the article
 * favours either, the name stays unresolved: a place the text does not pin down is not guessed.
 */
public final class PlaceResolver {
    /** What the sentence says next to the name: "Tripoli, Lebanon"; "in Herat province". */
    public record Cue(String qualifierCountry, String qualifierAdm1, boolean divisionWord) {
        public static final Cue NONE = new Cue(null, null, false);
    }

    /** Weights of the steps, in score points (a factor of ten in population is one point). */
    static final double CAPITAL = 1.0;
    static final double DIVISION_SEAT = 0.5;
    static final double FIRST_LEVEL_DIVISION = -0.5;   // "Baghdad" is the city more often than the governorate
    static final double SECOND_LEVEL_DIVISION = -1.5;  // districts are rarely what a bare name means
    static final double KIND_WORD = 4.0;               // "Herat province": the division; "Herat city": the city
    static final double QUALIFIER = 8.0;               // "San Pedro, California": decisive
    static final double ARTICLE_COUNTRY = 1.3;         // twenty times the people: "Geneva" stays Swiss beside the US
    static final double MAIN_COUNTRY = 0.7;            // the most named country: "Tripoli" in a Lebanon story
    static final double DATELINE_PLACE = 4.0;
    static final double DATELINE_COUNTRY = 2.0;
    static final double NEAR_SEEN = 2.0;               // within NEAR_KM of, or in the division of, a place named before
    static final double SEEN_COUNTRY = 1.0;
    static final double NEAR_KM = 300;
    /**
     * A place outside every country the article names, with no clue for it, must be at least this big: "Cana" in
     * an article about Lebanon is not the hamlet of that name in the United States; "Geneva" still is Geneva.
     */
    static final long UNCLUED_FOREIGN_POPULATION = 100_000;
    /** Two candidates in different countries closer than this, with no clue for either: unresolved. */
    static final double UNDECIDED = 0.5;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place {@code name} means in this article, or null (no such place, or too ambiguous to tell). */
    public Place resolve(String name, Cue cue, PlaceContext ctx) {
        List<Place> candidates = gazetteer.named(name);
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean bestHasClue = false;
        double[] scores = new double[candidates.size()];
        boolean[] clued = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Place p = candidates.get(i);
            if (p.kind() == Place.Kind.COUNTRY) {
                scores[i] = Double.NEGATIVE_INFINITY;
                continue; // countries are actors: the dictionary names them
            }
            double clue = qualifier(p, cue) + articleCountry(p, ctx) + dateline(p, ctx) + seen(p, ctx);
            scores[i] = prior(p) + kind(p, cue) + clue;
            clued[i] = clue > 0;
            if (scores[i] > bestScore) {
                best = p;
                bestScore = scores[i];
                bestHasClue = clue > 0;
            }
        }
        if (best == null || bestHasClue) {
            return best;
        }
        if (!ctx.countries().isEmpty() && best.population() < UNCLUED_FOREIGN_POPULATION) {
            return null;
        }
        for (int i = 0; i < candidates.size(); i++) {
            boolean elsewhere = !candidates.get(i).country().equals(best.country());
            if (!clued[i] && elsewhere && bestScore - scores[i] < UNDECIDED) {
                return null;
            }
        }
        return best;
    }

    /** Step 1, the prior: one point per factor of ten in population; capitals and division seats a little more. */
    static double prior(Place p) {
        double s = Math.log10(p.population() + 1.0);
        if ("PPLC".equals(p.feature())) {
            s += CAPITAL;
        } else if ("PPLA".equals(p.feature())) {
            s += DIVISION_SEAT;
        }
        return s;
    }

    /** Step 2, the kind of place: a bare name means a city; "province", "state", "region" after it, a division. */
    static double kind(Place p, Cue cue) {
        boolean division = p.kind() == Place.Kind.ADM1 || p.kind() == Place.Kind.ADM2;
        if (cue.divisionWord()) {
            return division ? KIND_WORD : -KIND_WORD;
        }
        return p.kind() == Place.Kind.ADM1 ? FIRST_LEVEL_DIVISION
                : p.kind() == Place.Kind.ADM2 ? SECOND_LEVEL_DIVISION : 0;
    }

    /** Step 3, the qualifier after a comma: a country or a first-level division that contains the place. */
    static double qualifier(Place p, Cue cue) {
        double s = 0;
        if (cue.qualifierCountry() != null) {
            s += cue.qualifierCountry().equals(p.country()) ? QUALIFIER : -QUALIFIER;
        }
        if (cue.qualifierAdm1() != null) {
            s += cue.qualifierAdm1().equals(p.adm1()) ? QUALIFIER : -QUALIFIER;
        }
        return s;
    }

    /** Step 4, the countries the article names, the one it names most a little more. */
    static double articleCountry(Place p, PlaceContext ctx) {
        if (!ctx.countries().contains(p.country())) {
            return 0;
        }
        return ARTICLE_COUNTRY + (ctx.mainCountries().contains(p.country()) ? MAIN_COUNTRY : 0);
    }

    /** Step 5, the dateline: the same place, or a place in the dateline's country. */
    static double dateline(Place p, PlaceContext ctx) {
        Place d = ctx.dateline();
        if (d == null) {
            return 0;
        }
        if (d.id().equals(p.id())) {
            return DATELINE_PLACE;
        }
        return d.country().equals(p.country()) ? DATELINE_COUNTRY : 0;
    }

    /** Step 6, places named earlier in the article: near one of them, or at least in its country. */
    static double seen(Place p, PlaceContext ctx) {
        double s = 0;
        for (Place q : ctx.seen()) {
            boolean sameDivision = q.adm1() != null && q.adm1().equals(p.adm1());
            if (q.id().equals(p.id()) || sameDivision || q.kilometresTo(p) < NEAR_KM) {
                return NEAR_SEEN;
            }
            if (q.country().equals(p.country())) {
                s = SEEN_COUNTRY;
            }
        }
        return s;
    }
}
