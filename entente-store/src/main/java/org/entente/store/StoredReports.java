package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.ingest.Article;
import org.entente.ingest.Sources;

/**
 * What the store already holds of a batch of articles, in one query per chunk of the batch:
 * <ul>
 *   <li>which of them are stored: by id, or — for stores written before ids hashed the publisher — as the row whose
 *       id is the text's hash and whose publisher is the same (so re-reading old input into an old store still adds
 *       nothing);</li>
 *   <li>which other stored articles carry the same input id (a JSONL {@code id} used twice for different texts):
 *       both are kept, and the writer names the collision.</li>
 * </ul>
 */
final class StoredReports {
    /** Ids of the batch already stored; for each JSONL article, the ids of other stored articles under its name. */
    record Found(Set<String> stored, Map<String, Set<String>> sameName) {
    }

    private StoredReports() {
    }

    /** Input ids are only worth comparing when the input gave them (a JSONL id); file names repeat by nature. */
    static boolean namedByInput(Article a) {
        return "jsonl".equals(a.meta().get("format"));
    }

    static Found find(Connection c, List<Article> batch) throws SQLException {
        Set<String> stored = new HashSet<>();
        Map<String, Set<String>> sameName = new HashMap<>();
        for (int from = 0, chunk; from < batch.size(); from += chunk) {
            chunk = StoreWriter.chunk(batch.size() - from, 64);
            List<Article> part = batch.subList(from, from + chunk);
            for (Row r : rows(c, part)) {
                for (Article a : part) {
                    if (r.id.equals(a.id()) || sameReportStoredBefore(r, a)) {
                        stored.add(a.id());
                    } else if (namedByInput(a) && a.name().equals(r.name)) {
                        sameName.computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(r.id);
                    }
                }
            }
        }
        return new Found(stored, sameName);
    }

    /** A row from before ids hashed the publisher: its id is the text's hash, and it came from the same publisher. */
    private static boolean sameReportStoredBefore(Row r, Article a) {
        return r.textId == null && r.id.equals(Sources.contentId(a.text()))
                && Objects.equals(Sources.publisher(r.url, r.outlet), Sources.publisher(a.url(), a.outlet()));
    }

    private record Row(String id, String name, String url, String outlet, String textId) {
    }

    private static List<Row> rows(Connection c, List<Article> part) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Article a : part) {
            ids.add(a.id());
            ids.add(Sources.contentId(a.text()));
            names.add(namedByInput(a) ? a.name() : null);
        }
        String idMarks = String.join(",", Collections.nCopies(ids.size(), "?"));
        String nameMarks = String.join(",", Collections.nCopies(names.size(), "?"));
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, url, outlet, text_id FROM articles"
                + " WHERE id IN (" + idMarks + ") OR name IN (" + nameMarks + ")")) {
            int i = 1;
            for (String id : ids) {
                ps.setString(i++, id);
            }
            for (String name : names) {
                ps.setString(i++, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }
}
