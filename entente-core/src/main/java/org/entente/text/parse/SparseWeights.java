package org.entente.text.parse;

import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * The parser's feature-by-label weight matrix with only its non-zero cells: per feature (column), the labels with a
 * weight and those weights (compressed sparse columns). NLP4J ships it dense (869k features x 131 labels = 114M
 * floats, 455 MB), of which 94 % are zero; here the same scores cost 5 bytes per non-zero weight (~36 MB).
 * Decoding reads it only through {@link #addScores(SparseVector, float[])}, which adds exactly the products the
 * dense column-major vector adds, so parses are identical.
 */
final class SparseWeights extends ReadOnlyWeights {
    private static final long serialVersionUID = 1L;
    /** {@code start[f]} .. {@code start[f + 1]} are the non-zero cells of feature f. */
    private final transient int[] start;
    /** The label of each non-zero cell (NLP4J's English models have fewer than 256 labels). */
    private final transient byte[] label;
    private final transient float[] weight;

    SparseWeights(int labelSize, int[] start, byte[] label, float[] weight) {
        if (labelSize > 256) {
            throw new IllegalArgumentException("more than 256 labels: " + labelSize);
        }
        if (start.length == 0 || start[start.length - 1] != label.length || label.length != weight.length) {
            throw new IllegalArgumentException("inconsistent sparse weight arrays");
        }
        this.start = start;
        this.label = label;
        this.weight = weight;
        setSizes(labelSize, start.length - 1);
    }

    /** Compresses a dense column-major vector (cell = label + feature * labelSize). */
    static SparseWeights of(MajorVector dense) {
        int labels = dense.getLabelSize();
        int features = dense.getFeatureSize();
        int nonZero = 0;
        for (int i = 0; i < dense.size(); i++) {
            if (dense.get(i) != 0) {
                nonZero++;
            }
        }
        int[] start = new int[features + 1];
        byte[] label = new byte[nonZero];
        float[] weight = new float[nonZero];
        int n = 0;
        for (int f = 0; f < features; f++) {
            start[f] = n;
            for (int y = 0; y < labels; y++) {
                float w = dense.get(y + f * labels);
                if (w != 0) {
                    label[n] = (byte) y;
                    weight[n] = w;
                    n++;
                }
            }
        }
        start[features] = n;
        return new SparseWeights(labels, start, label, weight);
    }

    @Override
    public void addScores(SparseVector x, float[] scores) {
        int features = start.length - 1;
        for (SparseItem item : x.getVector()) {
            int f = item.getIndex();
            if (f < 0 || f >= features) {
                continue;
            }
            float v = item.getValue();
            for (int k = start[f], end = start[f + 1]; k < end; k++) {
                scores[label[k] & 0xff] += weight[k] * v;
            }
        }
    }

    @Override
    public float get(int index) {
        int labels = getLabelSize();
        int f = index / labels;
        int y = index % labels;
        for (int k = start[f]; k < start[f + 1]; k++) {
            if ((label[k] & 0xff) == y) {
                return weight[k];
            }
        }
        return 0;
    }

    @Override
    public int countNonZeroWeights() {
        return weight.length;
    }

    int[] starts() {
        return start;
    }

    byte[] labels() {
        return label;
    }

    float[] weights() {
        return weight;
    }
}
