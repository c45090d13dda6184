package org.entente.actors;


import java.util.List;
import java.util.Set;

/**
 * Whether a one-word name is glued to another capitalised name, and so is part of it: "Ian Taylor" (a given name
 * the dictionary person does not have), "Sharon Osbourne", "Trump Tower" (the word used as a given name or a
 * modifier), "Douglas Adams" (a city used as a given name). Read by {@link ShortForms}, {@link NamedBodies} and
 * {@link NamedByTitle} through {@link #NOT_A_NAME}.
 */
final class NameGlue {
    /**
     * Capitalised words that stand before or after a name without being another name: honorifics, party and
     * sports labels, days and months, the function words that open sentences, and the particles that belong to a
     * surname ("Omar El Bashir", "Ursula von der Leyen"). Folded; events/lexicon.tsv, name-glue.not-a-name.
     */
    static final Set<String> NOT_A_NAME = ActorWords.words("name-glue.not-a-name");

    private NameGlue() {
    }

    /**
     * A city or capital written right before a name that turned out not to be the dictionary's: as in
     * {@link Composer}, a place glued to a capitalised name no row stands for is part of that name.
     */
    static boolean gluedPlace(WordScanner.Words w, Composer.Item place, int name) {
        return (place.kind() == KbEntry.Kind.CITY || place.kind() == KbEntry.Kind.CAPITAL)
                && place.last() == name - 1 && glued(w, name - 1, name);
    }

    /**
     * "Ian Taylor": a capitalised word no dictionary row covers, written right before the surname, that is not
     * a given name of any of the rows (nor an honorific, a party label or a sentence-opening word).
     */
    static boolean otherGivenName(WordScanner.Words w, List<Composer.Item> its, int j) {
        int k = its.get(j).first();
        int p = k - 1;
        if (p < 0 || (j > 0 && its.get(j - 1).last() >= p && !oneWordPerson(its.get(j - 1))) || !glued(w, p, k)
                || !nameLike(w, p)) {
            return false;
        }
        String given = w.norm(p);
        String surname = w.norm(k);
        for (KbEntry e : its.get(j).rows()) {
            for (String pattern : e.patterns()) {
                for (String x : WordScanner.patternWords(pattern)) {
                    String g = WordScanner.fold(x);
                    if (!g.equals(surname) && sameName(given, g)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** "Sharon Osbourne", "Trump Tower": the surname stands before another capitalised word no row covers. */
    static boolean usedAsGivenName(WordScanner.Words w, List<Composer.Item> its, int j) {
        int k = its.get(j).last();
        int n = k + 1;
        return n < w.size && (j + 1 == its.size() || its.get(j + 1).first() > n || oneWordPerson(its.get(j + 1)))
                && glued(w, k, n) && nameLike(w, n);
    }

    /**
     * A surname matched alone: glued after another name it is that name's second half ("Graham Henry"), not an
     * actor that makes the word before it stand alone.
     */
    private static boolean oneWordPerson(Composer.Item it) {
        return it.kind() == KbEntry.Kind.PERSON && it.first() == it.last();
    }

    /** Words a and b = a + 1 are separated by one space and nothing else (no comma, quote or sentence break). */
    static boolean glued(WordScanner.Words w, int a, int b) {
        return !w.breakBefore(b) && w.start[b] == w.end[a] + 1 && w.text.charAt(w.end[a]) == ' ';
    }

    /** Capitalised, not all capitals, two letters or more, and not a word that is no name. */
    static boolean nameLike(WordScanner.Words w, int k) {
        return w.end[k] - w.start[k] >= 2 && Character.isUpperCase(w.text.charAt(w.start[k])) && !w.allUpper(k)
                && !w.allLower(k) && !NOT_A_NAME.contains(w.norm(k));
    }

    /** Spellings of one given name: "Mahmoud" / "Mahmud", "Vladimir" / "Wladimir". */
    static boolean sameName(String a, String b) {
        if (a.equals(b) || (b.length() == 1 && a.charAt(0) == b.charAt(0))) { // "Kumar" for "I. K. Gujral"
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && a.length() == b.length() && differences(a, b) <= 1;
    }

    private static int differences(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            d += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return d;
    }
}
