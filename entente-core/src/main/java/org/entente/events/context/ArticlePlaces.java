package org.entente.events.context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.geo.Place;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;
import org.entente.ingest.Article;
import org.entente.ingest.Dates;

/**
 * The place context of one article: the countries it names and the place of its wire dateline. A city the actor
 * dictionary knows ("Tripoli", "New York") does not vote for its country: the dictionary's own choice would vote for
 * itself when the gazetteer weighs the same name, and a place named in passing would pull every other place of the
 * article home ("Geneva" towards the small American towns of that name).
 */
public final class ArticlePlaces {
    private ArticlePlaces() {
    }

    public static PlaceContext context(Article article, List<ActorMention> actors, PlaceResolver resolver) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : actors) {
            if (m.country() != null && !isPlaceName(m)) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        PlaceContext ctx = PlaceContext.ofMentions(counts);
        Dates.Dateline d = Dates.dateline(article.text());
        if (d != null) {
            ctx.dateline(datelinePlace(d.place(), ctx, resolver));
        }
        return ctx;
    }

    private static boolean isPlaceName(ActorMention m) {
        return "city".equals(m.kind()) || "capital".equals(m.kind());
    }

    /** Whether every place called {@code name} lies in one country. */
    static boolean oneCountry(String name, PlaceResolver resolver) {
        String first = null;
        for (Place p : resolver.gazetteer().named(name)) {
            if (first == null) {
                first = p.country();
            } else if (!first.equals(p.country())) {
                return false;
            }
        }
        return true;
    }

    /** "KAZAN, Russia" or "MOSCOW": the first part a place, a second a country or division that holds it. */
    static Place datelinePlace(String dateline, PlaceContext ctx, PlaceResolver resolver) {
        String[] parts = dateline.split(",", 2);
        String name = titleCase(parts[0].trim());
        PlaceResolver.Cue cue = PlaceResolver.Cue.NONE;
        if (parts.length == 2) {
            String qualifier = parts[1].trim();
            for (Place q : resolver.gazetteer().named(qualifier)) {
                if (q.kind() == Place.Kind.COUNTRY) {
                    cue = new PlaceResolver.Cue(q.country(), null, false);
                    break;
                }
                if (q.kind() == Place.Kind.ADM1) {
                    cue = new PlaceResolver.Cue(null, q.adm1(), false);
                    break;
                }
            }
        }
        return resolver.resolve(name, cue, ctx);
    }

    /** "NEW YORK" -> "New York", "ST. PETERSBURG" -> "St. Petersburg": datelines are upper case, the gazetteer not. */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return sb.toString();
    }
}
