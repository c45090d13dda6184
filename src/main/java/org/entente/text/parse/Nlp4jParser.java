package org.entente.text.parse;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.FeatMap;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.entente.text.Token;

/**
 * NLP4J 1.1.3's English transition-based dependency parser (Choi et al.; Apache 2.0) on our tokens, with the
 * model held compact ({@link CompactModel}: ~80 MB of heap instead of ~1 GB). The parser reads fine Penn tags
 * (VBD/VBN/VBZ, NNS, WDT, ...) and its own lemmas: our tagger's coarse tags (one VB for every verb form, MD for
 * every auxiliary) cost it 21 points of head agreement and every passive (scripts/parser-agreement.sh), so NLP4J's
 * own tagger and lemmatiser tag our tokens first. One instance serves all threads: the decoders keep their state
 * per call and the models are read-only.
 */
final class Nlp4jParser implements DependencyParser {
    private static volatile Nlp4jParser shared;

    private final OnlineComponent<NLPNode, ?> tagger;
    private final MorphologicalAnalyzer<NLPNode> lemmatiser = new MorphologicalAnalyzer<>(Language.ENGLISH);
    private final OnlineComponent<NLPNode, ?> parser;
    private final WordLexicon<Set<String>> clusters;
    private final WordLexicon<List<String>> ambiguityClasses;

    Nlp4jParser(CompactModel model) {
        this.tagger = model.tagger().decoder();
        this.parser = model.parser().decoder();
        this.clusters = model.clusters();
        this.ambiguityClasses = model.ambiguityClasses();
    }

    static Nlp4jParser shared() {
        Nlp4jParser p = shared;
        if (p == null) {
            synchronized (Nlp4jParser.class) {
                if (shared == null) {
                    shared = new Nlp4jParser(loadOrDerive(CompactModelFile.defaultPath()));
                }
                p = shared;
            }
        }
        return p;
    }

    /**
     * The compact model from its cache file; derived from the artifact first when the file is missing or does not
     * read back (one process derives, others started meanwhile wait on the lock file and then read).
     */
    static CompactModel loadOrDerive(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                try {
                    return CompactModelFile.read(file);
                } catch (IOException e) {
                    System.err.println("entente: " + e.getMessage() + "; deriving it again");
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path lock = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                if (Files.isRegularFile(file)) {
                    try {
                        return CompactModelFile.read(file); // another process derived it while we waited
                    } catch (IOException e) {
                        System.err.println("entente: " + e.getMessage() + "; deriving it again");
                    }
                }
                System.err.println("entente: deriving the compact parser model from nlp4j-english into " + file
                        + " (once; about half a minute)");
                CompactModel m = ModelCompactor.derive();
                CompactModelFile.write(m, file);
                return m;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or derive the parser model " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DependencyParse parse(List<Token> tokens) {
        int n = tokens.size();
        NLPNode[] nodes = new NLPNode[n + 1];
        nodes[0] = new NLPNode();
        nodes[0].toRoot();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).text();
            NLPNode node = new NLPNode(i + 1, words[i], null, null, new FeatMap());
            String key = node.getWordFormSimplifiedLowercase();
            node.setWordClusters(clusters.of(key));
            node.setAmbiguityClasses(ambiguityClasses.of(key));
            nodes[i + 1] = node;
        }
        tagger.process(nodes);
        lemmatiser.process(nodes);
        parser.process(nodes);
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            NLPNode head = nodes[i + 1].getDependencyHead();
            heads[i] = head == null ? -1 : head.getID() - 1;
            String label = nodes[i + 1].getDependencyLabel();
            labels[i] = label == null ? "dep" : label;
            tags[i] = nodes[i + 1].getPartOfSpeechTag();
        }
        return new DependencyParse(heads, labels, words, tags);
    }
}
