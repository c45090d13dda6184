package org.entente.text.parse;

import edu.emory.mathcs.nlp.learning.util.FeatureMap;

/**
 * NLP4J's feature map (template type + feature string -> weight column) with 64-bit keys in place of the strings
 * (see {@link FeatureHash}). Decoding only ever calls {@link #index}; training would call {@code add}, which a
 * compact model does not support.
 */
final class HashedFeatureMap extends FeatureMap {
    private static final long serialVersionUID = 1L;
    private final transient KeyIndex index;

    HashedFeatureMap(KeyIndex index, int featureSize) {
        this.index = index;
        setSize(featureSize);
    }

    @Override
    public int index(int type, String value) {
        return index.get(FeatureHash.of(type, value), -1);
    }

    @Override
    public int add(int type, String value) {
        throw new UnsupportedOperationException("a compact parser model is for decoding only");
    }

    /**
     * The map a decoder over {@code weights} reads: each feature's number replaced by its block in {@code weights}
     * ({@link PackedWeights#blockOf}). This map stays as it is (the model file is written from it).
     */
    HashedFeatureMap withBlocks(PackedWeights weights) {
        return new HashedFeatureMap(index.mapValues(weights::blockOf), size());
    }

    KeyIndex keys() {
        return index;
    }
}
