package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.events.model.Modality;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's per-version cache (change ranking, statistics, pair series): one computation for many clients at once,
 * and never an answer the store has outgrown.
 */
class VersionedCacheTest {
    @TempDir
    Path dir;

    @Test
    void clientsAskingTogetherShareOneComputation() throws Exception {
        VersionedCache<String, Integer> cache = new VersionedCache<>(4);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        List<Integer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                answers.add(cache.get("v1", "changes", () -> {
                    Thread.sleep(200);
                    return runs.incrementAndGet();
                }));
            });
            t.start();
            clients.add(t);
        }
        start.countDown();
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(1, runs.get());
        assertEquals(20, answers.size());
        assertEquals(Set.of(1), Set.copyOf(answers));
        assertEquals(2, cache.get("v2", "changes", runs::incrementAndGet), "a new store version computes again");
    }

    @Test
    void aFailureIsNotKept() {
        VersionedCache<String, Integer> cache = new VersionedCache<>(4);
        assertThrows(IllegalArgumentException.class, () -> cache.get("v", "k", () -> {
            throw new IllegalArgumentException("no");
        }));
        assertEquals(7, cache.get("v", "k", () -> 7));
    }

    @Test
    void theChangeRankingFollowsTheStoreAsItGrows() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        WebData.ChangeQuery q = new WebData.ChangeQuery(null, 3, Set.of(Modality.ASSERTED), 20);
        Store store = Fixture.build(dir.resolve("db"));
        try (StoreData served = new StoreData(store, true)) {
            String before = json.writeValueAsString(served.changes(q));
            long articles = served.stats().articles();
            WebData.RelationQuery pair = new WebData.RelationQuery("ITA", "ESP", null, null, "month",
                    Set.of(Modality.ASSERTED));
            long pairEvents = served.relations(pair).events();
            assertEquals(before, json.writeValueAsString(served.changes(q)), "the same store, the same answer");
            StoreWriter w = StoreWriter.start(store, Resolution.standard(), "t", "cache", "cache", "test");
            Fixture.Builder b = new Fixture.Builder("rome-madrid-rift", "2024-04-12", "Rome and Madrid quarrel",
                    "Rome accused Madrid of breaking the fishing accord.");
            b.actor(0, "Rome", "ITA").actor(0, "Madrid", "ESP");
            b.event(0, "Rome", "accused", "Madrid", "ITA", "ESP", "112", 3, -2.0, Modality.ASSERTED);
            w.write(b.coded());
            String after = json.writeValueAsString(served.changes(q));
            assertNotEquals(before, after, "a new event in the window changes the ranking");
            assertEquals(articles + 1, served.stats().articles(), "the statistics follow the store");
            assertEquals(pairEvents + 1, served.relations(pair).events(), "the pair's series follows the store");
            try (StoreData fresh = new StoreData(store, false)) {
                assertEquals(json.writeValueAsString(fresh.changes(q)), after, "the served answer is the store's");
            }
        }
    }
}
