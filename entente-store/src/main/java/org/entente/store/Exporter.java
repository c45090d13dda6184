package org.entente.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.store.gdelt.GdeltExport;

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

    /** Exports with the default options (asserted events only, ids as stored). */
    public long export(Format format, String table, LocalDate from, LocalDate to, Path out) {
        return export(format, table, from, to, out, GdeltExport.Options.defaults());
    }

    /**
     * Exports; {@code table} only matters for parquet/csv (events, mentions, articles, actors), {@code options}
     * only for gdelt/mentions (modalities written, id base).
     */
    public long export(Format format, String table, LocalDate from, LocalDate to, Path out,
                       GdeltExport.Options options) {
        String options2 = switch (format) {
            case GDELT, MENTIONS -> "(FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')";
            case JSONL -> "(FORMAT json)";
            case PARQUET -> "(FORMAT parquet, COMPRESSION zstd)";
            case CSV -> "(FORMAT csv, HEADER true)";
        };
        boolean toStdout = out.toString().equals("-");
        // a file is written beside its name and moved into place when complete: an export killed half way never
        // leaves a truncated OUT that a reader would take for the whole store (only a hidden partial file). The
        // name keeps OUT's extension, from which DuckDB chooses compression (".gz")
        Path partial = toStdout ? null : out.toAbsolutePath().resolveSibling(".partial-" + out.getFileName());
        String target = toStdout ? "/dev/stdout" : partial.toString();
        long rows = store.read(c -> {
            if (format == Format.GDELT || format == Format.MENTIONS) {
                checkIds(c, options, from, to);
            }
            if (format == Format.GDELT) {
                GdeltExport.prepare(c);
            }
            String query = switch (format) {
                case GDELT -> GdeltExport.events(options, from, to);
                case MENTIONS -> GdeltExport.mentions(options, from, to);
                case JSONL -> jsonlMentions(from, to);
                case PARQUET, CSV -> table(table, from, to);
            };
            try (Statement s = c.createStatement()) {
                return (long) s.executeUpdate("COPY (" + query + ") TO '" + target.replace("'", "''") + "' "
                        + options2);
            }
        });
        if (partial != null) {
            moveIntoPlace(partial, out.toAbsolutePath());
        }
        return rows;
    }

    private static void moveIntoPlace(Path partial, Path out) {
        try {
            try {
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Dated events (and their reports) a GDELT export leaves out because of their modality: {events, mentions}. */
    public long[] leftOutByModality(LocalDate from, LocalDate to, GdeltExport.Options options) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(GdeltExport.leftOutByModality(options, from, to))) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        });
    }

    private static void checkIds(Connection c, GdeltExport.Options o, LocalDate from, LocalDate to)
            throws SQLException {
        if (o.idBase() < 0) {
            throw new IllegalArgumentException("--id-base must be 0 or more, not " + o.idBase());
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(GdeltExport.maxId(o, from, to))) {
            r.next();
            long max = r.getLong(1) + o.idBase();
            if (max > GdeltExport.MAX_ID) {
                throw new IllegalArgumentException("--id-base " + o.idBase() + " puts event ids up to " + max
                        + " past 2^31-1, which GDELT readers hold in a 32-bit integer");
            }
        }
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
        return GdeltExport.range(col, from, to);
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
                + " m.historical, m.said_by, m.pattern, m.event_id, a.outlet, a.url, a.title, a.language,"
                + " m.tone, a.tone AS doc_tone"
                + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE "
                + range("m.date", from, to) + " ORDER BY m.article_id, m.idx";
    }

    private static String table(String table, LocalDate from, LocalDate to) {
        String t = table == null ? "events" : table.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "events" -> "SELECT * EXCLUDE (words, lead) FROM events WHERE " + range("date", from, to) + " ORDER BY id";
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
