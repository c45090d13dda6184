package org.entente.text.parse;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The compact parser model on disk: a cache file derived from the Maven artifact (never committed; ~50 MB),
 * read back in well under a second by bulk copies from a memory-mapped file. Layout, big-endian: magic, format
 * version, then the tagger and the parser (each: component shell, feature keys and columns, sparse weights), then
 * the two lexicons (word keys and value numbers, then the distinct values). A file that does not read back whole is reported and derived again.
 */
final class CompactModelFile {
    private static final int MAGIC = 0x454e4450; // "ENDP"
    /** Bump when the layout or the derivation changes: a new name, so an old cache is never misread. */
    static final int VERSION = 1;
    static final String NAME = "nlp4j-1.1.3-en-pos-dep-compact-v" + VERSION + ".bin";

    private CompactModelFile() {
    }

    /**
     * Where the model is cached: {@code -Dentente.parser.model=FILE}, else {@code $ENTENTE_CACHE}, else
     * {@code $XDG_CACHE_HOME/entente}, else {@code ~/.cache/entente}.
     */
    static Path defaultPath() {
        String file = System.getProperty("entente.parser.model");
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        String dir = System.getenv("ENTENTE_CACHE");
        if (dir == null || dir.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "entente").toString()
                    : Path.of(System.getProperty("user.home"), ".cache", "entente").toString();
        }
        return Path.of(dir, NAME);
    }

    static void write(CompactModel m, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, NAME, ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 20))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                writeComponent(out, m.tagger());
                writeComponent(out, m.parser());
                writeLexicon(out, m.clusters());
                writeLexicon(out, m.ambiguityClasses());
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // (not a POSIX file system: the default permissions stand)
            }
            // (whole or not at all: a reader never sees a half-written model)
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static CompactModel read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException(file + ": not a compact parser model of format " + VERSION);
            }
            CompactComponent tagger = readComponent(b);
            CompactComponent parser = readComponent(b);
            WordLexicon<Set<String>> clusters = new WordLexicon<>(readIndex(b), readEntries(b), WordLexicon::asSet);
            WordLexicon<List<String>> classes = new WordLexicon<>(readIndex(b), readEntries(b), List::copyOf);
            if (b.hasRemaining()) {
                throw new IOException(file + ": " + b.remaining() + " bytes after the model");
            }
            return new CompactModel(tagger, parser, clusters, classes);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException(file + ": truncated or corrupt compact parser model (" + e + ")", e);
        }
    }

    private static void writeComponent(DataOutputStream out, CompactComponent c) throws IOException {
        out.writeInt(c.shell.length);
        out.write(c.shell);
        out.writeInt(c.features.size());
        writeIndex(out, c.features.keys());
        out.writeInt(c.weights.getLabelSize());
        writeInts(out, c.weights.starts());
        out.writeInt(c.weights.labels().length);
        out.write(c.weights.labels());
        for (float w : c.weights.weights()) {
            out.writeFloat(w);
        }
    }

    private static CompactComponent readComponent(ByteBuffer b) {
        byte[] shell = new byte[b.getInt()];
        b.get(shell);
        int featureSize = b.getInt();
        HashedFeatureMap features = new HashedFeatureMap(readIndex(b), featureSize);
        int labelSize = b.getInt();
        int[] start = readInts(b);
        byte[] labels = new byte[b.getInt()];
        b.get(labels);
        float[] weights = new float[labels.length];
        b.asFloatBuffer().get(weights);
        b.position(b.position() + 4 * weights.length);
        return new CompactComponent(shell, features, new SparseWeights(labelSize, start, labels, weights));
    }

    private static void writeLexicon(DataOutputStream out, WordLexicon<?> lexicon) throws IOException {
        writeIndex(out, lexicon.words());
        out.writeInt(lexicon.entries().size());
        for (List<String> entry : lexicon.entries()) {
            out.writeInt(entry.size());
            for (String s : entry) {
                out.writeUTF(s);
            }
        }
    }

    private static List<List<String>> readEntries(ByteBuffer b) throws IOException {
        int n = b.getInt();
        List<List<String>> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int size = b.getInt();
            List<String> entry = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                entry.add(readUtf(b));
            }
            entries.add(List.copyOf(entry));
        }
        return entries;
    }

    private static void writeIndex(DataOutputStream out, KeyIndex index) throws IOException {
        out.writeInt(index.size());
        for (long k : index.keys()) {
            out.writeLong(k);
        }
        for (int v : index.values()) {
            out.writeInt(v);
        }
    }

    private static KeyIndex readIndex(ByteBuffer b) {
        int n = b.getInt();
        long[] keys = new long[n];
        b.asLongBuffer().get(keys);
        b.position(b.position() + 8 * n);
        int[] values = new int[n];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * n);
        return new KeyIndex(keys, values);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer b) {
        int[] a = new int[b.getInt()];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * a.length);
        return a;
    }

    /** The reverse of {@link DataOutputStream#writeUTF} for the ASCII strings of the lexicons (cluster paths, tags). */
    private static String readUtf(ByteBuffer b) throws IOException {
        int n = b.getShort() & 0xffff;
        byte[] bytes = new byte[n];
        b.get(bytes);
        for (byte x : bytes) {
            if (x < 0) {
                throw new IOException("non-ASCII lexicon entry in the parser model");
            }
        }
        return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
