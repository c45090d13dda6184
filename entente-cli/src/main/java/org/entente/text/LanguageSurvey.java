package org.entente.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures {@link LanguageDetector} on a JSON Lines file: detected language against the declared {@code lang}
 * of each record, the records whose detection disagrees (named), and the detector's time per article (model load
 * reported apart). Usage: {@code LanguageSurvey FILE.jsonl [LIMIT]}; for the corpus, LIMIT 3000 keeps to the
 * development pool.
 */
public final class LanguageSurvey {
    private LanguageSurvey() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LanguageSurvey FILE.jsonl [LIMIT]");
            System.exit(2);
        }
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        long l0 = System.nanoTime();
        LanguageDetector.detect("The model is loaded by the first call, which this sentence makes for the timing.");
        double loadMs = (System.nanoTime() - l0) / 1e6;
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> pairs = new TreeMap<>();
        int fast = 0;
        int n = 0;
        int disagree = 0;
        long nanos = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; n < limit && (line = r.readLine()) != null; ) {
                n++;
                JsonNode o = json.readTree(line);
                String declared = o.path("lang").asText(null);
                long t0 = System.nanoTime();
                LanguageDetector.Detection d = LanguageDetector.detect(o.path("text").asText(""));
                nanos += System.nanoTime() - t0;
                String detected = d == null ? "none" : d.language();
                if (d != null && LanguageDetector.englishShare(o.path("text").asText("")) >= LanguageDetector.ENGLISH_SHARE) {
                    fast++;
                }
                pairs.merge(declared + " -> " + detected, 1, Integer::sum);
                if (declared != null && d != null && !declared.equals(detected)) {
                    disagree++;
                    System.out.println("disagrees: line " + n + " (" + o.path("id").asText() + "): declared "
                            + declared + ", detected " + detected);
                }
            }
        }
        System.out.printf("%d articles; declared -> detected: %s; %d disagree; %d by English function words without"
                + " the model; %.2f ms/article (model load %.0f ms)%n", n, pairs, disagree, fast,
                nanos / 1e6 / Math.max(1, n), loadMs);
    }
}
