package org.entente.events.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic-regression model over binary features ({@link FilterFeatures}) and the threshold below which the
 * filter drops an event. Its text form is the shipped resource events/filter-model.tsv: comment lines ({@code #})
 * saying how it was trained, then {@code threshold}, {@code bias} and one {@code feature<TAB>weight} row per feature,
 * sorted by name. Weights are written with six decimals, and the model scores with the written weights, so a model
 * read back decides exactly as the one written.
 */
public final class FilterModel {
    static final String RESOURCE = "/events/filter-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final List<String> comments;

    FilterModel(Map<String, Double> weights, double bias, double threshold, List<String> comments) {
        this.weights = new TreeMap<>();
        weights.forEach((k, v) -> this.weights.put(k, round(v)));
        this.bias = round(bias);
        this.threshold = threshold;
        this.comments = List.copyOf(comments);
    }

    /** The shipped model, read from the classpath. */
    static FilterModel bundled() {
        return ModelText.resource(RESOURCE, FilterModel::parse);
    }

    /** Reads a model's text form; fails naming {@code where}, the line and the reason. */
    public static FilterModel parse(String text, String where) {
        return ModelText.text(text, where, FilterModel::parse);
    }

    private static FilterModel parse(BufferedReader r, String where) throws IOException {
        Map<String, Double> w = new HashMap<>();
        List<String> comments = new ArrayList<>();
        Double bias = null;
        Double threshold = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            String[] f = line.split("\t", -1);
            double v;
            try {
                if (f.length != 2) {
                    throw new NumberFormatException("expected name<TAB>number");
                }
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ":" + n + ": " + e.getMessage());
            }
            switch (f[0]) {
                case "threshold" -> threshold = v;
                case "bias" -> bias = v;
                default -> {
                    if (w.put(f[0], v) != null) {
                        throw new IllegalArgumentException(where + ":" + n + ": feature " + f[0] + " given twice");
                    }
                }
            }
        }
        if (bias == null || threshold == null) {
            throw new IllegalArgumentException(where + ": a model needs a threshold and a bias row");
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException(where + ": threshold " + threshold + " is not a probability");
        }
        return new FilterModel(w, bias, threshold, comments);
    }

    /** The probability that an event with these features is real (unknown features weigh nothing). */
    public double probability(Collection<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }

    public FilterModel withThreshold(double t, List<String> newComments) {
        return new FilterModel(weights, bias, t, newComments);
    }

    public Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }

    public double bias() {
        return bias;
    }

    /** The text form: comments, threshold, bias, then the features by name. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        b.append("bias\t").append(format(bias)).append('\n');
        weights.forEach((k, v) -> b.append(k).append('\t').append(format(v)).append('\n'));
        return b.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static double round(double v) {
        return Double.parseDouble(format(v));
    }
}
