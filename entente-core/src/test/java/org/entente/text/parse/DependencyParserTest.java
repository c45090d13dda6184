package org.entente.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact NLP4J parser on sentences written for these tests, and the compact structures it is made of. */
class DependencyParserTest {
    private static DependencyParse parse(String text) {
        Sentence s = TextAnalyzer.shared().sentences(text).get(0);
        return DependencyParser.shared().parse(s.tokens());
    }

    private static int at(DependencyParse p, String word) {
        for (int i = 0; i < p.size(); i++) {
            if (p.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + p);
    }

    @Test
    void subjectObjectAndPassiveAgent() {
        DependencyParse p = parse("The Chilean navy seized two Peruvian fishing boats on Tuesday.");
        assertEquals(at(p, "navy"), p.subject(at(p, "seized")), p.toString());
        assertEquals(at(p, "boats"), p.object(at(p, "seized")), p.toString());
        p = parse("The embassy was attacked by armed men.");
        int verb = at(p, "attacked");
        assertEquals(at(p, "embassy"), p.passiveSubject(verb), p.toString());
        assertEquals(at(p, "men"), p.agent(verb), p.toString());
        assertEquals("VBN", p.tag(verb));
    }

    @Test
    void conjunctsRelativeClausesAndPossessives() {
        DependencyParse p = parse("Norway, Sweden and Finland met the envoy who had visited Oslo.");
        assertEquals(List.of(at(p, "norway"), at(p, "sweden"), at(p, "finland")), p.conjuncts(at(p, "sweden")));
        assertEquals(at(p, "envoy"), p.relativeAntecedent(at(p, "who")), p.toString());
        assertTrue(p.isRelativePronoun(at(p, "who")));
        // a possessive our tokenizer keeps whole is split for the parser and read as the owner
        p = parse("Norway's troops crossed the border.");
        assertEquals("poss", p.label(at(p, "norway's")), p.toString());
        assertEquals(at(p, "troops"), p.head(at(p, "norway's")));
    }

    @Test
    void aTreeHasOneRootAndNoCycles() {
        DependencyParse p = parse("Officials said on Monday that talks between the two sides, which began in May, "
                + "would resume after the holiday if both governments agreed.");
        int roots = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.head(i) < 0) {
                roots++;
            } else {
                assertTrue(!p.dominates(i, p.head(i)), "cycle through " + i + "\n" + p);
            }
        }
        assertEquals(1, roots, p.toString());
    }

    @Test
    void sparseWeightsScoreAsTheDenseMatrix() {
        Random r = new Random(7);
        ColumnMajorVector dense = new ColumnMajorVector();
        dense.expand(5, 40);
        for (int i = 0; i < dense.size(); i++) {
            dense.set(i, r.nextInt(4) == 0 ? r.nextFloat() - 0.5f : 0f);
        }
        SparseWeights sparse = SparseWeights.of(dense);
        for (int trial = 0; trial < 20; trial++) {
            SparseVector x = new SparseVector();
            for (int k = 0; k < 6; k++) {
                x.add(1 + r.nextInt(39), 1f);
            }
            float[] a = new float[5];
            float[] b = new float[5];
            dense.addScores(x, a);
            sparse.addScores(x, b);
            for (int y = 0; y < 5; y++) {
                assertEquals(a[y], b[y], 1e-6f);
            }
        }
        for (int i = 0; i < dense.size(); i++) {
            assertEquals(dense.get(i), sparse.get(i));
        }
    }

    @Test
    void packedWeightsScoreBitForBitAsTheSparseOnes() {
        Random r = new Random(11);
        ColumnMajorVector dense = new ColumnMajorVector();
        dense.expand(9, 60);
        for (int i = 0; i < dense.size(); i++) {
            dense.set(i, r.nextInt(3) == 0 ? r.nextFloat() - 0.5f : 0f);
        }
        SparseWeights sparse = SparseWeights.of(dense);
        PackedWeights packed = PackedWeights.of(sparse);
        assertEquals(sparse.countNonZeroWeights(), packed.countNonZeroWeights());
        for (int trial = 0; trial < 50; trial++) {
            SparseVector byNumber = new SparseVector();
            SparseVector byBlock = new SparseVector();
            for (int k = 0; k < 8; k++) {
                int f = 1 + r.nextInt(70); // some past the weights: they score nothing either way
                float v = r.nextFloat();
                byNumber.add(f, v);
                byBlock.add(packed.blockOf(f), v);
            }
            float[] a = new float[9];
            float[] b = new float[9];
            sparse.addScores(byNumber, a);
            packed.addScores(byBlock, b);
            for (int y = 0; y < 9; y++) {
                assertEquals(Float.floatToRawIntBits(a[y]), Float.floatToRawIntBits(b[y]), "label " + y);
            }
        }
        for (int i = 0; i < dense.size(); i++) {
            assertEquals(dense.get(i), packed.get(i));
        }
        assertEquals(0, packed.blockOf(0));
        assertEquals(-1, packed.blockOf(-1));
    }

    @Test
    void aRemappedKeyIndexKeepsItsKeys() {
        long[] keys = new long[300];
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i == 0 ? 0L : FeatureHash.of(1, "k" + i);
            values[i] = i;
        }
        KeyIndex index = new KeyIndex(keys, values).mapValues(v -> 1000 + v);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(1000 + i, index.get(keys[i], -1));
        }
        assertEquals(-1, index.get(FeatureHash.of(2, "absent"), -1));
    }

    @Test
    void keyIndexFindsEveryKeyAndNoOther() {
        Random r = new Random(3);
        long[] keys = new long[5000];
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = FeatureHash.of(i % 7, "w" + i);
            values[i] = i;
        }
        KeyIndex index = new KeyIndex(keys, values);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.get(keys[i], -1));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(-1, index.get(FeatureHash.of(9, "absent" + r.nextInt()), -1));
        }
        assertThrows(IllegalArgumentException.class, () -> new KeyIndex(new long[] {5, 5}, new int[] {1, 2}));
    }

    @Test
    void aTruncatedModelFileIsReportedByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.bin");
        Files.write(file, new byte[] {0x45, 0x4e, 0x44, 0x50, 0, 0, 0, 1, 0, 0});
        IOException e = assertThrows(IOException.class, () -> CompactModelFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
