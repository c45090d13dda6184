package org.entente.text.es;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which verb a Spanish word form is a form of, with no tagger or lemmatizer model (none for Spanish is on Maven
 * Central): the verbs are those of the Spanish verb dictionary ({@code es/verbs.tsv}), each known by the Snowball
 * stem of its infinitive plus the stems of its irregular forms ({@code es/verb-stems.tsv}: "impuso", "pidió",
 * "impondrá"). A multi-word verb ("comunicarse con") is found by its first word and carries the words that must
 * follow it. Immutable after loading; thread-safe.
 */
public final class VerbForms {
    /** Endings put on an irregular stem to make real forms before stemming them the text's way. */
    private static final String[] ENDINGS = {"o", "e", "a", "en", "an", "ieron", "io", "a", "an", "ia", "ian",
            "iendo", "ido", "ida"};

    /** A verb of the dictionary: its infinitive, the words that follow it in a multi-word verb, its row. */
    public record Verb(String infinitive, List<String> following, String where) {
    }

    private static volatile VerbForms standard;
    private final Map<String, List<Verb>> byStem = new HashMap<>();

    /** The verbs of the bundled dictionary, loaded once. */
    public static VerbForms standard() {
        VerbForms v = standard;
        if (v == null) {
            synchronized (VerbForms.class) {
                if (standard == null) {
                    standard = new VerbForms(SpanishData.read("verbs.tsv", 4), SpanishData.read("verb-stems.tsv", 2));
                }
                v = standard;
            }
        }
        return v;
    }

    VerbForms(List<SpanishData.Row> verbs, List<SpanishData.Row> irregular) {
        List<SpanishData.Row> stemRules = new ArrayList<>(irregular);
        stemRules.sort(Comparator.comparingInt((SpanishData.Row r) -> r.field(0).length()).reversed());
        for (SpanishData.Row row : verbs) {
            String[] words = SpanishWords.plain(row.field(0)).split(" ");
            Verb verb = new Verb(words[0], List.of(words).subList(1, words.length), row.where());
            add(SpanishWords.stem(words[0]), verb);
            for (String form : regularForms(words[0])) {
                add(SpanishWords.stem(form), verb);
            }
            for (String variant : irregularStems(words[0], stemRules)) {
                for (String ending : ENDINGS) {
                    add(SpanishWords.stem(variant + ending), verb);
                }
            }
        }
    }

    /** The third-person and non-finite forms of a regular verb ("bombardeó", "bombardearán", "bombardeado"). */
    private static List<String> regularForms(String infinitive) {
        String bare = infinitive.endsWith("se") ? infinitive.substring(0, infinitive.length() - 2) : infinitive;
        if (bare.length() < 4) {
            return List.of();
        }
        String root = bare.substring(0, bare.length() - 2);
        String[] endings = bare.endsWith("ar") ? AR_ENDINGS : ER_IR_ENDINGS;
        String future = bare;
        List<String> out = new ArrayList<>();
        for (String e : endings) {
            out.add(root + e);
        }
        out.add(future + "á");
        out.add(future + "án");
        return out;
    }

    private static final String[] AR_ENDINGS = {"a", "an", "ó", "aron", "aba", "aban", "ado", "ada", "ados", "adas",
            "ando", "e", "en"};
    private static final String[] ER_IR_ENDINGS = {"e", "en", "ió", "ieron", "ía", "ían", "ido", "ida", "idos",
            "idas", "iendo", "a", "an"};

    private static List<String> irregularStems(String infinitive, List<SpanishData.Row> rules) {
        String bare = infinitive.endsWith("se") ? infinitive.substring(0, infinitive.length() - 2) : infinitive;
        for (SpanishData.Row rule : rules) {
            String ending = rule.field(0);
            if (bare.endsWith(ending)) {
                String prefix = bare.substring(0, bare.length() - ending.length());
                List<String> out = new ArrayList<>();
                for (String s : rule.field(1).split(",")) {
                    out.add(prefix + s.trim());
                }
                return out;
            }
        }
        return List.of();
    }

    private void add(String stem, Verb verb) {
        if (stem.length() < 3) {
            return; // a stem this short ("d", "va") matches too many unrelated words
        }
        List<Verb> list = byStem.computeIfAbsent(stem, k -> new ArrayList<>(2));
        if (!list.contains(verb)) {
            list.add(verb);
        }
    }

    /** The dictionary verbs {@code word} may be a form of (single-word verbs first), empty when none. */
    public List<Verb> of(String word) {
        List<Verb> found = byStem.get(SpanishWords.stem(word));
        if (found == null) {
            return List.of();
        }
        List<Verb> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(v -> v.following().size()));
        return sorted;
    }

    /** Whether a form is non-finite: an infinitive (with a clitic), a gerund or a participle. */
    public static boolean nonFinite(String word) {
        String w = SpanishWords.plain(word);
        return w.matches(".*(ar|er|ir)(se|lo|la|le|los|las|les)?") || w.matches(".*(ando|iendo)")
                || w.matches(".*(ad|id)(o|a|os|as)");
    }
}
