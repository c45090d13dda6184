package org.entente.text.parse;

import edu.emory.mathcs.nlp.learning.initialization.WeightGenerator;
import edu.emory.mathcs.nlp.learning.util.MajorVector;

/**
 * What the parser's two compact weight forms ({@link SparseWeights}, as stored; {@link PackedWeights}, as decoded)
 * share as NLP4J weight vectors: read-only, no dense features, cells indexed label + feature number x labels. Each
 * form says only how it finds a feature's cells.
 */
abstract class ReadOnlyWeights extends MajorVector {
    private static final long serialVersionUID = 1L;

    @Override
    public void addScores(float[] x, float[] scores) {
        throw new UnsupportedOperationException("the parser has no dense features");
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
}
