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
import java.util.ArrayList;
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
        Pieces pieces = Pieces.of(tokens);
        NLPNode[] nodes = pieces.nodes();
        for (int k = 1; k < nodes.length; k++) {
            String key = nodes[k].getWordFormSimplifiedLowercase();
            nodes[k].setWordClusters(clusters.of(key));
            nodes[k].setAmbiguityClasses(ambiguityClasses.of(key));
        }
        tagger.process(nodes);
        lemmatiser.process(nodes);
        parser.process(nodes);
        return pieces.parse(nodes, tokens);
    }

    /**
     * The parser's pieces of a sentence: our tokens, with a possessive our tokenizer keeps whole ("Norway's")
     * split in two as NLP4J's training data has it (whole, its tagger reads "norway's" as an adverb).
     *
     * @param words  the pieces
     * @param origin the token each piece comes from
     * @param main   the piece that stands for each token (the word, not its "'s")
     */
    record Pieces(List<String> words, List<Integer> origin, int[] main) {
        static Pieces of(List<Token> tokens) {
            int n = tokens.size();
            List<String> words = new ArrayList<>(n + 4);
            List<Integer> origin = new ArrayList<>(n + 4);
            int[] main = new int[n];
            for (int i = 0; i < n; i++) {
                String w = tokens.get(i).text();
                int cut = possessiveCut(w);
                main[i] = words.size();
                if (cut > 0) {
                    words.add(w.substring(0, cut));
                    origin.add(i);
                    w = w.substring(cut);
                }
                words.add(w);
                origin.add(i);
            }
            return new Pieces(words, origin, main);
        }

        /** Untagged nodes for the pieces, after NLP4J's root node. */
        NLPNode[] nodes() {
            NLPNode[] nodes = new NLPNode[words.size() + 1];
            nodes[0] = new NLPNode();
            nodes[0].toRoot();
            for (int k = 0; k < words.size(); k++) {
                nodes[k + 1] = new NLPNode(k + 1, words.get(k), null, null, new FeatMap());
            }
            return nodes;
        }

        /** The parse of the pieces as a parse of our tokens (a split token takes its word's arc). */
        DependencyParse parse(NLPNode[] nodes, List<Token> tokens) {
            int n = tokens.size();
            int[] heads = new int[n];
            String[] labels = new String[n];
            String[] tags = new String[n];
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                NLPNode node = nodes[main[i] + 1];
                int head = headOf(node);
                for (int guard = 0; head >= 0 && origin.get(head) == i && guard < words.size(); guard++) {
                    head = headOf(nodes[head + 1]); // the word's head is its own "'s": that piece's head
                }
                heads[i] = head < 0 || origin.get(head) == i ? -1 : origin.get(head);
                String label = node.getDependencyLabel();
                labels[i] = label == null ? "dep" : label;
                tags[i] = node.getPartOfSpeechTag();
                texts[i] = tokens.get(i).text();
            }
            return new DependencyParse(heads, labels, texts, tags);
        }
    }

    /** The 0-based piece index of a node's head, -1 for the root. */
    private static int headOf(NLPNode node) {
        NLPNode head = node.getDependencyHead();
        return head == null ? -1 : head.getID() - 1;
    }

    /** Where a possessive "'s" starts in a whole token ("Norway's" -> 6), or -1. */
    static int possessiveCut(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S"))) {
            return w.length() - 2;
        }
        return -1;
    }
}
