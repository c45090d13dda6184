package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Columns added to the tables of {@link Schema} after stores were already in use, in the order they were added.
 * Each is an {@code ALTER TABLE ... ADD COLUMN IF NOT EXISTS}, checked on every open: a new store gets them right after
 * its tables are created, an existing one when it is first opened by this version (old rows read NULL), so both
 * end with the same column order, which the writer's Appender rows rely on. Never reorder or remove a line: add.
 */
final class ColumnAdditions {
    private static final String[] ADDED = {
        // issue 18: resolution's evidence: the story names and the people on each side of an event, and why each
        // report joined its event
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS names VARCHAR",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS src_entity VARCHAR",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS tgt_entity VARCHAR",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS resolution_score DOUBLE",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS resolution VARCHAR",
        // issue 16: event locations from the gazetteer (Location's division, ADM1 code, coordinates, feature id)
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS location_division VARCHAR",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS location_adm1 VARCHAR",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS location_lat DOUBLE",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS location_lon DOUBLE",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS location_feature_id VARCHAR",
        // issue 16: tone of the mention's sentence, and of the whole article with its word count
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS tone DOUBLE",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tone DOUBLE",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS word_count INTEGER",
        // issue 16: the dictionary names of the mention's actors (GDELT's Actor1Name / Actor2Name)
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS source_name VARCHAR",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS target_name VARCHAR",
        // issue 19: the hash of the text alone, shared by the syndicated copies of one text (ids hash the publisher
        // too); NULL on rows stored before, whose id was the text's hash
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS text_id VARCHAR",
    };

    private ColumnAdditions() {
    }

    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // one look at the catalogue: a store that has every column is not touched (no DDL on each open)
            java.util.Set<String> have = new java.util.HashSet<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name"
                    + " FROM information_schema.columns WHERE table_schema = 'main'")) {
                while (rs.next()) {
                    have.add(rs.getString(1));
                }
            }
            for (String ddl : ADDED) {
                String[] w = ddl.split(" ");
                // ALTER TABLE <table> ADD COLUMN IF NOT EXISTS <column> <type>
                if (!have.contains(w[2] + "." + w[8])) {
                    s.execute(ddl);
                }
            }
        }
    }
}
