package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.actors.ActorMention;
import org.entente.text.parse.DependencyParse;

/**
 * The people an act is done to when no actor names them: "police arrested five traffickers", "the settlers were
 * detained by X's police", "gunmen abducted two engineers in C". For an act whose CAMEO code is done to people
 * (trait {@code person_object}) and which still has no target, the verb's direct object (the subject of a passive)
 * is the target when it is a common noun whose phrase names no actor: the civilians ({@code CVL}) of the country the
 * event is placed in, else of the doer's one country. As CAMEO codes an unnamed domestic object X>X, and as the
 * team's annotators code arrests in a place ("arrested three men in a town of C" is C's people), the place decides
 * over the doer ("X's army detained smugglers in C": C's people).
 *
 * <p>Read from the dependency parse only: with no parse the target stays empty, and {@link #stats()} counts it.
 */
public final class PeopleObjects {
    private static final AtomicLong FOUND = new AtomicLong();
    private static final AtomicLong NO_PARSE = new AtomicLong();

    static {
        if (Boolean.getBoolean("entente.parser.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("people objects: " + stats())));
        }
    }

    private PeopleObjects() {
    }

    static String stats() {
        return String.format("unnamed people objects given a country %d; left empty for want of a parse %d",
                FOUND.get(), NO_PARSE.get());
    }

    /**
     * The unnamed people the act at {@code trigger} is done to, as civilians of {@code placeCountry} (the event's
     * location, may be null) or else of the doers' one country; empty when the object is missing, names an actor,
     * is a pronoun, a proper name or a clause, or no country is known.
     */
    public static List<ActorUnit> find(SentenceView s, int trigger, boolean passive, List<ActorUnit> sources,
                                String placeCountry) {
        DependencyParse p = ParseRoles.parse(s);
        if (p == null) {
            NO_PARSE.incrementAndGet();
            return List.of();
        }
        if (!p.tag(trigger).startsWith("VB")) {
            return List.of();
        }
        int object = passive ? p.passiveSubject(trigger) : p.object(trigger);
        if (object < 0 || !(p.tag(object).equals("NN") || p.tag(object).equals("NNS"))
                || p.isRelativePronoun(object) || ParseTargets.named(s, p, object, 0) != null) {
            return List.of(); // no object, a name the recognizer does not know, a pronoun, or an actor's people
        }
        int[] phrase = p.phrase(object);
        for (int k = phrase[0]; k <= phrase[1]; k++) {
            if (k != object && p.head(k) == object && p.label(k).equals("poss")) {
                return List.of(); // "their leaders", "the group's members": someone's own people
            }
        }
        String country = placeCountry != null ? placeCountry : oneCountry(sources);
        if (country == null) {
            return List.of();
        }
        FOUND.incrementAndGet();
        org.entente.text.Token t = s.tokens.get(object);
        ActorMention m = new ActorMention(s.sentence.index(), t.start(), t.end(), object, object, s.text[object],
                country + "CVL", country, "CVL", "country:" + country + ":CVL", "implied", 0.5,
                "people acted upon whom no actor names (parse: object of an act done to people), of "
                        + (placeCountry != null ? "the country the act is placed in" : "the doer's country"));
        return List.of(new ActorUnit(object, object, List.of(m)));
    }

    /** The one country of all the doers, or null (none, or several). */
    private static String oneCountry(List<ActorUnit> sources) {
        String country = null;
        for (ActorUnit u : sources) {
            String c = u.head().country();
            if (c == null || country != null && !country.equals(c)) {
                return null;
            }
            country = c;
        }
        return country;
    }
}
