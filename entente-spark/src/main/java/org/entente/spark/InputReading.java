package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/**
 * Reads one input file (any Hadoop path) with the readers {@code ./entente code} uses ({@link Sources}): articles
 * are called by the file's name as they are there, and each bad record or damaged file is one named failure.
 * The readers push articles; a reader thread hands them over through a small queue, so a WARC of a gigabyte
 * streams through the task instead of sitting in memory.
 */
final class InputReading implements FlatMapFunction<String, Item> {
    private static final int QUEUE = 64;
    private final SerializableConfiguration hadoop;
    private final InputFormat format;
    private final LocalDate defaultDate;

    InputReading(SerializableConfiguration hadoop, InputFormat format, LocalDate defaultDate) {
        this.hadoop = hadoop;
        this.format = format;
        this.defaultDate = defaultDate;
    }

    @Override
    public Iterator<Item> call(String file) {
        Handover handover = new Handover();
        Thread reader = new Thread(() -> {
            try {
                read(file, handover);
            } finally {
                handover.end();
            }
        }, "entente-read");
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // a task that ends early (killed, or its consumer stopped) frees the reader blocked on a full queue
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> handover.close());
        }
        reader.start();
        return handover;
    }

    private void read(String file, ArticleSink sink) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(hadoop.value());
            try (InputStream in = fs.open(path)) {
                Sources.readStream(file, path.getName(), in, format, defaultDate, sink);
            }
        } catch (java.io.FileNotFoundException e) {
            sink.failure(new InputFailure(file, "no such file"));
        } catch (IOException | RuntimeException e) {
            sink.failure(new InputFailure(file, "cannot open: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /** The queue between the reader thread (an {@link ArticleSink}) and the task (an {@link Iterator}). */
    private static final class Handover implements ArticleSink, Iterator<Item> {
        private static final Item END = Item.failed(new InputFailure("", ""));
        private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean closed;
        private Item next;

        @Override
        public void article(Article article) {
            put(Item.of(article));
        }

        @Override
        public void failure(InputFailure failure) {
            put(Item.failed(failure));
        }

        @Override
        public void warning(InputFailure warning) {
            // kept as a warning on the executor's log, as ./entente code prints it on stderr: not a failure
            System.err.println("entente: " + warning.input() + ": warning: " + warning.reason());
        }

        void end() {
            put(END);
        }

        void close() {
            closed = true;
            queue.clear();
        }

        private void put(Item item) {
            try {
                while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the task is still coding what it took: wait for room
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
            if (closed && item != END) {
                throw new IllegalStateException("reading stopped: the task ended");
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading", e);
                }
            }
            return next != END;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Item item = next;
            next = null;
            return item;
        }
    }
}
