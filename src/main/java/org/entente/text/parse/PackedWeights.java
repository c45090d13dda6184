package org.entente.text.parse;

import edu.emory.mathcs.nlp.learning.initialization.WeightGenerator;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * The decoding form of {@link SparseWeights}: each feature's non-zero cells in one block of a single int array, so
 * scoring a feature reads one or two adjacent cache lines instead of three scattered ones (the feature's bounds,
 * its labels, its weights). A block is its cell count, then its weights (float bits), then its labels four to an
 * int. The feature map hands out a block's offset in place of the feature's number
 * ({@link HashedFeatureMap#withBlocks}), so a feature is one lookup in the map and one read here.
 *
 * <p>Exactness: {@link #addScores} adds the same products to the same labels in the same order as
 * {@link SparseWeights#addScores}, so the scores are bit for bit the same. Profiling the bench showed the parser's
 * time in these reads and the map's: memory, not arithmetic.
 */
final class PackedWeights extends MajorVector {
    private static final long serialVersionUID = 1L;
    /** The offset of a block with no cells, for a feature number past the weights (which scores nothing). */
    private static final int EMPTY_BLOCK = 1;

    private final transient int[] data;
    /** The block of each feature number (built once; the map takes its offsets from here). */
    private final transient int[] blockOf;

    private PackedWeights(int labelSize, int featureSize, int[] data, int[] blockOf) {
        this.data = data;
        this.blockOf = blockOf;
        setSizes(labelSize, featureSize);
    }

    /** Packs {@code w}'s cells, feature by feature, in its order. */
    static PackedWeights of(SparseWeights w) {
        int[] start = w.starts();
        byte[] label = w.labels();
        float[] weight = w.weights();
        int features = start.length - 1;
        long size = 2L + features + weight.length;
        for (int f = 0; f < features; f++) {
            size += labelInts(start[f + 1] - start[f]);
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("weights too large to pack: " + size + " ints");
        }
        int[] data = new int[(int) size];
        // data[0] is never a block (offset 0 means "no feature" to NLP4J); data[EMPTY_BLOCK] = 0 cells
        int[] blockOf = new int[features];
        int at = 2;
        for (int f = 0; f < features; f++) {
            int from = start[f];
            int n = start[f + 1] - from;
            blockOf[f] = at;
            data[at] = n;
            for (int j = 0; j < n; j++) {
                data[at + 1 + j] = Float.floatToRawIntBits(weight[from + j]);
                data[at + 1 + n + (j >> 2)] |= (label[from + j] & 0xff) << ((j & 3) << 3);
            }
            at += 1 + n + labelInts(n);
        }
        return new PackedWeights(w.getLabelSize(), features, data, blockOf);
    }

    private static int labelInts(int cells) {
        return (cells + 3) >> 2;
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
        int[] d = data;
        for (SparseItem item : x.getVector()) {
            int at = item.getIndex();
            if (at <= 0 || at >= d.length) {
                continue;
            }
            float v = item.getValue();
            int n = d[at];
            int labels = at + 1 + n;
            for (int j = 0; j < n; j++) {
                int y = (d[labels + (j >> 2)] >>> ((j & 3) << 3)) & 0xff;
                scores[y] += Float.intBitsToFloat(d[at + 1 + j]) * v;
            }
        }
    }

    @Override
    public void addScores(float[] x, float[] scores) {
        throw new UnsupportedOperationException("the parser has no dense features");
    }

    /** The weight of cell {@code index} (label + feature number x labels), as {@link SparseWeights#get}. */
    @Override
    public float get(int index) {
        int labels = getLabelSize();
        int f = index / labels;
        int y = index % labels;
        int at = blockOf[f];
        int n = data[at];
        for (int j = 0; j < n; j++) {
            if (((data[at + 1 + n + (j >> 2)] >>> ((j & 3) << 3)) & 0xff) == y) {
                return Float.intBitsToFloat(data[at + 1 + j]);
            }
        }
        return 0;
    }

    @Override
    public int size() {
        return getLabelSize() * getFeatureSize();
    }

    @Override
    public void set(int index, float value) {
        throw new UnsupportedOperationException("compact weights are read-only");
    }

    @Override
    public int indexOf(int y, int xi) {
        return y + xi * getLabelSize();
    }

    @Override
    public boolean expand(int labelSize, int featureSize, WeightGenerator generator) {
        throw new UnsupportedOperationException("compact weights are read-only");
    }

    @Override
    protected void setRowSize(int size) {
        feature_size = size;
    }

    @Override
    protected void setColumnSize(int size) {
        label_size = size;
    }

    @Override
    protected MajorVector createInstance() {
        throw new UnsupportedOperationException("compact weights are read-only");
    }

    @Override
    public int countNonZeroWeights() {
        int cells = 0;
        for (int at : blockOf) {
            cells += data[at];
        }
        return cells;
    }
}
