package org.entente.ingest;

/** Receives articles as they are read, one at a time, so a crawl of millions never sits in memory. */
public interface ArticleSink {
    void article(Article article);

    void failure(InputFailure failure);
}
