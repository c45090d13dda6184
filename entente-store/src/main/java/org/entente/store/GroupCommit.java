package org.entente.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store writer's group commit, in one place so that {@code entente ingest} ({@link Ingester}) and
 * {@code entente bench} batch the same way and the bench measures what ingest does.
 *
 * <p>A batch is committed once it holds {@link #BATCH} articles, or when the oldest of them has waited
 * {@link #MAX_WAIT}, or at the end. Each commit costs DuckDB a WAL sync and a dozen statements (~20 ms on a
 * quiet 2-core machine, 100-150 ms on a loaded one), so committing whenever the queue ran dry (as an earlier
 * writer did) meant about one commit per article once the writer was faster than the coders. Readers see an
 * article at most ~MAX_WAIT after it was coded; a crash loses at most the open batch, which a rerun writes again.
 */
public final class GroupCommit {
    public static final int BATCH = 64;
    public static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private GroupCommit() {
    }

    /**
     * Takes items from {@code queue} until {@code end} arrives, turns each into a batch element with
     * {@code element} (null leaves the item out, e.g. an article whose coding failed) and hands each due batch to
     * {@code commit} (the list is cleared afterwards: copy what must outlive the call). {@code afterEach} runs
     * after every item taken or wait that timed out, committed or not (ingest lets a waiting process take the
     * file there). Returns when {@code end} was taken and the last batch committed; an interrupt ends the loop
     * at once, leaving the open batch uncommitted.
     */
    public static <J, T> void run(BlockingQueue<J> queue, J end, Function<J, T> element, Consumer<List<T>> commit,
                                  Runnable afterEach) throws InterruptedException {
        List<T> batch = new ArrayList<>(BATCH);
        long deadline = 0;
        boolean done = false;
        while (!done) {
            long wait = deadline - System.nanoTime();
            // an empty batch has no deadline: wait for its first item; else wait at most until the batch is due
            J item = batch.isEmpty() ? queue.take() : wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
            if (item == end) {
                done = true;
            } else if (item != null) {
                T t = element.apply(item);
                if (t != null) {
                    if (batch.isEmpty()) {
                        deadline = System.nanoTime() + MAX_WAIT.toNanos();
                    }
                    batch.add(t);
                }
            }
            if (!batch.isEmpty() && (done || batch.size() >= BATCH || System.nanoTime() >= deadline)) {
                commit.accept(batch);
                batch.clear();
            }
            afterEach.run();
        }
    }
}
