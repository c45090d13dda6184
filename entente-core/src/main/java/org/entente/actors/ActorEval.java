package org.entente.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;

/**
 * Scores the recognizer on actor-resolution tests (../shared/eval/dev/actor_tests.jsonl: records with a
 * {@code method}, a phrase, an optional date and expected country/sectors). Each phrase is analysed as a tiny
 * article dated as the record says; the longest mention inside it is the answer (the pronoun itself for the
 * pronoun tests). A {@code context} field (a country name) supplies the country when the mention has none.
 * Expected PLOVER sectors are compared through the CAMEO equivalents in cameo_actor_types.tsv (JRN = MED,
 * MED = HLH, REB = REB/INS/SEP, PRM = UAF). {@code query_wiki} records expect a Wikipedia title: not scored.
 *
 * <p>Usage: {@code java org.entente.actors.ActorEval [--details] FILE...} (the coder's {@code ./entente eval}
 * dispatches files whose records have a {@code method} field here). {@code --details} lists failures: use it on
 * dev files only, never on holdout.
 */
public final class ActorEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> SECTOR = Map.of(
            "JRN", Set.of("MED", "JRN"), "MED", Set.of("HLH", "MED"), "REB", Set.of("REB", "INS", "SEP"),
            "PRM", Set.of("UAF", "PRM"), "SOC", Set.of("NGO", "HRI", "DEV", "ENV", "SOC"));
    private static final Set<String> SKIPPED = Set.of("query_wiki");

    private ActorEval() {
    }

    public static ActorEvalResult score(Path file) {
        return score(file, ActorRecognizer.standard(List.of()));
    }

    public static ActorEvalResult score(Path file, ActorRecognizer recognizer) {
        long t0 = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.shared();
        int records = 0;
        int cS = 0, cC = 0, rS = 0, rC = 0, rL = 0, nS = 0, nC = 0;
        Map<String, Integer> notScored = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                records++;
                JsonNode r = JSON.readTree(line);
                String method = r.path("method").asText("");
                JsonNode exp = r.path("expected");
                if (SKIPPED.contains(method)) {
                    notScored.merge(method, 1, Integer::sum);
                    continue;
                }
                ActorMention m = answer(r, method, analyzer, recognizer);
                String got = m == null ? "nothing" : m.code() + " (" + m.text() + ", " + m.source() + ")";
                String id = r.path("id").asText();
                if (exp.path("returns_none").asBoolean(false)) {
                    nS++;
                    cS++;
                    if (m == null) {
                        nC++;
                        cC++;
                    } else {
                        failures.add(id + ": expected nothing, got " + got);
                    }
                    continue;
                }
                if (exp.has("codes")) {
                    String want = exp.path("codes").path(0).asText();
                    cS++;
                    rS++;
                    boolean country = m != null && m.code().startsWith(want.substring(0, 3));
                    boolean full = m != null && m.code().equals(want);
                    cC += country ? 1 : 0;
                    rC += full ? 1 : 0;
                    rL += full ? 1 : 0;
                    if (!full) {
                        failures.add(id + ": expected " + want + ", got " + got);
                    }
                    continue;
                }
                String country = m == null ? null : m.country();
                if (m != null && country == null && !r.path("context").isNull() && !r.path("context").asText("").isEmpty()) {
                    country = contextCountry(r.path("context").asText(), analyzer, recognizer);
                }
                if (exp.has("country") || exp.has("country !=")) {
                    cS++;
                    boolean ok = exp.has("country !=") ? !exp.path("country !=").asText().equals(country)
                            : countryMatches(exp.path("country").asText(), m, country);
                    cC += ok ? 1 : 0;
                    if (!ok) {
                        failures.add(id + ": country expected " + exp.path("country").asText(exp.path("country !=").asText("?"))
                                + ", got " + got);
                    }
                }
                if (exp.has("code_1") && !exp.path("code_1").asText().contains("?")) {
                    rS++;
                    String role = m == null ? null : ActorCode.primaryRole(m.role());
                    boolean ok = roleMatches(exp.path("code_1").asText(), role, m);
                    boolean lenient = ok || (exp.has("code_2") && roleMatches(exp.path("code_2").asText(), role, m));
                    rC += ok ? 1 : 0;
                    rL += lenient ? 1 : 0;
                    if (!ok) {
                        failures.add(id + ": role expected " + exp.path("code_1").asText() + ", got " + got);
                    }
                } else if (exp.has("code_1")) {
                    notScored.merge("code_1 unknown in gold", 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return new ActorEvalResult(file.toString(), records, cS, cC, rS, rC, rL, nS, nC, notScored, failures,
                (System.nanoTime() - t0) / 1e9);
    }

    private static ActorMention answer(JsonNode r, String method, TextAnalyzer analyzer, ActorRecognizer recognizer) {
        String text = r.path("text").asText("");
        List<ActorMention> ms = recognizer.recognize(analyze(text, date(r.path("date").asText(null)), analyzer));
        if (method.startsWith("pronoun")) {
            for (ActorMention m : ms) {
                if (m.kind().equals("coreference")) {
                    return m;
                }
            }
            return null;
        }
        ActorMention best = null;
        for (ActorMention m : ms) {
            if (best == null || m.end() - m.start() > best.end() - best.start()) {
                best = m;
            }
        }
        return best;
    }

    private static String contextCountry(String context, TextAnalyzer analyzer, ActorRecognizer recognizer) {
        for (ActorMention m : recognizer.recognize(analyze(context, null, analyzer))) {
            if (m.country() != null) {
                return m.country();
            }
        }
        return null;
    }

    static Document analyze(String text, LocalDate date, TextAnalyzer analyzer) {
        Article a = new Article(Integer.toHexString(text.hashCode()), "test", null, null, null, date, null, "en",
                text, Map.of());
        return analyzer.analyze(a);
    }

    private static LocalDate date(String yyyymmdd) {
        if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                Integer.parseInt(yyyymmdd.substring(6, 8)));
    }

    /** "" = no country; "IGO" any international organisation; "UNO"/"EUR" the UN / the EU (NGEC's codes). */
    private static boolean countryMatches(String want, ActorMention m, String country) {
        String code = m == null ? "" : m.code();
        return switch (want) {
            case "" -> country == null && !code.startsWith("IGO");
            case "IGO" -> code.startsWith("IGO");
            case "UNO" -> code.startsWith("IGOUNO");
            case "EUR" -> code.startsWith("IGOEUR") || code.startsWith("EUR");
            default -> want.equals(country);
        };
    }

    private static boolean roleMatches(String want, String role, ActorMention m) {
        if (want.isEmpty()) {
            return m != null && role == null;
        }
        if (want.equals("UNK")) {
            return m == null || role == null || role.equals("UNK");
        }
        return role != null && SECTOR.getOrDefault(want, Set.of(want)).contains(role);
    }

    public static void main(String[] args) {
        boolean details = false;
        for (String a : args) {
            if (a.equals("--details")) {
                details = true;
                continue;
            }
            ActorEvalResult r = score(Path.of(a));
            System.out.println(r.summary());
            if (details) {
                r.failures().forEach(f -> System.out.println("  " + f));
            }
        }
    }
}
