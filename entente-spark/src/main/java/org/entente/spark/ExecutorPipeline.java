package org.entente.spark;

import org.entente.pipeline.Pipeline;

/**
 * The one {@link Pipeline} of an executor JVM, built by the first task that needs it and shared by every task
 * after (building one takes seconds and ~84 MB, so never one per partition). The pipeline is thread-safe: the
 * executor's task threads code with it at once, as the ingest's workers do.
 */
final class ExecutorPipeline {
    private static Pipeline pipeline;
    private static UserDictionaries builtWith;
    private static int builds;

    private ExecutorPipeline() {
    }

    /** The JVM's pipeline for {@code dictionaries}; a job with other dictionaries (a new job in a reused JVM) rebuilds it. */
    static synchronized Pipeline get(UserDictionaries dictionaries) {
        if (pipeline == null || !dictionaries.equals(builtWith)) {
            pipeline = Pipeline.standard(dictionaries.localActors(), dictionaries.localPatterns());
            builtWith = dictionaries;
            builds++;
        }
        return pipeline;
    }

    /** How many pipelines this JVM has built (the test checks there is one per JVM, not one per partition). */
    static synchronized int builds() {
        return builds;
    }
}
