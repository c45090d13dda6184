package org.entente.events.rules;

import org.entente.events.matching.Pattern;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoCode;
import org.entente.events.model.DerivedEvents;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.roles.Agents;
import org.entente.events.roles.RoleWords;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * "X said that Y shelled Z": besides Y's act (coded with said_by X), CAMEO practice (PETRARCH2 does this) codes
 * the saying as X accusing Y (112) when a political actor states that another named actor committed a hostile
 * act. This class decides when a reported act is such a charge; the coder emits the 112 with the reporting verb
 * as its evidence.
 *
 * <p>Only material violence and coercion are charges: roots 17 (coerce, less 172, a government's own
 * administrative measures such as a curfew, which a foreign report describes rather than charges), 18
 * (assault), 19 (fight) and 20 (mass violence). Roots 15 (a show of force: mobilising, raising alert) and 16
 * (reducing relations: cutting aid, recalling an ambassador) are in the same quad class but are lawful acts of
 * statecraft that a report merely describes ("Addis Ababa deployed 8,000 troops, UN reports said").
 */
final class ReportedAccusations {
    /**
     * Reporting verbs ({@link SentenceView#REPORTING}) by which a speaker asserts what another did; opinion
     * ("think"), news ("report", "write") and "announce" are not. "accuse", "allege", "charge", "blame" need no
     * rule: they are root-11 patterns whose complement act is part of them (RetoldActs).
     */
    private static final Set<String> CHARGING = Lexicon.forms("reported-accusations.charging");
    /** "X said after Y shelled Z": a subordinate clause after the reporting verb is no content of the report. */
    private static final Set<String> NOT_CONTENT = Lexicon.words("reported-accusations.not-content");
    /**
     * Reporters who tell what they saw or heard, not political actors who charge: media, medics, witnesses and
     * residents (civilians), business, schools, farmers, refugees, environmental groups, criminals.
     */
    private static final Set<String> WITNESS_ROLES = Lexicon.words("reported-accusations.witness-roles");
    /** "fired a missile", "launched a rocket": with no target named, a launch that may be a test hits no one. */
    private static final Set<String> LAUNCH = Lexicon.forms("reported-accusations.launch");
    /** Words that make a reporter a news medium, whatever code its government-run ones carry ("state media"). */
    private static final Set<String> MEDIA_WORDS = Lexicon.words("reported-accusations.media-words");
    /** Armed groups and criminals: a state force's act against them is an operation its ally reports, no charge. */
    private static final Set<String> IRREGULAR = java.util.stream.Stream.concat(RoleWords.UNNAMED_DOERS.stream(),
            java.util.stream.Stream.of("TER")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The code of the explicit accusation a derived one repeats: 112, accuse (not specified), as both gold sets code
     * a reported attack (events/derived.tsv gives the derived code itself).
     */
    static final String CODE = "112";
    /** Provenance prefix of a derived accusation, followed by the pattern of the reported act. */
    static final String RULE = "rule:reported-charge<-";

    private ReportedAccusations() {
    }

    /**
     * One accusation per accuser and accused in a sentence, and none where the sentence states the accusation in
     * words ("X accused Y of shelling Z, saying ..."): the explicit 112x is the better-coded one.
     */
    static List<EventMention> withoutRepeated(List<EventMention> here) {
        List<EventMention> out = new java.util.ArrayList<>(here.size());
        Set<String> pairs = new java.util.HashSet<>();
        for (EventMention e : here) {
            if (e.code().startsWith(CODE) && !derived(e)) {
                pairs.add(accused(e));
            }
        }
        for (EventMention e : here) {
            if (!derived(e) || pairs.add(accused(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Accuser and accused, the accused by country: "accused Peru of ..." and "Peruvian troops shelled" are one. */
    private static String accused(EventMention e) {
        return e.source() + ">" + (e.targetCountry() != null ? e.targetCountry() : e.target());
    }

    private static boolean derived(EventMention e) {
        return e.pattern() != null && e.pattern().startsWith(RULE);
    }

    /**
     * Is the event at {@code trigger}, reported by {@code report}, a charge against its doers? Checks the act
     * (a verb, stated as done, of a charged root) and the report (a charging verb whose complement is the act's
     * clause, by a reporter that is no news medium). The pair of actors is checked by {@link #accuses}.
     */
    static boolean charged(SentenceView s, Pattern p, CameoCode code, int trigger, Modality modality,
                           Agents.Report report) {
        if (report == null || modality != Modality.ASSERTED || p.nominal() || !chargedCode(code)) {
            return false;
        }
        if (s.text[trigger].endsWith("ing") && !progressive(s, trigger) && !s.is(trigger - 1, ",")) {
            // "the importance of swiftly prosecuting abusers": a gerund names an act, states none (but ", injuring
            // five sailors" adds to the act the report tells)
            return false;
        }
        if (!s.isVerb(trigger)) {
            return false; // "Soviet attack submarines": a noun the coder read as a verb after an actor
        }
        int verb = report.verb();
        ActorUnit reporter = report.reporter();
        if (!CHARGING.contains(s.text[verb]) || witness(s, reporter)) {
            return false;
        }
        for (int k = reporter.last() + 1; k < verb; k++) {
            if (s.pos[k].startsWith("PRP") && s.covering[k] == null) {
                return false; // "X ..., it said, adding ...": "it" reports, not X
            }
        }
        if (verb < trigger) {
            // the act is the first verb of the report's complement: "said (that) Y had shelled", not "said after Y
            // shelled" nor "which X said cost many lives, ... and left the town encircled"
            for (int k = verb + 1; k < trigger; k++) {
                if (s.covering[k] == null && (NOT_CONTENT.contains(s.text[k]) || (s.isVerb(k)
                        && !Auxiliaries.BEFORE_VERB.contains(s.text[k]) && !s.pos[k].startsWith("RB")))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Does {@code x}, by reporting the act of {@code y} on {@code target} (null if none), accuse {@code y}? Y must
     * be named (a country or a named group: a bare "rebels" is no one to accuse), of another country than X and
     * not among the act's doers with X (a ministry telling what its own or allied forces did), and the act must
     * not be a state force's operation against armed groups or criminals.
     */
    static boolean accuses(SentenceView s, int trigger, ActorMention x, ActorMention y, ActorMention target,
                           List<ActorMention> doers) {
        if (y.code() == null || y.code().startsWith("---") || x.code() == null) {
            return false;
        }
        if (x.country() != null ? x.country().equals(y.country()) : Objects.equals(x.code(), y.code())) {
            return false;
        }
        if (x.entityId() != null && x.entityId().equals(y.entityId())) {
            return false;
        }
        for (ActorMention d : doers) {
            if (d.country() != null && d.country().equals(x.country())) {
                return false; // "X and Y troops killed ten militants, X's army said": a joint operation
            }
        }
        if (target == null && LAUNCH.contains(s.text[trigger])) {
            return false;
        }
        if (irregular(y)) {
            return true;
        }
        return target == null ? !irregularObject(s, trigger) : !irregular(target);
    }

    /**
     * "arrested 10 suspected terrorists": a bare role word (no country, so no target) in the act's object phrase
     * still says whom the act was against.
     */
    private static boolean irregularObject(SentenceView s, int trigger) {
        for (int k = trigger + 1; k < s.size() && k <= trigger + 6; k++) {
            if (s.roleAt[k] != null) {
                return irregular(s.roleAt[k]);
            }
            if (s.covering[k] != null || s.isHardBoundary(k) || s.text[k].equals(",")
                    || (s.isVerb(k) && !s.text[k].endsWith("ed"))) { // (a participle: "suspected militants")
                return false;
            }
        }
        return false;
    }

    /** "were shelling": a form of "be" before the -ing form, over adverbs, makes it a finite verb. */
    private static boolean progressive(SentenceView s, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && s.pos[k].startsWith("RB")) {
            k--;
        }
        return k >= 0 && Auxiliaries.BE_FORMS.contains(s.text[k]);
    }

    private static boolean irregular(ActorMention m) {
        return m.role() != null && IRREGULAR.contains(m.role());
    }

    private static boolean chargedCode(CameoCode code) {
        return DerivedEvents.standard().derived(code.code()) != null;
    }

    /**
     * A reporter who tells rather than charges: a witness role, or a media word in the reporter's own words
     * ("state media", which codes as the government it speaks for, but tells the news).
     */
    private static boolean witness(SentenceView s, ActorUnit reporter) {
        for (ActorMention m : reporter.members()) {
            String role = m.role() == null ? "" : m.role();
            for (int i = 0; i + 3 <= role.length(); i += 3) {
                if (WITNESS_ROLES.contains(role.substring(i, i + 3))) {
                    return true;
                }
            }
        }
        for (int k = reporter.first(); k <= reporter.last(); k++) {
            if (MEDIA_WORDS.contains(s.text[k])) {
                return true;
            }
        }
        return false;
    }
}
