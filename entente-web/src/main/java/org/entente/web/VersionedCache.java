package org.entente.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Answers kept for as long as the store does not change: each request names the store's current version, and a
 * new version empties the cache. Requests for the same key at once wait for one computation instead of each
 * running it: under load (50 dashboard clients) the change ranking, ~1 s alone, was asked for by many clients
 * together and each ran it, so they all queued past a minute. At most {@code max} keys, least recently used out.
 */
final class VersionedCache<K, V> {
    private final int max;
    private final Map<K, FutureTask<V>> entries;
    private String version;

    VersionedCache(int max) {
        this.max = max;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > VersionedCache.this.max;
            }
        };
    }

    V get(String currentVersion, K key, Callable<V> compute) {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (this) {
            if (!currentVersion.equals(version)) {
                entries.clear();
                version = currentVersion;
            }
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(compute);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            forget(key, task);   // a failure is not kept: the next request tries again
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private synchronized void forget(K key, FutureTask<V> task) {
        entries.remove(key, task);
    }
}
