package org.entente.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Scores of one actor-test file. Failures keep the record id and what went wrong so that dev runs can be
 * debugged; {@link #summary()} and {@link #toJson()} print only counts, so scoring a holdout file shows none
 * of its records.
 */
public record ActorEvalResult(String file, int records, int countryScored, int countryCorrect, int roleScored,
                              int roleCorrect, int roleLenientCorrect, int noneScored, int noneCorrect,
                              Map<String, Integer> notScored, List<String> failures, double seconds) {
    public ActorEvalResult {
        notScored = Map.copyOf(notScored);
        failures = List.copyOf(failures);
    }

    public double countryAccuracy() {
        return ratio(countryCorrect, countryScored);
    }

    public double roleAccuracy() {
        return ratio(roleCorrect, roleScored);
    }

    public double roleLenientAccuracy() {
        return ratio(roleLenientCorrect, roleScored);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** One line a person reads. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s: %d records | country %d/%d = %.1f%% | role %d/%d = %.1f%% (code_1 or code_2: %.1f%%) | "
                        + "expected-nothing %d/%d | not scored %s",
                file, records, countryCorrect, countryScored, 100 * countryAccuracy(), roleCorrect, roleScored,
                100 * roleAccuracy(), 100 * roleLenientAccuracy(), noneCorrect, noneScored, notScored);
    }

    public ObjectNode toJson() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("file", file);
        o.put("kind", "actors");
        o.put("records", records);
        o.put("country_scored", countryScored);
        o.put("country_correct", countryCorrect);
        o.put("country_accuracy", countryAccuracy());
        o.put("role_scored", roleScored);
        o.put("role_correct", roleCorrect);
        o.put("role_accuracy", roleAccuracy());
        o.put("role_lenient_accuracy", roleLenientAccuracy());
        o.put("none_scored", noneScored);
        o.put("none_correct", noneCorrect);
        ObjectNode ns = o.putObject("not_scored");
        notScored.forEach(ns::put);
        o.put("seconds", seconds);
        return o;
    }
}
