/**
 * The Spark job ({@code ./entente spark}, DESIGN.md §3): the coder over inputs on any Hadoop file system, one
 * {@link org.entente.pipeline.Pipeline} per executor JVM, Parquet of the store's articles and event_mentions
 * tables out. Spark is a {@code provided} dependency: nothing outside this package (and the command that starts
 * it) loads a Spark class, so {@code ./entente}'s other commands run without Spark on the classpath.
 */
package org.entente.spark;
