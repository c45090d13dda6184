package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fast English lemmatizer: a table of irregular forms ({@code lemma-exceptions.tsv}) and suffix rules chosen
 * by the Penn tag (-s/-es/-ies for NNS and VBZ; -ed/-ing with undoubling and e-restoration for VBD, VBN,
 * VBG; -er/-est for JJR/JJS/RBR/RBS). No model, no allocation beyond the result string: millions of tokens
 * per second. Proper nouns and untagged words are only lower-cased.
 */
public final class Lemmatizer {
    private static final Lemmatizer ENGLISH = new Lemmatizer(load("lemma-exceptions.tsv"));
    /** Base verbs that really end in a doubled consonant, so "added" is not "ad". */
    private static final Set<String> KEEP_DOUBLE = Set.of("add", "odd", "ebb", "egg", "err", "purr", "buzz",
            "fizz", "jazz", "butt", "putt", "mitt", "watt", "inn", "bless", "press", "pass", "kill", "call",
            "fill", "sell", "tell", "will", "spell", "stall", "install", "roll", "poll", "toll", "pull", "staff",
            "stuff", "bluff", "scoff", "sniff", "cliff", "chill", "drill", "spill", "thrill", "dress", "stress",
            "access", "address", "assess", "confess", "discuss", "dismiss", "express", "harass", "impress",
            "possess", "process", "progress", "oppress", "suppress", "miss", "kiss", "boss", "cross", "toss",
            "gloss", "fuss", "distress", "compress", "embarrass");

    private final Map<String, String[]> exceptions; // form -> {class, lemma} pairs flattened

    private Lemmatizer(Map<String, String[]> exceptions) {
        this.exceptions = exceptions;
    }

    public static Lemmatizer english() {
        return ENGLISH;
    }

    /**
     * The table's irregular verb forms by lemma ("meet" -> {met}), for matchers that expand a base form into the
     * forms news prints. Contractions ("'s", "ve") are left out: they are not words a pattern means.
     */
    public Map<String, Set<String>> irregularVerbForms() {
        Map<String, Set<String>> out = new HashMap<>();
        exceptions.forEach((form, ex) -> {
            if (form.length() < 3 || !form.chars().allMatch(Character::isLetter)) {
                return;
            }
            for (int i = 0; i < ex.length; i += 2) {
                if (ex[i].startsWith("V")) {
                    out.computeIfAbsent(ex[i + 1], k -> new LinkedHashSet<>()).add(form);
                }
            }
        });
        return out;
    }

    public String lemma(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (pos == null || pos.isEmpty() || pos.startsWith("NNP")) {
            return w;
        }
        w = w.replace('\u2019', '\'');
        String cls = wordClass(pos);
        String[] ex = exceptions.get(w);
        if (ex != null) {
            for (int i = 0; i < ex.length; i += 2) {
                String c = ex[i];
                String lemma = ex[i + 1];
                boolean baseVerb = pos.equals("VB") || pos.equals("VBP");
                if (c.equals("*") || c.equals(pos) || (c.equals(cls) && (!baseVerb || isAuxiliary(lemma)))) {
                    return lemma;
                }
            }
        }
        if (w.length() <= 2 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        return switch (pos) {
            case "NNS" -> plural(w);
            case "VBZ" -> thirdPerson(w);
            case "VBD", "VBN" -> w.endsWith("ed") ? pastOrParticiple(w) : w;
            case "VBG" -> w.endsWith("ing") && w.length() > 4 ? restore(w.substring(0, w.length() - 3)) : w;
            case "JJR", "RBR" -> w.endsWith("er") && w.length() > 4 ? comparative(w.substring(0, w.length() - 2)) : w;
            case "JJS", "RBS" -> w.endsWith("est") && w.length() > 5 ? comparative(w.substring(0, w.length() - 3)) : w;
            default -> w;
        };
    }

    private static boolean isAuxiliary(String lemma) {
        return lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
    }

    private static String wordClass(String pos) {
        if (pos.startsWith("VB")) {
            return "V";
        }
        if (pos.startsWith("NN")) {
            return "N";
        }
        if (pos.startsWith("JJ") || pos.startsWith("RB")) {
            return "J";
        }
        return pos;
    }

    static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("es")) {
            String stem = w.substring(0, w.length() - 2);
            if (stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("x") || stem.endsWith("z")
                    || stem.endsWith("ss") || stem.endsWith("o") && !stem.endsWith("oo")) {
                return stem;
            }
            if (stem.endsWith("us") || stem.endsWith("zz")) {
                return stem;
            }
        }
        return w.substring(0, w.length() - 1);
    }

    static String thirdPerson(String w) {
        if (!w.endsWith("s") || w.endsWith("ss")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es")) {
            String stem = w.substring(0, w.length() - 2);
            if (stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("x") || stem.endsWith("ss")
                    || stem.endsWith("zz") || stem.endsWith("o")) {
                return stem;
            }
        }
        return w.substring(0, w.length() - 1);
    }

    static String pastOrParticiple(String w) {
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("eed")) {
            return w.substring(0, w.length() - 1); // agreed -> agree, freed -> free
        }
        return restore(w.substring(0, w.length() - 2));
    }

    /** The base form of a stem left after removing -ed or -ing: undo consonant doubling, restore a final e. */
    static String restore(String s) {
        int n = s.length();
        if (n < 2) {
            return s;
        }
        char last = s.charAt(n - 1);
        char prev = s.charAt(n - 2);
        if (last == prev && "bdgklmnprtvz".indexOf(last) >= 0 && !KEEP_DOUBLE.contains(s)) {
            return s.substring(0, n - 1); // stopped -> stop, planned -> plan
        }
        if (last == prev || KEEP_DOUBLE.contains(s)) {
            return s;
        }
        if (last == 'u' || last == 'v' || last == 'c' && !s.endsWith("ic")) {
            return s + "e"; // continued, moved, announced
        }
        if (last == 'e' || last == 'y' || last == 'w' || last == 'x' || isVowel(last)) {
            return s;
        }
        if (s.endsWith("ang") || s.endsWith("rg") || s.endsWith("lg") || s.endsWith("dg")) {
            return s + "e"; // changed, charged, judged
        }
        if (last == 'z' || last == 's' && !isVowel(prev) || last == 'l' && !isVowel(prev) && prev != 'r') {
            return s + "e"; // organized, collapsed, settled
        }
        if (last == 's' && isVowel(prev) && n > 3) {
            return s + "e"; // caused, raised, closed, accused ("focused" is in the exceptions table)
        }
        if (!isVowel(prev)) {
            return s; // consonant cluster at the end: signed, warned, talked
        }
        // stem ends vowel + consonant
        if (s.endsWith("iat") || s.endsWith("uat")) {
            return s + "e"; // negotiated, evaluated
        }
        boolean quVowel = n >= 4 && s.charAt(n - 3) == 'u' && s.charAt(n - 4) == 'q'; // "qu" is a consonant
        boolean singleVowel = n < 3 || !isVowel(s.charAt(n - 3)) || quVowel;
        if (!singleVowel) {
            return s; // seemed, rained, joined
        }
        if (vowelGroups(s) == 1) {
            return s + "e"; // hoped, voted, used, fired
        }
        String tail = s.substring(n - 2);
        if (tail.equals("ur") || tail.equals("ir") || tail.equals("ar") || tail.equals("ut") || tail.equals("id")
                || tail.equals("ud") || tail.equals("od") || tail.equals("ib") || tail.equals("um") || tail.equals("ok")
                || tail.equals("ap") || tail.equals("ot") || tail.equals("at") || tail.equals("iz")
                || tail.equals("in") && !s.endsWith("ain") && !s.endsWith("oin")) {
            return s + "e"; // secured, required, declared, executed, decided, included, estimated, determined
        }
        return s; // visited, offered, questioned, targeted
    }

    static String comparative(String s) {
        if (s.endsWith("i")) {
            return s.substring(0, s.length() - 1) + "y"; // happier -> happy
        }
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1)) && s.charAt(n - 1) != 'l'
                && s.charAt(n - 1) != 's') {
            return s.substring(0, n - 1); // bigger -> big
        }
        if (n >= 3 && isVowel(s.charAt(n - 2)) && !isVowel(s.charAt(n - 1)) && !isVowel(s.charAt(n - 3))
                && vowelGroups(s) == 1 && "wxy".indexOf(s.charAt(n - 1)) < 0) {
            return s + "e"; // wider -> wide, later -> late
        }
        if (s.endsWith("rg") || s.endsWith("ng") && s.endsWith("ang") || s.endsWith("s") && !s.endsWith("ss")) {
            return s + "e"; // larger, stranger, closer
        }
        return s;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static int vowelGroups(String s) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean v = isVowel(c) || c == 'y' && i > 0;
            if (v && !in) {
                groups++;
            }
            in = v;
        }
        return groups;
    }

    private static Map<String, String[]> load(String resource) {
        Map<String, String[]> m = new HashMap<>();
        try (InputStream in = Lemmatizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(resource + ": bad line (want lemma, class, forms): " + line);
                }
                for (String form : f[2].split(",")) {
                    String k = form.strip().toLowerCase(Locale.ROOT);
                    String[] old = m.get(k);
                    String[] add = {f[1].strip(), f[0].strip()};
                    if (old == null) {
                        m.put(k, add);
                    } else {
                        String[] both = java.util.Arrays.copyOf(old, old.length + 2);
                        both[old.length] = add[0];
                        both[old.length + 1] = add[1];
                        m.put(k, both);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
