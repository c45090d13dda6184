package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far reading has come through the input files, in bytes as stored (still gzipped where they are), so that a
 * progress bar can show a share of the whole without reading the input twice (counting records first would).
 * {@link Sources#read(List, InputFormat, java.time.LocalDate, ArticleSink, ReadProgress)} adds what it reads;
 * the total is the size of the files, known before reading starts.
 */
public final class ReadProgress {
    /** Sizing lists folders only; what cannot be listed is reported when the folder is read. */
    private static final ArticleSink NO_SINK = new ArticleSink() {
        @Override
        public void article(Article article) {
        }

        @Override
        public void failure(InputFailure failure) {
        }
    };
    private final long totalBytes;
    private final AtomicLong bytesRead = new AtomicLong();

    private ReadProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    /**
     * For {@code inputs} as {@link Sources#read} takes them: the size of the files they name (for a folder, of
     * the files under it that reading takes). Unknown (-1) when one is stdin or cannot be sized: a missing file
     * is reported by the read itself.
     */
    public static ReadProgress of(List<String> inputs) {
        long total = 0;
        try {
            for (String in : inputs) {
                if ("-".equals(in)) {
                    return new ReadProgress(-1);
                }
                Path p = Path.of(in);
                if (Files.isDirectory(p)) {
                    for (Path f : Sources.filesUnder(p, in, NO_SINK)) {
                        total += Files.size(f);
                    }
                } else {
                    total += Files.size(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ReadProgress(-1);
        }
        return new ReadProgress(total);
    }

    /** The bytes of all input files; -1 when unknown. */
    public long totalBytes() {
        return totalBytes;
    }

    /** The bytes read from the input files so far (including what readers buffer ahead). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** {@code in}, counting the bytes read through it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long k = super.skip(n);
                if (k > 0) {
                    bytesRead.addAndGet(k);
                }
                return k;
            }
        };
    }
}
