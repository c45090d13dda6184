package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store from an older build gets the columns added since when this build opens it; a current one keeps its own. */
class ColumnAdditionsTest {
    @TempDir
    Path dir;

    @Test
    void anOlderStoreGetsEveryColumnItLacks() {
        try (Store s = Store.open(dir)) {
            // as a build before the last three additions left it (the newest column is the one the open checks first)
            s.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE events DROP COLUMN lead");
                    st.execute("ALTER TABLE articles DROP COLUMN text_id");
                    st.execute("ALTER TABLE event_mentions DROP COLUMN target_name");
                }
                return null;
            });
            assertEquals(0, columns(s, "articles", "text_id"));
        }
        try (Store s = Store.open(dir)) {
            assertEquals(1, columns(s, "articles", "text_id"));
            assertEquals(1, columns(s, "event_mentions", "target_name"));
            assertEquals(1, columns(s, "events", "lead"));
        }
    }

    @Test
    void aCurrentStoreOpensWithItsColumnsUnchanged() {
        long before;
        try (Store s = Store.open(dir)) {
            before = allColumns(s);
        }
        try (Store s = Store.open(dir)) {
            assertEquals(before, allColumns(s));
            assertEquals(1, columns(s, "articles", "text_id"));
        }
    }

    private static long columns(Store s, String table, String column) {
        return s.read(c -> {
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM"
                    + " information_schema.columns WHERE table_name = '" + table + "' AND column_name = '" + column
                    + "'")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static long allColumns(Store s) {
        return s.read(c -> {
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM"
                    + " information_schema.columns WHERE table_schema = 'main'")) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
