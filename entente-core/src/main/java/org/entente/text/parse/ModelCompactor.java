package org.entente.text.parse;

import edu.emory.mathcs.nlp.common.util.IOUtils;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the compact tagger and parser from NLP4J's English artifact on the classpath ({@code nlp4j-english},
 * Apache 2.0): reads the POS and dependency models and the two lexicons as NLP4J ships them (~900 MB of heap at
 * the peak, ~25 s, once), keeps only the non-zero weights, hashes the feature and word strings and stores each
 * distinct lexicon value once. Run as a command ({@code scripts/derive-parser-model.sh}), or on first use of the
 * parser when the cache has no model. The 185 MB word embeddings and the NER model are never read.
 */
public final class ModelCompactor {
    static final String POS_MODEL = "edu/emory/mathcs/nlp/models/en-pos.xz";
    static final String DEP_MODEL = "edu/emory/mathcs/nlp/models/en-dep.xz";
    static final String CLUSTERS = "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz";
    static final String AMBIGUITY_CLASSES = "edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz";

    private ModelCompactor() {
    }

    /** Reads the artifact and builds the compact model, one shipped piece at a time (each is let go after). */
    @SuppressWarnings("unchecked")
    static CompactModel derive() throws IOException {
        CompactComponent parser = CompactComponent.of((OnlineComponent<NLPNode, ?>) read(DEP_MODEL));
        CompactComponent tagger = CompactComponent.of((OnlineComponent<NLPNode, ?>) read(POS_MODEL));
        WordLexicon<Set<String>> clusters = WordLexicon.clusters((Map<String, Set<String>>) read(CLUSTERS));
        WordLexicon<List<String>> classes =
                WordLexicon.ambiguityClasses((Map<String, List<String>>) read(AMBIGUITY_CLASSES));
        return new CompactModel(tagger, parser, clusters, classes);
    }

    private static Object read(String resource) throws IOException {
        if (ModelCompactor.class.getClassLoader().getResource(resource) == null) {
            throw new IOException("NLP4J resource not on the classpath: " + resource
                    + " (the nlp4j-english artifact is missing)");
        }
        try (ObjectInputStream in = IOUtils.createArtifactObjectInputStream(resource)) {
            return in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("NLP4J resource " + resource + " holds an unknown class", e);
        }
    }

    /** Derives the model into {@code args[0]} (default: the cache file) and says what it kept. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : CompactModelFile.defaultPath();
        long t0 = System.nanoTime();
        CompactModel m = derive();
        CompactModelFile.write(m, out);
        for (var e : Map.of("tagger", m.tagger(), "parser", m.parser()).entrySet()) {
            SparseWeights w = e.getValue().weights;
            System.err.printf("%s: %d features x %d labels, %d non-zero weights (%.1f %%)%n", e.getKey(),
                    w.getFeatureSize(), w.getLabelSize(), w.countNonZeroWeights(),
                    100.0 * w.countNonZeroWeights() / ((long) w.getFeatureSize() * w.getLabelSize()));
        }
        System.err.printf("clusters: %d words, %d distinct sets; ambiguity classes: %d words, %d distinct lists%n",
                m.clusters().words().size(), m.clusters().entries().size(), m.ambiguityClasses().words().size(),
                m.ambiguityClasses().entries().size());
        System.err.printf("wrote %s (%d MB) in %.1f s%n", out, Files.size(out) >> 20, (System.nanoTime() - t0) / 1e9);
    }
}
