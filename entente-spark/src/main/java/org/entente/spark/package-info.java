/**
 * The Spark job ({@code ./entente spark}, DESIGN.md §3): the coder over inputs on any Hadoop file system, one
 * {@link org.entente.pipeline.Pipeline} per executor JVM (each article within the ingest's time limit), Parquet of
 * the store's articles and event_mentions tables out, and GDELT files through the store's exporter. Tables of
 * articles (Parquet, CSV, TSV) come in through Spark's own readers. Spark is a {@code provided} dependency:
 * nothing outside this package (and the command that starts it) loads a Spark class, so {@code ./entente}'s other
 * commands run without Spark on the classpath.
 */
package org.entente.spark;
