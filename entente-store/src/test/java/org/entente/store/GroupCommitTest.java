package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The batching that ingest and bench share: full batches, the end, left-out items, the wait limit. */
class GroupCommitTest {
    private static final Integer END = Integer.MIN_VALUE; // compared by identity, like the writers' END markers

    @Test
    void commitsFullBatchesThenTheRestAtTheEnd() throws Exception {
        BlockingQueue<Integer> q = new LinkedBlockingQueue<>();
        for (int i = 0; i < 2 * GroupCommit.BATCH + 5; i++) {
            q.add(i);
        }
        q.add(END);
        List<List<Integer>> commits = new ArrayList<>();
        int[] steps = {0};
        GroupCommit.run(q, END, i -> i % 10 == 3 ? null : i, b -> commits.add(List.copyOf(b)), () -> steps[0]++);
        List<Integer> all = commits.stream().flatMap(List::stream).toList();
        int kept = (int) java.util.stream.IntStream.range(0, 2 * GroupCommit.BATCH + 5).filter(i -> i % 10 != 3).count();
        assertEquals(kept, all.size(), "every item not left out is committed once");
        assertTrue(all.stream().noneMatch(i -> i % 10 == 3), "items mapped to null are left out");
        assertEquals(all.stream().sorted().toList(), all, "in queue order");
        assertEquals(List.of(GroupCommit.BATCH, kept - GroupCommit.BATCH), commits.stream().map(List::size).toList(),
                "a commit per full batch, then the rest at the end");
        assertTrue(steps[0] >= 2 * GroupCommit.BATCH + 6, "afterEach runs after every item taken, the end included");
    }

    @Test
    void commitsAWaitingBatchBeforeTheEnd() throws Exception {
        BlockingQueue<Integer> q = new LinkedBlockingQueue<>();
        List<List<Integer>> commits = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                GroupCommit.run(q, END, i -> i, b -> commits.add(List.copyOf(b)), () -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        q.add(1);
        q.add(2);
        // no more items and no end: the batch is committed once its first item has waited MAX_WAIT
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (commits.isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertEquals(List.of(List.of(1, 2)), commits);
        q.add(END);
        writer.join(60_000);
        assertEquals(List.of(List.of(1, 2)), commits, "the end commits nothing when the batch is empty");
    }
}
