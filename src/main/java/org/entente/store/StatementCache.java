package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Prepared statements reused for a whole batch: preparing costs DuckDB more than executing a one-row insert. */
final class StatementCache implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> cache = new HashMap<>();

    StatementCache(Connection c) {
        this.c = c;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : cache.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection frees it anyway
            }
        }
        cache.clear();
    }
}
