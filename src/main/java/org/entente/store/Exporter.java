package org.entente.store;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes the store out through DuckDB's COPY: the GDELT 2.0 Event and Mentions layouts (tab-separated, no header,
 * columns in GDELT's order so existing GDELT tooling reads them unchanged), JSON Lines of event mentions in the
 * {@code entente code} shape, and Parquet/CSV of any table.
 */
public final class Exporter {
    public enum Format { GDELT, MENTIONS, JSONL, PARQUET, CSV }

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    /** Exports; {@code table} only matters for parquet/csv (events, mentions, articles, actors). */
    public long export(Format format, String table, LocalDate from, LocalDate to, Path out) {
        String query = switch (format) {
            case GDELT -> gdeltEvents(from, to);
            case MENTIONS -> gdeltMentions(from, to);
            case JSONL -> jsonlMentions(from, to);
            case PARQUET, CSV -> table(table, from, to);
        };
        String options = switch (format) {
            case GDELT, MENTIONS -> "(FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')";
            case JSONL -> "(FORMAT json)";
            case PARQUET -> "(FORMAT parquet, COMPRESSION zstd)";
            case CSV -> "(FORMAT csv, HEADER true)";
        };
        String target = out.toString().equals("-") ? "/dev/stdout" : out.toAbsolutePath().toString();
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                return (long) s.executeUpdate("COPY (" + query + ") TO '" + target.replace("'", "''") + "' " + options);
            }
        });
    }

    /**
     * Events a GDELT export leaves out because they have no date (GDELT rows need one): an article without a date
     * whose text dates nothing. Only without a date range, which undated events never fall in anyway.
     */
    public long undatedEvents(LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            return 0;
        }
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE date IS NULL")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static String range(String col, LocalDate from, LocalDate to) {
        StringBuilder sb = new StringBuilder("TRUE");
        if (from != null) {
            sb.append(" AND ").append(col).append(" >= DATE '").append(from).append('\'');
        }
        if (to != null) {
            sb.append(" AND ").append(col).append(" <= DATE '").append(to).append('\'');
        }
        return sb.toString();
    }

    /** Field text safe in a tab-separated file: no tabs or line breaks. */
    private static String clean(String expr) {
        return "coalesce(regexp_replace(" + expr + ", '[\\t\\r\\n]+', ' ', 'g'), '')";
    }

    private static String actorBlock(String code, String country, String start, String end) {
        // a role of no named country ("---REB", unnamed insurgents) is written as GDELT writes one: code and type
        // "REB", no country; IGOs, NGOs and militant movements carry their name as the known group
        String role = "CASE WHEN (" + country + " IS NOT NULL AND starts_with(" + code + ", " + country + "))"
                + " OR starts_with(" + code + ", '---') THEN nullif(substr(" + code + ", 4, 3), '') END";
        String group = "CASE WHEN substr(" + code + ", 1, 3) IN ('IGO', 'NGO', 'IMG') THEN substr(" + code + ", 4)"
                + " END";
        code = "CASE WHEN starts_with(" + code + ", '---') THEN substr(" + code + ", 4) ELSE " + code + " END";
        String name = "upper(substr(a.text, f." + start + " + 1, f." + end + " - f." + start + "))";
        return String.join(", ", clean(code), clean(name), clean(country), clean(group), "''", "''", "''",
                clean(role), "''", "''");
    }

    private static final String EMPTY_GEO = "0, '', '', '', '', '', '', ''";

    private static String gdeltEvents(LocalDate from, LocalDate to) {
        String geoType = "CASE WHEN e.location_place IS NOT NULL THEN 4 WHEN e.location_country IS NOT NULL THEN 1"
                + " ELSE 0 END";
        String geoName = clean("coalesce(e.location_place, e.location_country)");
        // the first report of the event (in its first article) names the actors, from its evidence spans
        return "WITH f AS (SELECT m.event_id, m.sentence, m.source_start, m.source_end, m.target_start, m.target_end"
                + " FROM event_mentions m JOIN events e ON m.event_id = e.id AND m.article_id = e.article_id"
                + " QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY m.idx) = 1)"
                + " SELECT e.id, strftime(e.date, '%Y%m%d'), strftime(e.date, '%Y%m'), year(e.date),"
                + " round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4), "
                + actorBlock("e.source", "e.source_country", "source_start", "source_end") + ", "
                + actorBlock("e.target", "e.target_country", "target_start", "target_end") + ", "
                + " CASE WHEN e.sentence < 3 THEN 1 ELSE 0 END, e.code, substr(e.code, 1, 3), e.root, e.quad,"
                + " e.goldstein, e.num_mentions, e.num_sources, e.num_articles, 0, "
                + EMPTY_GEO + ", " + EMPTY_GEO + ", " + geoType + ", " + geoName + ", " + clean("e.location_country")
                + ", '', '', '', '', '', strftime(e.added, '%Y%m%d%H%M%S'), " + clean("coalesce(a.url, a.name)")
                + " FROM events e LEFT JOIN f ON f.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id"
                + " WHERE e.date IS NOT NULL AND " + range("e.date", from, to) + " ORDER BY e.id";
    }

    private static String gdeltMentions(LocalDate from, LocalDate to) {
        return "SELECT m.event_id, strftime(e.date, '%Y%m%d') || '000000',"
                + " strftime(coalesce(a.date, CAST(a.ingested AS DATE)), '%Y%m%d') || '000000', 1, "
                + clean("coalesce(a.outlet, '')") + ", " + clean("coalesce(a.url, a.name)")
                + ", m.sentence + 1, coalesce(m.source_start, -1), coalesce(m.target_start, -1),"
                + " coalesce(m.verb_start, -1), 1, CASE m.modality WHEN 'asserted' THEN 100 ELSE 50 END,"
                + " length(a.text), 0, '', ''"
                + " FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id"
                + " WHERE e.date IS NOT NULL AND " + range("e.date", from, to) + " ORDER BY m.event_id, m.article_id, m.idx";
    }

    private static String span(String s, String e) {
        return "CASE WHEN " + s + " IS NULL THEN NULL ELSE [" + s + ", " + e + "] END";
    }

    private static String jsonlMentions(LocalDate from, LocalDate to) {
        return "SELECT m.article, m.article_id, m.date, m.source, m.target, m.source_country, m.target_country,"
                + " m.code, m.root, m.quad, m.goldstein, m.plover, m.modality, m.sentence, m.text,"
                + " [m.span_start, m.span_end] AS span, {'source': " + span("m.source_start", "m.source_end")
                + ", 'verb': " + span("m.verb_start", "m.verb_end") + ", 'target': "
                + span("m.target_start", "m.target_end") + "} AS evidence,"
                + " CASE WHEN m.location_country IS NULL AND m.location_place IS NULL THEN NULL ELSE"
                + " {'country': m.location_country, 'place': m.location_place} END AS location,"
                + " m.historical, m.said_by, m.pattern, m.event_id, a.outlet, a.url, a.title"
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE "
                + range("m.date", from, to) + " ORDER BY m.article_id, m.idx";
    }

    private static String table(String table, LocalDate from, LocalDate to) {
        String t = table == null ? "events" : table.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "events" -> "SELECT * EXCLUDE (words) FROM events WHERE " + range("date", from, to) + " ORDER BY id";
            case "mentions" -> "SELECT * FROM event_mentions WHERE " + range("date", from, to)
                    + " ORDER BY article_id, idx";
            case "articles" -> "SELECT * FROM articles WHERE " + range("date", from, to) + " ORDER BY id";
            case "actors" -> "SELECT m.* FROM actor_mentions m JOIN articles a ON a.id = m.article_id WHERE "
                    + range("a.date", from, to) + " ORDER BY m.article_id, m.idx";
            default -> throw new IllegalArgumentException("unknown table '" + table
                    + "' (events, mentions, articles, actors)");
        };
    }
}
