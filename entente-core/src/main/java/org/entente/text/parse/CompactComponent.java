package org.entente.text.parse;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;

/**
 * One of NLP4J's statistical components (the tagger or the parser) in compact form: the component without its
 * weights and feature strings (its templates and labels, serialized: a few hundred KB), the weights as
 * {@link SparseWeights} and the feature map as {@link HashedFeatureMap}. {@link #decoder()} puts them together
 * again, the weights packed for decoding ({@link PackedWeights}); decoding gives exactly the shipped component's
 * output (checked by {@code scripts/parser-agreement.sh}).
 */
final class CompactComponent {
    final byte[] shell;
    final HashedFeatureMap features;
    final SparseWeights weights;

    CompactComponent(byte[] shell, HashedFeatureMap features, SparseWeights weights) {
        this.shell = shell;
        this.features = features;
        this.weights = weights;
    }

    /** Compacts a component as shipped; it is emptied of its weights and features on the way. */
    static CompactComponent of(OnlineComponent<NLPNode, ?> c) {
        MajorVector dense = c.getOptimizer().getWeightVector().getDenseWeightVector();
        if (dense.size() != 0) {
            throw new IllegalStateException(c.getClass().getSimpleName() + " has dense features; the compact "
                    + "form keeps none");
        }
        SparseWeights weights = SparseWeights.of(c.getOptimizer().getWeightVector().getSparseWeightVector());
        HashedFeatureMap features = hashed((FeatureMap) getField(c.getFeatureTemplate(), "feature_map"));
        c.getOptimizer().setWeightVector(new WeightVector());
        setField(c.getFeatureTemplate(), "feature_map", new FeatureMap());
        setField(c.getFeatureTemplate(), "feature_count", null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize " + c.getClass().getSimpleName(), e);
        }
        return new CompactComponent(bytes.toByteArray(), features, weights);
    }

    /** A decoding component over the compact weights and features (built once; shared by all threads). */
    @SuppressWarnings("unchecked")
    OnlineComponent<NLPNode, ?> decoder() {
        OnlineComponent<NLPNode, ?> c;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(shell))) {
            c = (OnlineComponent<NLPNode, ?>) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an NLP4J component", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("NLP4J component of an unknown class", e);
        }
        if (c.getOptimizer().getLabelMap().size() != weights.getLabelSize()) {
            throw new IllegalStateException(c.getClass().getSimpleName() + " labels ("
                    + c.getOptimizer().getLabelMap().size() + ") do not match its weights (" + weights.getLabelSize()
                    + ")");
        }
        PackedWeights packed = PackedWeights.of(weights);
        c.getOptimizer().getWeightVector().setSparseWeightVector(packed == null ? weights : packed);
        setField(c.getFeatureTemplate(), "feature_map", packed == null ? features : features.withBlocks(packed));
        c.setFlag(NLPFlag.DECODE);
        return c;
    }

    /** The feature strings of NLP4J's map as 64-bit keys; fails on a key collision (then the map is not exact). */
    static HashedFeatureMap hashed(FeatureMap map) {
        List<it.unimi.dsi.fastutil.objects.Object2IntMap<String>> types = map.getIndexMaps();
        int n = 0;
        for (var m : types) {
            n += m.size();
        }
        long[] keys = new long[n];
        int[] values = new int[n];
        int k = 0;
        for (int type = 0; type < types.size(); type++) {
            for (var e : types.get(type).object2IntEntrySet()) {
                keys[k] = FeatureHash.of(type, e.getKey());
                values[k] = e.getIntValue();
                k++;
            }
        }
        return new HashedFeatureMap(new KeyIndex(keys, values), map.size());
    }

    // NLP4J keeps the feature map in a protected field with no setter: reflection is the only way to swap it.
    private static Object getField(FeatureTemplate<?, ?> t, String name) {
        try {
            Field f = FeatureTemplate.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NLP4J FeatureTemplate has no field " + name, e);
        }
    }

    private static void setField(FeatureTemplate<?, ?> t, String name, Object value) {
        try {
            Field f = FeatureTemplate.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(t, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NLP4J FeatureTemplate has no field " + name, e);
        }
    }
}
