package org.entente.ingest;

/** Input formats of {@code --input-format}; AUTO sniffs the content, using the extension as a hint. */
public enum InputFormat {
    AUTO, TEXT, HTML, WARC, JSONL, FEED
}
