package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of an Entente store. Plain columns (no nested types) so that exports, SQL users and
 * other tools read them without knowing Entente. Only {@code articles.id} is a key: idempotence hangs on it.
 * Other tables carry no index because DuckDB's zone maps and scans are faster than ART indexes for
 * the analytic queries the store answers, and indexes slow every insert.
 */
final class Schema {
    static final int VERSION = 1;

    private static final String[] DDL = {
        """
        CREATE TABLE IF NOT EXISTS store_meta(key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS runs(run_id INTEGER, started TIMESTAMP, entente VARCHAR,
            actors VARCHAR, coder VARCHAR, inputs VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS articles(id VARCHAR PRIMARY KEY, name VARCHAR, url VARCHAR, outlet VARCHAR,
            title VARCHAR, date DATE, author VARCHAR, language VARCHAR, text VARCHAR, meta VARCHAR,
            ingested TIMESTAMP, run_id INTEGER)""",
        """
        CREATE TABLE IF NOT EXISTS actor_mentions(article_id VARCHAR, idx INTEGER, sentence INTEGER,
            start_char INTEGER, end_char INTEGER, first_token INTEGER, last_token INTEGER, text VARCHAR,
            code VARCHAR, country VARCHAR, role VARCHAR, entity VARCHAR, kind VARCHAR, confidence DOUBLE,
            dictionary VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS event_mentions(article_id VARCHAR, idx INTEGER, article VARCHAR, date DATE,
            source VARCHAR, target VARCHAR, source_country VARCHAR, target_country VARCHAR, code VARCHAR,
            root VARCHAR, quad TINYINT, goldstein DOUBLE, plover VARCHAR, modality VARCHAR, sentence INTEGER,
            text VARCHAR, span_start INTEGER, span_end INTEGER, source_start INTEGER, source_end INTEGER,
            verb_start INTEGER, verb_end INTEGER, target_start INTEGER, target_end INTEGER,
            location_country VARCHAR, location_place VARCHAR, historical BOOLEAN, said_by VARCHAR,
            pattern VARCHAR, event_id BIGINT)""",
        // one row per resolved event; src_key/tgt_key = country if known, else the actor code (IGOs)
        """
        CREATE TABLE IF NOT EXISTS events(id BIGINT, date DATE, source VARCHAR, target VARCHAR,
            source_country VARCHAR, target_country VARCHAR, src_key VARCHAR, tgt_key VARCHAR,
            country_pair VARCHAR, actor_pair VARCHAR, code VARCHAR, root VARCHAR, quad TINYINT,
            goldstein DOUBLE, plover VARCHAR, modality VARCHAR, historical BOOLEAN, location_country VARCHAR,
            location_place VARCHAR, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
            first_seen DATE, last_seen DATE, added TIMESTAMP, updated TIMESTAMP, article_id VARCHAR,
            sentence INTEGER, text VARCHAR, words VARCHAR, outlets VARCHAR[])""",
        // issue 17: the feed watcher's state (org.entente.ingest.watch.WatchLedger), kept with the articles so that
        // a restart neither fetches an item again nor loses one. One row per feed: its validators (saved only
        // after a good parse), its adapted interval and when it is due, its last outcome.
        """
        CREATE TABLE IF NOT EXISTS watch_feeds(url VARCHAR PRIMARY KEY, kind VARCHAR, title VARCHAR, etag VARCHAR,
            last_modified VARCHAR, interval_s DOUBLE, next_poll TIMESTAMP, last_poll TIMESTAMP, last_status VARCHAR,
            last_error VARCHAR, failures INTEGER, polls INTEGER, items_seen BIGINT, items_new BIGINT)""",
        // one row per feed item: pending until its page is coded and stored (in the article's own transaction),
        // found to repeat an article already stored, refused by robots.txt, or given up on
        """
        CREATE TABLE IF NOT EXISTS watch_items(item VARCHAR PRIMARY KEY, feed VARCHAR, guid VARCHAR, url VARCHAR,
            title VARCHAR, published TIMESTAMP, status VARCHAR, article_id VARCHAR, attempts INTEGER,
            reason VARCHAR, first_seen TIMESTAMP, updated TIMESTAMP, next_try TIMESTAMP)""",
        // every key an item is known by (guid:, url:, canonical:, hash: + value): the exactly-once look-up
        """
        CREATE TABLE IF NOT EXISTS watch_keys(key VARCHAR PRIMARY KEY, item VARCHAR)""",
    };


    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        for (String ddl : Rollups.DDL) {
                s.execute(ddl);
            }
            ColumnAdditions.apply(c); // every column added after the first release, in the order added
            s.execute("INSERT INTO store_meta VALUES ('schema', '" + VERSION + "') ON CONFLICT DO NOTHING");
        }
    }
}
