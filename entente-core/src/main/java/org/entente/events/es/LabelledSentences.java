package org.entente.events.es;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.events.model.EventMention;

/**
 * Sentences written and labelled by the team to measure a language's coder (format: the header of
 * entente-core/src/test/resources/es/labelled-sentences.tsv: id, split, source, target, code, modality, sentence; "-" for none),
 * and their score on (source country, target country, CAMEO root): precision over the coder's event mentions,
 * recall over the labelled events, and, on the matches, how often the full code and the modality agree.
 */
public final class LabelledSentences {
    /** One labelled sentence; {@code code} null when it reports no event. */
    public record Labelled(String id, String split, String source, String target, String code, String modality,
                           String sentence, int line) {
        String sourceCountry() {
            return country(source);
        }

        String targetCountry() {
            return country(target);
        }

        private static String country(String code) {
            return code == null || code.startsWith("---") || code.startsWith("IGO") ? null : code.substring(0, 3);
        }
    }

    /** The figures of one split. */
    public record Score(int sentences, int labelled, int predicted, int matched, int codeAgrees,
                        int modalityAgrees) {
        public double precision() {
            return predicted == 0 ? 0 : matched / (double) predicted;
        }

        public double recall() {
            return labelled == 0 ? 0 : matched / (double) labelled;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private LabelledSentences() {
    }

    /** @throws IllegalArgumentException naming file and line when a row is malformed */
    public static List<Labelled> read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 7 tab-separated columns, found "
                        + f.length);
            }
            out.add(new Labelled(f[0], f[1], none(f[2]), none(f[3]), none(f[4]), none(f[5]), f[6], n));
        }
        return out;
    }

    private static String none(String s) {
        return s.isBlank() || s.equals("-") ? null : s.trim();
    }

    /** Whether a coded mention matches a labelled event on (source country, target country, root). */
    public static boolean matches(Labelled gold, EventMention e) {
        return gold.code() != null && Objects.equals(gold.sourceCountry(), e.sourceCountry())
                && Objects.equals(gold.targetCountry(), e.targetCountry()) && gold.code().startsWith(e.root());
    }

    /** Scores the mentions coded for each sentence ({@code coded.get(i)} for {@code gold.get(i)}). */
    public static Score score(List<Labelled> gold, List<List<EventMention>> coded) {
        int labelled = 0;
        int predicted = 0;
        int matched = 0;
        int code = 0;
        int modality = 0;
        for (int i = 0; i < gold.size(); i++) {
            Labelled g = gold.get(i);
            labelled += g.code() == null ? 0 : 1;
            predicted += coded.get(i).size();
            EventMention hit = coded.get(i).stream().filter(e -> matches(g, e)).findFirst().orElse(null);
            if (hit != null) {
                matched++;
                code += hit.code().equals(g.code()) ? 1 : 0;
                modality += hit.modality().label().equals(g.modality()) ? 1 : 0;
            }
        }
        return new Score(gold.size(), labelled, predicted, matched, code, modality);
    }
}
