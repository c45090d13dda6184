package org.entente.events.context;

import org.entente.events.model.EventMention;
import org.entente.events.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.geo.Place;

/**
 * The article-level step after every sentence is coded ({@link #RULE}): an event whose own clause names no place
 * takes the nearest place the text names in its sentence, else (for a material act) in the sentence before or
 * after, when that place lies in the country of one of the event's actors. "Kenyan police clashed with residents
 * of the capital's largest slum. Violence started when police moved in to block a rally in Kibera ..." places the
 * clash in Kibera; a place in a third country ("said in Geneva") never places a Kenyan clash. GDELT places events
 * the same way (the location mention nearest the event); the rule name in the event's rules says the place came
 * from nearby, not from its clause. Last, the wire dateline's place ("KABUL, Jan 3 (Reuters) -") places an event
 * still without one when it lies in the country of one of its actors: a wire report is written where it happened.
 */
public final class NearbyPlaces {
    public static final String RULE = "locate-nearby";
    /** The rule name of a place taken from the wire dateline ("KABUL, Jan 3 (Reuters) -"). */
    public static final String DATELINE_RULE = "locate-dateline";
    /** Sentences before and after the event's own that may place it. */
    static final int WINDOW = 1;

    private static final java.util.Set<String> PLACE_PREP = org.entente.events.syntax.Lexicon.words(
            "locator.place-prep");

    private NearbyPlaces() {
    }

    /**
     * Whether an untagged sentence's words may name a place for the events beside it: a place preposition before a
     * capitalised word ("in Marupalli village"). Asked before tagging, so words only.
     */
    public static boolean mayNamePlace(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            String next = words[i + 1];
            if (PLACE_PREP.contains(words[i]) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The events, those without a location given the nearest suitable place of {@code bySentence}. */
    public static List<EventMention> fill(List<EventMention> events, Map<Integer, List<Location>> bySentence) {
        return fill(events, bySentence, null);
    }

    /**
     * As {@link #fill(List, Map)}, then the {@code dateline} place (or null: the article has none) for those still
     * without one.
     */
    public static List<EventMention> fill(List<EventMention> events, Map<Integer, List<Location>> bySentence,
                                          Place dateline) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (e.location() != null) {
                // a country or province its clause names, made specific by a town in it named nearby: "took over a
                // town in southern China. ... the town of Wuyin" (the most specific level the text gives)
                Location finer = coarse(e.location()) ? finer(e, bySentence) : null;
                out.add(finer == null ? e : withLocation(e, finer, RULE));
                continue;
            }
            Location loc = nearest(e, bySentence);
            if (loc != null) {
                out.add(withLocation(e, loc, RULE));
            } else if (dateline != null && dateline.kind() != Place.Kind.COUNTRY
                    && (dateline.country().equals(e.sourceCountry()) || dateline.country().equals(e.targetCountry()))) {
                out.add(withLocation(e, Locator.located(dateline.name(), dateline), DATELINE_RULE));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** A country-only location, or a first-level division's own row. */
    static boolean coarse(Location loc) {
        return loc.country() != null && (loc.place() == null
                || (loc.featureId() != null && loc.featureId().equals(loc.adm1Code())));
    }

    /** The nearest named place inside the event's coarse location, within the same window as {@link #nearest}. */
    private static Location finer(EventMention e, Map<Integer, List<Location>> bySentence) {
        Location at = e.location();
        int window = happensOnTheGround(e) ? WINDOW : 0;
        for (int d = 0; d <= window; d++) {
            for (int i : d == 0 ? new int[] {e.sentence()} : new int[] {e.sentence() - d, e.sentence() + d}) {
                for (Location loc : bySentence.getOrDefault(i, List.of())) {
                    boolean inside = loc.country().equals(at.country())
                            && (at.place() == null || at.adm1Code().equals(loc.adm1Code()));
                    if (inside && !coarse(loc)) {
                        return loc;
                    }
                }
            }
        }
        return null;
    }

    private static Location nearest(EventMention e, Map<Integer, List<Location>> bySentence) {
        // a statement happens where its speaker is, which the next sentence's place rarely is; an arrest, a
        // clash or a delivery of aid (material acts: QuadClass 2 and 4) happens where the report is about
        int window = happensOnTheGround(e) ? WINDOW : 0;
        for (int d = 0; d <= window; d++) {
            for (int i : d == 0 ? new int[] {e.sentence()} : new int[] {e.sentence() - d, e.sentence() + d}) {
                for (Location loc : bySentence.getOrDefault(i, List.of())) {
                    if (loc.country().equals(e.sourceCountry()) || loc.country().equals(e.targetCountry())) {
                        return loc;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A material act (QuadClass 2 or 4), or a violent protest or riot (145: a street fight somewhere, though CAMEO
     * files it with verbal conflict): its report's neighbouring sentences say where it happened. Other protests are
     * not: a demonstration, strike or boycott is often reported from elsewhere than the places nearby name (measured
     * on the pool's changed locations, session 11).
     */
    static boolean happensOnTheGround(EventMention e) {
        return e.quad() == 2 || e.quad() == 4 || e.code().startsWith("145");
    }

    private static EventMention withLocation(EventMention e, Location loc, String rule) {
        List<String> rules = new ArrayList<>(e.rules());
        rules.add(rule);
        return new EventMention(e.article(), e.articleId(), e.date(), e.source(), e.target(), e.sourceCountry(),
                e.targetCountry(), e.code(), e.root(), e.quad(), e.goldstein(), e.plover(), e.modality(), e.sentence(),
                e.text(), e.span(), e.sourceSpan(), e.verbSpan(), e.targetSpan(), loc, e.historical(), e.saidBy(),
                e.pattern(), rules);
    }
}
