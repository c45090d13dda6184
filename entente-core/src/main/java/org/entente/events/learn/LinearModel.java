package org.entente.events.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multi-class linear model over binary features, one weight per feature and class (LIBLINEAR's one-vs-rest
 * logistic regression), with named parameters (thresholds chosen on dev). Its text form is a shipped resource:
 * comment lines ({@code #}) saying how it was trained, a {@code labels} row, {@code param} rows, a {@code bias} row
 * and one row per feature (name, then one weight per label), sorted by name, six decimals. The model scores with
 * the written weights, so a model read back decides exactly as the one written.
 */
public final class LinearModel {
    private final List<String> labels;
    private final Map<String, double[]> weights;
    private final double[] bias;
    private final Map<String, Double> params;
    private final List<String> comments;

    LinearModel(List<String> labels, Map<String, double[]> weights, double[] bias, Map<String, Double> params,
                List<String> comments) {
        if (labels.size() < 2 || bias.length != labels.size()) {
            throw new IllegalArgumentException("a model needs two labels or more and one bias per label");
        }
        this.labels = List.copyOf(labels);
        this.weights = new HashMap<>(); // scored once per trigger word: a hash lookup per feature
        weights.forEach((k, v) -> {
            double[] r = round(v);
            if (!allZero(r)) {
                this.weights.put(k, r);
            }
        });
        this.bias = round(bias);
        this.params = new TreeMap<>(params);
        this.comments = List.copyOf(comments);
    }

    public List<String> labels() {
        return labels;
    }

    public int features() {
        return weights.size();
    }

    /** The named parameter, or {@code otherwise} when the model has none of that name. */
    public double param(String name, double otherwise) {
        return params.getOrDefault(name, otherwise);
    }

    /** This model with {@code params} added (replacing those of the same name) and new comments. */
    LinearModel with(Map<String, Double> more, List<String> newComments) {
        Map<String, Double> p = new TreeMap<>(params);
        p.putAll(more);
        return new LinearModel(labels, weights, bias, p, newComments);
    }

    /**
     * The probability of each label for {@code features}, in {@link #labels()} order: each class's logistic score,
     * normalised to sum to one (as LIBLINEAR's one-vs-rest logistic regression predicts).
     */
    public double[] probabilities(Collection<String> features) {
        double[] s = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < s.length; k++) {
                    s[k] += w[k];
                }
            }
        }
        double sum = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = 1 / (1 + Math.exp(-s[k]));
            sum += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= sum;
        }
        return s;
    }

    /** Reads a model from the classpath; fails naming the resource when it is absent or malformed. */
    static LinearModel resource(String name) {
        return ModelText.resource(name, LinearModel::parse);
    }

    /** Reads a model's text form; fails naming {@code where}, the line and the reason. */
    public static LinearModel parse(String text, String where) {
        return ModelText.text(text, where, LinearModel::parse);
    }

    private static LinearModel parse(BufferedReader r, String where) throws IOException {
        List<String> comments = new ArrayList<>();
        List<String> labels = null;
        double[] bias = null;
        Map<String, double[]> w = new HashMap<>();
        Map<String, Double> params = new LinkedHashMap<>();
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
            try {
                if (f[0].equals("labels")) {
                    labels = List.of(f).subList(1, f.length);
                } else if (f[0].equals("param")) {
                    if (f.length != 3) {
                        throw new IllegalArgumentException("expected param<TAB>name<TAB>number");
                    }
                    params.put(f[1], Double.parseDouble(f[2]));
                } else {
                    if (labels == null) {
                        throw new IllegalArgumentException("weights before the labels row");
                    }
                    if (f.length != labels.size() + 1) {
                        throw new IllegalArgumentException("expected " + labels.size() + " weights");
                    }
                    double[] v = new double[labels.size()];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = Double.parseDouble(f[k + 1]);
                    }
                    if (f[0].equals("bias")) {
                        bias = v;
                    } else if (w.put(f[0], v) != null) {
                        throw new IllegalArgumentException("feature " + f[0] + " twice");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ":" + n + ": " + e.getMessage());
            }
        }
        if (labels == null || bias == null) {
            throw new IllegalArgumentException(where + ": no labels or bias row");
        }
        return new LinearModel(labels, w, bias, params, comments);
    }

    /** The text form (see the class comment). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append("labels");
        labels.forEach(l -> b.append('\t').append(l));
        b.append('\n');
        params.forEach((k, v) -> b.append("param\t").append(k).append('\t').append(fmt(v)).append('\n'));
        row(b, "bias", bias);
        new TreeMap<>(weights).forEach((k, v) -> row(b, k, v));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double[] v) {
        b.append(name);
        for (double x : v) {
            b.append('\t').append(fmt(x));
        }
        b.append('\n');
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }

    private static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            r[k] = Double.parseDouble(fmt(v[k]));
        }
        return r;
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
