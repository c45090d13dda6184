package org.entente.text.parse;

import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * The decoding form of {@link SparseWeights}: the feature map hands out where a feature's cells start in place of
 * the feature's number ({@link HashedFeatureMap#withBlocks}), and the cell count sits in the label array just before
 * them, so scoring a feature reads the label and weight arrays at one place each, without the bounds array that
 * {@link SparseWeights} reads first (a third cache miss per feature in a 3.5 MB array). Both arrays hold one unused
 * cell per feature for this.
 *
 * <p>Exactness: {@link #addScores} adds the same products to the same labels in the same order as
 * {@link SparseWeights#addScores}, so the scores are bit for bit the same. Profiling the bench showed the parser's
 * time in these reads and the map's: memory, not arithmetic.
 */
final class PackedWeights extends ReadOnlyWeights {
    private static final long serialVersionUID = 1L;
    /** The offset of a block with no cells, for a feature number past the weights (which scores nothing). */
    private static final int EMPTY_BLOCK = 1;

    /** At a block's offset its cell count; then the label of each cell. */
    private final transient byte[] label;
    /** At a block's offset nothing; then the weight of each cell. */
    private final transient float[] weight;
    /** The block of each feature number (the map takes its offsets from here). */
    private final transient int[] blockOf;

    private PackedWeights(int labelSize, int featureSize, byte[] label, float[] weight, int[] blockOf) {
        this.label = label;
        this.weight = weight;
        this.blockOf = blockOf;
        setSizes(labelSize, featureSize);
    }

    /** Packs {@code w}'s cells, feature by feature, in its order; null when a feature has more cells than a byte counts. */
    static PackedWeights of(SparseWeights w) {
        int[] start = w.starts();
        byte[] labels = w.labels();
        float[] weights = w.weights();
        int features = start.length - 1;
        long size = 2L + features + weights.length;
        if (size > Integer.MAX_VALUE - 8) {
            return null;
        }
        byte[] label = new byte[(int) size];
        float[] weight = new float[(int) size];
        // offset 0 is never a block (NLP4J takes 0 for "no feature"); the block at EMPTY_BLOCK has no cells
        int[] blockOf = new int[features];
        int at = 2;
        for (int f = 0; f < features; f++) {
            int from = start[f];
            int n = start[f + 1] - from;
            if (n > 255) {
                return null;
            }
            blockOf[f] = at;
            label[at] = (byte) n;
            System.arraycopy(labels, from, label, at + 1, n);
            System.arraycopy(weights, from, weight, at + 1, n);
            at += 1 + n;
        }
        return new PackedWeights(w.getLabelSize(), features, label, weight, blockOf);
    }

    /**
     * What the feature map gives in place of feature number {@code f}: a number NLP4J skips stays as it is (it adds
     * only positive ones to a feature vector), one past the weights takes the empty block, any other its block.
     */
    int blockOf(int f) {
        if (f <= 0) {
            return f;
        }
        return f < blockOf.length ? blockOf[f] : EMPTY_BLOCK;
    }

    @Override
    public void addScores(SparseVector x, float[] scores) {
        byte[] l = label;
        float[] w = weight;
        for (SparseItem item : x.getVector()) {
            int at = item.getIndex();
            if (at <= 0 || at >= l.length) {
                continue;
            }
            float v = item.getValue();
            for (int k = at + 1, end = at + 1 + (l[at] & 0xff); k < end; k++) {
                scores[l[k] & 0xff] += w[k] * v;
            }
        }
    }

    /** The weight of cell {@code index} (label + feature number x labels), as {@link SparseWeights#get}. */
    @Override
    public float get(int index) {
        int labels = getLabelSize();
        int at = blockOf[index / labels];
        int y = index % labels;
        for (int k = at + 1, end = at + 1 + (label[at] & 0xff); k < end; k++) {
            if ((label[k] & 0xff) == y) {
                return weight[k];
            }
        }
        return 0;
    }

    @Override
    public int countNonZeroWeights() {
        int cells = 0;
        for (int at : blockOf) {
            cells += label[at] & 0xff;
        }
        return cells;
    }
}
