package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;

/**
 * The user's extra actor and pattern dictionaries ({@code --actors}, {@code --patterns}), shipped to every
 * executor with the job ({@link SparkContext#addFile}) and recorded by SHA-256: an executor checks the copy it
 * received against the hash the driver read, so every executor codes with the very files the summary names.
 */
record UserDictionaries(List<Shipped> actors, List<Shipped> patterns) implements Serializable {
    /** One shipped file: its name among the job's files and the SHA-256 of its bytes. */
    record Shipped(String name, String path, String sha256) implements Serializable {
    }

    static final UserDictionaries NONE = new UserDictionaries(List.of(), List.of());

    /** Ships the files (any Hadoop path) with the job; a missing file or two files of one name are usage errors. */
    static UserDictionaries ship(SparkContext sc, List<String> actors, List<String> patterns) {
        Set<String> names = new HashSet<>();
        return new UserDictionaries(ship(sc, actors, names), ship(sc, patterns, names));
    }

    private static List<Shipped> ship(SparkContext sc, List<String> paths, Set<String> names) {
        List<Shipped> out = new ArrayList<>();
        for (String p : paths) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
            if (!names.add(path.getName())) {
                throw new IllegalArgumentException("two dictionaries are called " + path.getName()
                        + ": the job ships files by name, rename one");
            }
            String hash;
            try (InputStream in = path.getFileSystem(sc.hadoopConfiguration()).open(path)) {
                hash = sha256(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("dictionary " + p + ": cannot read: " + e.getMessage(), e);
            }
            sc.addFile(p);
            out.add(new Shipped(path.getName(), p, hash));
        }
        return out;
    }

    /** The executor's local copies of the actor dictionaries, each checked against its hash. */
    List<Path> localActors() {
        return local(actors);
    }

    /** The executor's local copies of the pattern dictionaries, each checked against its hash. */
    List<Path> localPatterns() {
        return local(patterns);
    }

    private static List<Path> local(List<Shipped> files) {
        List<Path> out = new ArrayList<>();
        for (Shipped s : files) {
            Path p = Path.of(SparkFiles.get(s.name()));
            try (InputStream in = Files.newInputStream(p)) {
                String got = sha256(in);
                if (!got.equals(s.sha256())) {
                    throw new IllegalStateException("dictionary " + s.name() + " changed while shipped (sha256 "
                            + got + ", the driver read " + s.sha256() + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("dictionary " + s.name() + ": cannot read its shipped copy", e);
            }
            out.add(p);
        }
        return out;
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

}
