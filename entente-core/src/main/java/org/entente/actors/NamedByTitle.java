package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * People the knowledge base lacks take country and role from the text that introduces them, and keep them for the
 * rest of the article. Steps, in order:
 * <ol>
 * <li><b>Title before the name</b>: "Pakistani Interior Minister Ahmed Qadir" (the composer already took the name
 *     into the title's phrase, {@link Composer.Group#nameFirst()}).</li>
 * <li><b>Title after the name</b>: "Ahmed Qadir, Pakistan's interior minister," and "Ahmed Qadir of the Labour
 *     Party": two to four capitalised words no other actor covers, then a comma (or "of") and an actor with a
 *     country and a role. The name becomes an actor of its own with that code.</li>
 * <li><b>Later mentions</b>: the full name again, or its last word alone ("Qadir said"), anywhere after its
 *     introduction, when no dictionary actor covers it and it is not glued to another capitalised name ("Sara
 *     Qadir" is someone else).</li>
 * </ol>
 * Names need two words or more (a given name and a surname); words that open sentences or stand before names
 * without being one ("On", "Monday", "Mr": {@link NameGlue#NOT_A_NAME}) are no names.
 */
final class NamedByTitle {
    private static final int MAX_NAME_WORDS = 4;

    private NamedByTitle() {
    }

    /** A name introduced with a title: its folded words and the code the title gave it. */
    private record Learned(String[] words, Composer.Group from, int sentence, boolean known) {
        String surname() {
            return words[words.length - 1];
        }

        /**
         * The family name where the name's country writes it first ("Shen Guofang" → "Shen",
         * {@link DictionaryLoader#FAMILY_NAME_FIRST}), else null.
         */
        String familyFirst() {
            return words.length >= 2 && DictionaryLoader.FAMILY_NAME_FIRST.contains(from.country()) ? words[0] : null;
        }

        String why() {
            return known ? " (named in full in sentence " + sentence + ")"
                    : " (named with a title in sentence " + sentence + ")";
        }
    }

    /** Adds the title-introduced people and their later mentions to {@code groups} (per sentence, in place). */
    static void apply(List<List<Composer.Group>> groups, List<WordScanner.Words> words) {
        List<Learned> learned = null;
        for (int si = 0; si < groups.size(); si++) {
            List<Composer.Group> gs = groups.get(si);
            WordScanner.Words w = words.get(si);
            if (learned != null) {
                laterMentions(gs, w, learned, si);
            }
            for (int i = 0; i < gs.size(); i++) {
                Composer.Group g = gs.get(i);
                if (g.country() == null || g.role() == null) {
                    continue;
                }
                if ("person".equals(g.kind())) {
                    Learned known = knownInFull(w, g, si);
                    if (known != null) {
                        learned = add(learned, known);
                    }
                    continue;
                }
                if (g.nameFirst() >= 0 && g.last() - g.nameFirst() >= 1 && name(w, g.nameFirst(), g.last())) {
                    learned = add(learned, new Learned(folded(w, g.nameFirst(), g.last()), g, si, false));
                    continue;
                }
                int nameLast = nameBefore(w, gs, i);
                if (nameLast >= 0) {
                    int nameFirst = nameStart(w, nameLast);
                    Composer.Group person = new Composer.Group(nameFirst, nameLast, g.code(), g.country(), g.role(),
                            "person", entity(w, nameFirst, nameLast), Math.min(0.6, g.confidence()),
                            g.source() + " (title after the name)", false, false, false);
                    gs.add(i, person);
                    i++;
                    learned = add(learned, new Learned(folded(w, nameFirst, nameLast), g, si, false));
                }
            }
        }
    }

    /**
     * A person the dictionary (or an earlier step) named with a given name and a surname, "Foreign Secretary Jack
     * Straw": the article's later "Mr Straw" or "Straw said" is that person even where the surname alone is no
     * dictionary pattern (an everyday word, a row derived in bulk whose surname is not matched alone). Null for a
     * one-word name or a phrase that does not end in a capitalised name.
     */
    private static Learned knownInFull(WordScanner.Words w, Composer.Group g, int si) {
        int first = nameStart(w, g.last());
        if (first < 0 || first < g.first() || g.last() - first < 1 || !name(w, first, g.last())) {
            return null;
        }
        return new Learned(folded(w, first, g.last()), g, si, true);
    }

    private static List<Learned> add(List<Learned> list, Learned l) {
        List<Learned> out = list == null ? new ArrayList<>() : list;
        out.add(l);
        return out;
    }

    /**
     * The last word of a name right before group i, joined to it by a comma ("Ahmed Qadir, Pakistan's interior
     * minister") or by "of" ("Jane Doe of the Labour Party"); -1 if none.
     */
    private static int nameBefore(WordScanner.Words w, List<Composer.Group> gs, int i) {
        Composer.Group g = gs.get(i);
        int k = g.first() - 1; // the word before the group, or before its "the"
        if (k >= 0 && w.is(k, "the")) {
            k--;
        }
        int nameLast;
        if (k >= 0 && w.is(k, "of") && "org".equals(g.kind())) {
            nameLast = k - 1; // "Jane Doe of the Labour Party"
        } else if (k >= 1 && w.is(k, "from") && "org".equals(g.kind()) && commaBefore(w, w.start[k])) {
            nameLast = k - 1; // "Jane Doe, from the Refugee Council,"
        } else if (k >= 0 && commaBefore(w, w.start[k + 1])) {
            nameLast = k; // "Ahmed Qadir, Pakistan's interior minister"
        } else {
            return -1;
        }
        if (nameLast < 1) {
            return -1;
        }
        int first = nameStart(w, nameLast);
        if (first < 0 || nameLast - first < 1 || !name(w, first, nameLast)
                || (first > 0 && !w.breakBefore(first) && !w.allLower(first - 1))) {
            return -1;
        }
        return i > 0 && gs.get(i - 1).last() >= first ? -1 : nameLast; // the words are another actor's
    }

    private static boolean commaBefore(WordScanner.Words w, int charAt) {
        int c = charAt - 1;
        while (c >= 0 && w.text.charAt(c) == ' ') {
            c--;
        }
        return c >= 0 && w.text.charAt(c) == ',';
    }

    /** The first of up to four capitalised words ending at {@code last}, or -1. */
    private static int nameStart(WordScanner.Words w, int last) {
        int first = last;
        while (first > 0 && last - first + 1 < MAX_NAME_WORDS && !w.breakBefore(first) && capitalisedName(w, first - 1)) {
            first--;
        }
        return capitalisedName(w, last) ? first : -1;
    }

    /** Words [first, last] are all capitalised and none is a title, function word or date word. */
    private static boolean name(WordScanner.Words w, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!capitalisedName(w, k) || (k > first && w.breakBefore(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedName(WordScanner.Words w, int k) {
        return !w.allLower(k) && !w.allUpper(k) && Character.isUpperCase(w.text.charAt(w.start[k]))
                && w.end[k] - w.start[k] >= 2 && !NameGlue.NOT_A_NAME.contains(w.norm(k));
    }

    private static String[] folded(WordScanner.Words w, int first, int last) {
        String[] out = new String[last - first + 1];
        for (int k = first; k <= last; k++) {
            out[k - first] = w.norm(k);
        }
        return out;
    }

    private static String entity(WordScanner.Words w, int first, int last) {
        return "person:" + String.join("-", folded(w, first, last)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "");
    }

    /** Mentions of learned names in sentence {@code si} that no dictionary actor covers. */
    private static void laterMentions(List<Composer.Group> gs, WordScanner.Words w, List<Learned> learned, int si) {
        for (int k = 0; k < w.size; k++) {
            if (!capitalisedName(w, k) || covered(gs, k)) {
                continue;
            }
            for (Learned l : learned) {
                int end = match(w, k, l.words());
                boolean full = end >= 0;
                if (!full && (w.is(k, l.surname()) || l.familyFirst() != null && w.is(k, l.familyFirst()))
                        && !(k > 0 && !w.breakBefore(k) && capitalisedName(w, k - 1))
                        && !(k + 1 < w.size && !w.breakBefore(k + 1) && capitalisedName(w, k + 1))) {
                    end = k; // the surname alone, glued to no other capitalised name
                }
                if (end < 0 || covered(gs, end)) {
                    continue;
                }
                Composer.Group g = l.from();
                Composer.Group person = new Composer.Group(k, end, g.code(), g.country(), g.role(), "person",
                        l.known() ? g.entityId() : "person:" + String.join("-", l.words()).replaceAll("[^a-z0-9-]+", ""),
                        Math.min(0.6, g.confidence()), g.source() + l.why(),
                        false, false, false);
                insert(gs, person);
                k = end;
                break;
            }
        }
    }

    private static int match(WordScanner.Words w, int k, String[] words) {
        if (k + words.length > w.size) {
            return -1;
        }
        for (int j = 0; j < words.length; j++) {
            if (!w.is(k + j, words[j]) || (j > 0 && w.breakBefore(k + j))) {
                return -1;
            }
        }
        return k + words.length - 1;
    }

    private static boolean covered(List<Composer.Group> gs, int k) {
        for (Composer.Group g : gs) {
            if (g.first() <= k && k <= g.last()) {
                return true;
            }
        }
        return false;
    }

    private static void insert(List<Composer.Group> gs, Composer.Group g) {
        int at = 0;
        while (at < gs.size() && gs.get(at).first() < g.first()) {
            at++;
        }
        gs.add(at, g);
    }
}
