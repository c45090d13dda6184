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
        // issue 18 (session 10): the MinHash sketch of the lead words of the event's first article (Sketch)
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS lead VARCHAR",
    };

    private ColumnAdditions() {
    }

    static void apply(Connection c) throws SQLException {
        if (hasNewest(c)) {
            return;
        }
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
                if (!have.contains(tableOf(ddl) + "." + columnOf(ddl))) {
                    s.execute(ddl);
                }
            }
        }
    }

    /**
     * Whether the store has the newest added column, and with it every other: additions are applied in their order
     * and never removed, so a store that has the last one was brought up to date by a build that knew them all. A
     * query that names the column is only bound, not run; the catalogue listing {@link #apply} reads otherwise costs
     * ~20 ms of CPU and, on a loaded machine, a few hundred ms of wall time on every open of a current store (a
     * tenth of a 1,000-article export). Only in auto-commit: a failed statement would abort an open transaction.
     */
    private static boolean hasNewest(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            return false;
        }
        String newest = ADDED[ADDED.length - 1];
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT " + columnOf(newest) + " FROM " + tableOf(newest) + " LIMIT 0").close();
            return true;
        } catch (SQLException e) {
            return false; // the column is missing (a store from an older build): add what it lacks
        }
    }

    // ALTER TABLE <table> ADD COLUMN IF NOT EXISTS <column> <type>
    private static String tableOf(String ddl) {
        return ddl.split(" ")[2];
    }

    private static String columnOf(String ddl) {
        return ddl.split(" ")[8];
    }
}
