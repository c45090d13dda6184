package org.entente.ingest;

/** Receives articles as they are read, one at a time, so a crawl of millions never sits in memory. */
public interface ArticleSink {
    void article(Article article);

    void failure(InputFailure failure);

    /**
     * Something in an input that was kept but not as written (an unreadable date stored as none): the article
     * still comes, and this names the input and what was set aside. Printed on stderr unless a sink says otherwise.
     */
    default void warning(InputFailure warning) {
        System.err.println("entente: " + warning.input() + ": warning: " + warning.reason());
    }
}
