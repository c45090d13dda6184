package org.entente.events.context;

import org.entente.events.model.EventMention;
import org.entente.events.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The article-level step after every sentence is coded ({@link #RULE}): an event whose own clause names no place
 * takes the nearest place the text names in its sentence, else (for a material act) in the sentence before or
 * after, when that place lies in the country of one of the event's actors. "Kenyan police clashed with residents
 * of the capital's largest slum. Violence started when police moved in to block a rally in Kibera ..." places the
 * clash in Kibera; a place in a third country ("said in Geneva") never places a Kenyan clash. GDELT places events
 * the same way (the location mention nearest the event); the rule name in the event's rules says the place came
 * from nearby, not from its clause.
 */
public final class NearbyPlaces {
    public static final String RULE = "locate-nearby";
    /** Sentences before and after the event's own that may place it. */
    static final int WINDOW = 1;

    private NearbyPlaces() {
    }

    /** The events, those without a location given the nearest suitable place of {@code bySentence}. */
    public static List<EventMention> fill(List<EventMention> events, Map<Integer, List<Location>> bySentence) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            Location loc = e.location() == null ? nearest(e, bySentence) : null;
            out.add(loc == null ? e : withLocation(e, loc));
        }
        return out;
    }

    private static Location nearest(EventMention e, Map<Integer, List<Location>> bySentence) {
        // a statement happens where its speaker is, which the next sentence's place rarely is; an arrest, a
        // clash or a delivery of aid (material acts: QuadClass 2 and 4) happens where the report is about
        int window = e.quad() == 2 || e.quad() == 4 ? WINDOW : 0;
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

    private static EventMention withLocation(EventMention e, Location loc) {
        List<String> rules = new ArrayList<>(e.rules());
        rules.add(RULE);
        return new EventMention(e.article(), e.articleId(), e.date(), e.source(), e.target(), e.sourceCountry(),
                e.targetCountry(), e.code(), e.root(), e.quad(), e.goldstein(), e.plover(), e.modality(), e.sentence(),
                e.text(), e.span(), e.sourceSpan(), e.verbSpan(), e.targetSpan(), loc, e.historical(), e.saidBy(),
                e.pattern(), rules);
    }
}
