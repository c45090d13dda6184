package org.entente.events.syntax;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.text.Lemmatizer;

/**
 * Word normalisation and inflection, so that a pattern written with a base form ("meet", "sanction") matches
 * what news prints ("met", "sanctions", "co-operated"). Irregular forms come from the lemmatizer's table
 * (lemma-exceptions.tsv); each pattern word is expanded once, at load time, into its surface forms; matching is then a set lookup.
 */
public final class Words {
    private static final Map<String, Set<String>> IRREGULAR = loadIrregular();

    private Words() {
    }

    /** Lower case, hyphens and apostrophe variants removed: "Co-operate" = "cooperate", "n’t" = "n't". */
    public static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                continue;
            }
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Every form of each base ({@link #forms}), as one set: for word lists a rule reads by inflected form. */
    static Set<String> allForms(String... bases) {
        Set<String> out = new java.util.HashSet<>();
        for (String b : bases) {
            out.addAll(forms(b));
        }
        return Set.copyOf(out);
    }

    /** The base form and its regular and irregular inflections, normalised. */
    public static Set<String> forms(String base) {
        String w = norm(base);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
            return out;
        }
        Set<String> irr = IRREGULAR.get(w);
        if (irr != null) {
            out.addAll(irr);
        }
        char last = w.charAt(w.length() - 1);
        String stem = w.substring(0, w.length() - 1);
        boolean vowelBeforeY = w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
        if (last == 'y' && !vowelBeforeY) {
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
        } else if (last == 'e') {
            out.add(w + "s");
            out.add(w + "d");
            out.add(stem + "ing");
        } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
            out.add(w + "ed");
            out.add(w + "ing");
        } else {
            out.add(w + "s");
            boolean doubles = isCvc(w);
            // a one-syllable consonant-vowel-consonant verb doubles its last letter ("ban" -> "banned"); its plain
            // "-ed" and "-ing" forms belong to another verb ("rap" -> "raped" is "rape", "plan" -> "planed"):
            // generating them let "rap +" (criticise) match "soldiers raped ..."
            if (!doubles || vowelGroups(w) > 1) {
                out.add(w + "ed");
                out.add(w + "ing");
            }
            if (doubles) { // "ban" -> "banned", "commit" -> "committed"; over-generation is harmless
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return out;
    }

    private static boolean isCvc(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        String v = "aeiou";
        char c1 = w.charAt(n - 3);
        char c2 = w.charAt(n - 2);
        char c3 = w.charAt(n - 1);
        return v.indexOf(c1) < 0 && v.indexOf(c2) >= 0 && v.indexOf(c3) < 0 && "wxy".indexOf(c3) < 0;
    }

    /** Runs of vowels in {@code w}: its syllables, near enough for the doubling rule. */
    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = "aeiou".indexOf(w.charAt(i)) >= 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }

    private static Map<String, Set<String>> loadIrregular() {
        // one table of irregular forms for the whole pipeline: the lemmatizer's
        Map<String, Set<String>> m = new HashMap<>();
        Lemmatizer.english().irregularVerbForms().forEach((lemma, forms) -> m.put(norm(lemma), Set.copyOf(forms)));
        return m;
    }
}
