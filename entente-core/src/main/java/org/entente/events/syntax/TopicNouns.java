package org.entente.events.syntax;

import java.util.Set;

/**
 * An event noun that names a topic, not an act of the clause's subject. A nominal pattern without its own source
 * takes the subject of the noun's clause as the doer: right for "Putin announced a visit to China" or "the rebels
 * launched an attack", where the verb performs or announces the act the noun names; wrong where the verb takes a
 * stance on an act or a policy ("the party opposes house arrests", "the minister denied the torture claims",
 * "he went back on his pledge"), where the noun hangs on an adjunct of cause or topic ("in response to the
 * attacks", "anger over the arrest"; not "after talks with X", often the subject's own talks), or where the noun's phrase is the subject of its own clause ("they say his
 * pledges are worthless"). In those the subject did not do the act; CAMEO codes the stance (criticism, denial),
 * which other patterns catch. Likewise the object of a restriction ("the embargo on arms exports to X") is what
 * is restricted, not an act of the subject.
 * <p>
 * Apart from that, an event noun that only modifies another noun ("asylum seekers", "torture evidence", "arrest
 * powers", "murder laws") names a kind of person, document or rule, not an act, whoever the doer.
 */
public final class TopicNouns {
    /** Heads that an event noun before them turns into a topic ("asylum system", "pledge card"). */
    private static final Set<String> TOPIC_HEADS = Lexicon.words("topic-nouns.topic-heads");
    /**
     * Verbs whose object is a matter the subject judges, reports or blocks, not an act it does: "condemned the
     * bombing", "opposes detention without trial", "ridiculed the plans", "broke a promise".
     */
    private static final Set<String> STANCE_VERBS = union(Lexicon.forms("topic-nouns.stance-verbs"),
            // the subject undergoes the act: "deported without facing torture", "risks arrest"
            Lexicon.forms("topic-nouns.undergone"));
    /** Prepositions of time, cause or topic: "after the bombing", "anger over the arrest", "talk about pledges". */
    private static final Set<String> TOPIC_PREPS = Lexicon.words("topic-nouns.topic-preps");
    /** Nouns of restriction whose "on" phrase names what is restricted: "a ban on imports", "curbs on visits". */
    private static final Set<String> RESTRICTIONS = Lexicon.words("topic-nouns.restrictions");
    /** "in response to", "in reaction to", "in retaliation for": the cause the clause answers. */
    private static final Set<String> RESPONSE = Lexicon.words("topic-nouns.response");
    /** Particles of "go back on", "back out of", "walk away from": going back on what the noun names. */
    private static final Set<String> RETREAT_PARTICLES = Lexicon.words("topic-nouns.retreat-particles");
    private static final Set<String> RETREAT_VERBS = Lexicon.forms("topic-nouns.retreat-verbs");

    private TopicNouns() {
    }

    /** Does the event noun matched from {@code noun} to {@code end} (exclusive) modify a topic head after it? */
    public static boolean modifier(SentenceView s, int noun, int end) {
        int k = Math.max(end, noun + 1);
        return k < s.size() && s.isNoun(k) && s.covering[k] == null
                && (TOPIC_HEADS.contains(s.text[k]) || TOPIC_HEADS.contains(s.lemma[k]));
    }

    /**
     * Is the event noun at {@code noun}, with no source of its own in the pattern, a matter its clause's subject
     * takes a stance on, or an adjunct of cause or topic? Not when an actor stands in the noun phrase ("condemned
     * Russia's attack", "faces Peruvian lawsuits"): the owner's act is then named.
     */
    public static boolean governedAsTopic(SentenceView s, int noun) {
        // by word form, not tag: the tagger calls "opposes" a noun and gives "went" as its own lemma
        int k = noun - 1;
        while (k >= 0 && k >= noun - 8 && (s.covering[k] != null || npWord(s, k) && !STANCE_VERBS.contains(s.text[k]))) {
            if (s.isPossessive(k) || s.covering[k] != null) {
                return false; // "Russia's attack", "Peruvian lawsuits": the owner is named as the doer
            }
            if ((s.is(k, "wake") || s.is(k, "aftermath")) && s.is(k + 1, "of")) {
                return true; // "in the wake of the murders": the cause of what the clause tells
            }
            k--;
        }
        if (k < 0 || k < noun - 8) {
            return false;
        }
        if (STANCE_VERBS.contains(s.text[k])) {
            // "the debate", "a review": the word is a noun here, and the walk ends
            return k == 0 || !(s.pos[k - 1].equals("DT") || s.pos[k - 1].startsWith("JJ") || s.isPossessive(k - 1)
                    || s.pos[k - 1].equals("PRP$"));
        }
        if (s.isAny(k, RETREAT_PARTICLES) && k >= 1 && RETREAT_VERBS.contains(s.text[k - 1])) {
            return true; // "backed out of a pledge": "of" is walked over as a noun-phrase word
        }
        if (s.isVerb(k)) {
            return false;
        }
        if (s.isAny(k, TOPIC_PREPS)) {
            return true;
        }
        if (s.is(k, "to") || s.is(k, "for")) {
            return k >= 1 && s.isAny(k - 1, RESPONSE);
        }
        if (s.is(k, "on") && k >= 1 && (RESTRICTIONS.contains(s.lemma[k - 1]) || RESTRICTIONS.contains(s.text[k - 1]))) {
            return true; // "the embargo on arms exports to China": what is restricted, not the subject's act
        }
        if (s.is(k, "on") && k >= 1) {
            // "went back on his pledge", "reneged on a promise"
            int v = s.isAny(k - 1, RETREAT_PARTICLES) ? k - 2 : k - 1;
            return v >= 0 && RETREAT_VERBS.contains(s.text[v]) && (v < k - 1 || s.text[v].startsWith("reneg"));
        }
        return false;
    }

    /** "His pledges are worthless", "the promise has not been fulfilled": the noun phrase is its own subject. */
    public static boolean subjectOfOwnClause(SentenceView s, int end) {
        int k = end;
        while (k < s.size() && (s.pos[k].startsWith("RB") || s.is(k, "-"))) {
            k++;
        }
        if (k >= s.size() || s.covering[k] != null) {
            return false;
        }
        if (s.isAny(k, Auxiliaries.FINITE_OR_MODAL)) {
            return true;
        }
        // a past form followed by a preposition is a reduced relative: "the seizures imposed on firms"
        return (s.pos[k].equals("VBZ") || s.pos[k].equals("VBP") || s.pos[k].equals("VBD"))
                && !(k + 1 < s.size() && s.isPreposition(k + 1));
    }

    private static boolean npWord(SentenceView s, int k) {
        String t = s.pos[k];
        return t.startsWith("NN") || t.startsWith("JJ") || t.equals("DT") || t.equals("PDT") || t.equals("CD")
                || t.equals("PRP$") || t.equals("POS") || t.equals("HYPH") || s.isPossessive(k)
                || (t.equals("PRP") && s.text[k].matches("its|their|his|her|our"))
                || s.is(k, "of") || s.is(k, "and") || s.is(k, "or") || s.is(k, ",") || t.equals("``")
                || t.equals("''") || s.is(k, "\"");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
