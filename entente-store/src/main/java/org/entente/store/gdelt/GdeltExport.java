package org.entente.store.gdelt;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The GDELT 2.0 Event (61 columns) and Mentions (16 columns) exports as SQL over an Entente store, field by field as
 * the GDELT 2.0 codebooks define them. Values that need more than SQL (FIPS codes, country names, actor code parsing,
 * dictionary names) go into TEMP tables of the export's connection first ({@link #prepare}); the queries join them.
 * What stays different from GDELT on purpose is listed in docs/store.md ("Exports").
 */
public final class GdeltExport {
    /** What to export: the modalities written (GDELT has no modality column) and the offset added to event ids. */
    public record Options(Set<String> modalities, long idBase) {
        public static final Set<String> ASSERTED = Set.of("asserted");

        public Options {
            modalities = modalities == null || modalities.isEmpty() ? ASSERTED : Set.copyOf(modalities);
        }

        public static Options defaults() {
            return new Options(ASSERTED, 0);
        }
    }

    /** GDELT ids are 32-bit signed integers in most readers: {@code id + idBase} must stay below 2^31. */
    public static final long MAX_ID = (1L << 31) - 1;

    private GdeltExport() {
    }

    /**
     * Fills the TEMP tables the Event query joins: FIPS codes and country names, parsed actor codes. (Actor names
     * are stored with each mention at ingest, from the dictionary row it matched: {@link GdeltNames#forSpan}.)
     */
    public static void prepare(Connection c) throws SQLException {
        GdeltCountries countries = GdeltCountries.standard();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE gdelt_country(iso3 VARCHAR, fips VARCHAR, name VARCHAR,"
                    + " lat DOUBLE, lon DOUBLE)");
            s.execute("CREATE OR REPLACE TEMP TABLE gdelt_actor(code VARCHAR, actor VARCHAR, country VARCHAR,"
                    + " grp VARCHAR, ethnic VARCHAR, rel1 VARCHAR, rel2 VARCHAR, type1 VARCHAR, type2 VARCHAR,"
                    + " type3 VARCHAR)");
        }
        List<Object[]> rows = new ArrayList<>();
        for (String iso3 : countries.countries()) {
            double[] centre = countries.centre(iso3);
            rows.add(new Object[] {iso3, countries.fips(iso3), countries.name(iso3),
                centre == null ? null : centre[0], centre == null ? null : centre[1]});
        }
        append(c, "gdelt_country", rows);
        rows.clear();
        for (String code : strings(c, "SELECT DISTINCT source FROM events WHERE source IS NOT NULL"
                + " UNION SELECT DISTINCT target FROM events WHERE target IS NOT NULL")) {
            GdeltActor a = GdeltActor.parse(code, countries::isPlace);
            rows.add(new Object[] {code, a.code(), a.countryCode(), a.knownGroupCode(), a.ethnicCode(),
                a.religion1Code(), a.religion2Code(), a.type1Code(), a.type2Code(), a.type3Code()});
        }
        append(c, "gdelt_actor", rows);
        rows.clear();
    }

    /**
     * Fills a TEMP table through DuckDB's Appender (row-by-row INSERTs through JDBC cost about a millisecond each:
     * more than the whole export of a thousand articles).
     */
    private static void append(Connection c, String table, List<Object[]> rows) throws SQLException {
        try (DuckDBAppender ap = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", table)) {
            for (Object[] row : rows) {
                ap.beginRow();
                for (Object v : row) {
                    if (v == null) {
                        ap.appendNull();
                    } else if (v instanceof Double d) {
                        ap.append(d);
                    } else {
                        ap.append((String) v);
                    }
                }
                ap.endRow();
            }
        }
    }

    /** The 61 Event columns of every dated event of the chosen modalities, by id. */
    public static String events(Options o, LocalDate from, LocalDate to) {
        // the first report of the event (in its first article) names the actors
        return "WITH f AS (SELECT m.event_id, m.article_id, m.source_start, m.source_end, m.target_start,"
                + " m.target_end, m.source_name, m.target_name FROM event_mentions m JOIN events e"
                + " ON m.event_id = e.id AND m.article_id = e.article_id"
                + " QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY m.idx) = 1),"
                // the event's place as the gazetteer resolved it, from its first report that names the same place
                + " g AS (SELECT m.event_id, m.location_division, m.location_adm1, m.location_lat, m.location_lon,"
                + " m.location_feature_id FROM event_mentions m JOIN events e ON e.id = m.event_id"
                + " AND m.location_place IS NOT DISTINCT FROM e.location_place"
                + " AND m.location_country IS NOT DISTINCT FROM e.location_country"
                + " WHERE m.location_lat IS NOT NULL OR m.location_adm1 IS NOT NULL OR m.location_division IS NOT NULL"
                + " QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY m.article_id, m.idx) = 1),"
                // AvgTone: the mean tone of the articles that report the event (GDELT: of all its documents)
                + " t AS (SELECT d.event_id, avg(a.tone) AS tone FROM (SELECT DISTINCT event_id, article_id"
                + " FROM event_mentions) d JOIN articles a ON a.id = d.article_id GROUP BY d.event_id)"
                + " SELECT e.id + " + o.idBase() + ", strftime(e.date, '%Y%m%d'), strftime(e.date, '%Y%m'), year(e.date),"
                // as real GDELT files compute it (every month 30 days), not the codebook's day-of-year text
                + " round(year(e.date) + ((month(e.date) - 1) * 30 + day(e.date)) / 365.0, 4), "
                + actorColumns("a1", "f.source_name", "f.source_start", "f.source_end") + ", "
                + actorColumns("a2", "f.target_name", "f.target_start", "f.target_end") + ", "
                + " CASE WHEN e.sentence < 3 THEN 1 ELSE 0 END, e.code, substr(e.code, 1, 3), e.root, e.quad,"
                + " e.goldstein, e.num_mentions, e.num_sources, e.num_articles, round(t.tone, 4), "
                + actorGeo("e.source_country", "c1") + ", " + actorGeo("e.target_country", "c2") + ", "
                + String.join(", ", actionGeo()) + ", "
                + " strftime(time_bucket(INTERVAL 15 MINUTE, e.added), '%Y%m%d%H%M%S'), "
                + clean("coalesce(a.url, a.name)")
                + " FROM events e LEFT JOIN f ON f.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id"
                + " LEFT JOIN gdelt_actor a1 ON a1.code = e.source LEFT JOIN gdelt_actor a2 ON a2.code = e.target"
                + " LEFT JOIN g ON g.event_id = e.id LEFT JOIN t ON t.event_id = e.id"
                + " LEFT JOIN gdelt_country lc ON lc.iso3 = e.location_country"
                + " LEFT JOIN gdelt_country c1 ON c1.iso3 = e.source_country"
                + " LEFT JOIN gdelt_country c2 ON c2.iso3 = e.target_country"
                + " WHERE " + where(o, from, to) + " ORDER BY e.id";
    }

    /** The 16 Mentions columns of every report of the exported events. */
    public static String mentions(Options o, LocalDate from, LocalDate to) {
        // a report whose source is the event's target (resolution merges both directions of meetings and talks)
        // gives its offsets swapped, so Actor1CharOffset always points at the event's Actor1
        String swapped = "(coalesce(m.source_country, m.source) IS DISTINCT FROM e.src_key"
                + " AND coalesce(m.source_country, m.source) IS NOT DISTINCT FROM e.tgt_key)";
        String url = "(a.url IS NOT NULL AND regexp_matches(a.url, '^https?://'))";
        String domain = "regexp_replace(regexp_extract(a.url, '^https?://([^/:?#]+)', 1), '^www\\.', '')";
        return "SELECT m.event_id + " + o.idBase() + ", " + dateAdded("e.added") + ", "
                + dateAdded("a.ingested") + ", CASE WHEN " + url + " THEN 1 ELSE 2 END, "
                + clean("CASE WHEN " + url + " THEN " + domain + " ELSE a.outlet END") + ", "
                + clean("coalesce(a.url, a.name)") + ", m.sentence + 1,"
                + " coalesce(CASE WHEN " + swapped + " THEN m.target_start ELSE m.source_start END, -1),"
                + " coalesce(CASE WHEN " + swapped + " THEN m.source_start ELSE m.target_start END, -1),"
                + " coalesce(m.verb_start, -1), 1, CASE m.modality WHEN 'asserted' THEN 100 ELSE 50 END,"
                + " length(a.text), round(a.tone, 4), '', ''"
                + " FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id"
                + " WHERE " + where(o, from, to) + " ORDER BY m.event_id, m.article_id, m.idx";
    }

    /** Events the export leaves out because of their modality (dated, in range). */
    public static String leftOutByModality(Options o, LocalDate from, LocalDate to) {
        return "SELECT count(*), coalesce(sum(num_mentions), 0) FROM events e WHERE e.date IS NOT NULL AND "
                + range("e.date", from, to) + " AND e.modality NOT IN (" + list(o.modalities()) + ")";
    }

    /** The largest event id the export writes (before the id base), or 0. */
    public static String maxId(Options o, LocalDate from, LocalDate to) {
        return "SELECT coalesce(max(e.id), 0) FROM events e WHERE " + where(o, from, to);
    }

    private static String where(Options o, LocalDate from, LocalDate to) {
        return "e.date IS NOT NULL AND " + range("e.date", from, to) + " AND e.modality IN (" + list(o.modalities())
                + ")";
    }

    private static String list(Set<String> values) {
        return values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }

    /** A timestamp (UTC) as GDELT's YYYYMMDDHHMMSS on the 15-minute grid of its update files. */
    private static String dateAdded(String ts) {
        return "strftime(time_bucket(INTERVAL 15 MINUTE, " + ts + "), '%Y%m%d%H%M%S')";
    }

    public static String range(String col, LocalDate from, LocalDate to) {
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
    static String clean(String expr) {
        return "coalesce(regexp_replace(" + expr + ", '[\\t\\r\\n]+', ' ', 'g'), '')";
    }

    private static String actorColumns(String a, String n, String start, String end) {
        // the evidence span is the fallback name only where no name was stored (a store written before issue 16,
        // or an actor whose dictionary row could not be read)
        String name = "coalesce(" + n + ", upper(substr(a.text, " + start + " + 1, " + end + " - " + start + ")))";
        return String.join(", ", clean(a + ".actor"), "CASE WHEN " + a + ".code IS NULL THEN '' ELSE "
                + clean(name) + " END", clean(a + ".country"), clean(a + ".grp"), clean(a + ".ethnic"),
                clean(a + ".rel1"), clean(a + ".rel2"), clean(a + ".type1"), clean(a + ".type2"), clean(a + ".type3"));
    }

    /**
     * The event's place, as Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. Geo_Type as the
     * codebook defines it: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). A place the
     * gazetteer resolved to a first-level division (its feature id is its ADM1 code) is a state; any other named
     * place a city (a second-level division too: GDELT has no type for it). A country-only location is Geo_Type 1
     * with the country's centre point and its FIPS code as FeatureID, as GDELT writes them; it is never written as a
     * city.
     */
    private static String[] actionGeo() {
        String us = "e.location_country = 'USA'";
        String state = "(g.location_feature_id IS NOT NULL AND g.location_feature_id = g.location_adm1)";
        String type = "CASE WHEN e.location_place IS NOT NULL THEN (CASE WHEN " + state + " THEN (CASE WHEN " + us
                + " THEN 2 ELSE 5 END) ELSE (CASE WHEN " + us + " THEN 3 ELSE 4 END) END)"
                + " WHEN e.location_country IS NOT NULL THEN 1 ELSE 0 END";
        String country = "coalesce(lc.name, e.location_country)";
        String fullName = "CASE WHEN e.location_place IS NULL THEN " + country + " ELSE concat_ws(', ', e.location_place,"
                + " CASE WHEN " + state + " THEN NULL ELSE g.location_division END, " + country + ") END";
        String countryOnly = "e.location_place IS NULL";
        return new String[] {type, clean(fullName), clean("lc.fips"), clean("coalesce(g.location_adm1, lc.fips)"),
            "''", "round(CASE WHEN " + countryOnly + " THEN lc.lat ELSE g.location_lat END, 6)",
            "round(CASE WHEN " + countryOnly + " THEN lc.lon ELSE g.location_lon END, 6)",
            clean("coalesce(g.location_feature_id, CASE WHEN " + countryOnly + " THEN lc.fips END)")};
    }

    /** A country-level place (Geo_Type 1) for the country joined as {@code c}, or an unknown one. */
    private static String[] countryGeo(String c) {
        return new String[] {"CASE WHEN " + c + ".iso3 IS NULL THEN 0 ELSE 1 END", clean("coalesce(" + c + ".name, "
                + c + ".iso3)"), clean(c + ".fips"), clean(c + ".fips"), "''", "round(" + c + ".lat, 6)",
            "round(" + c + ".lon, 6)", clean(c + ".fips")};
    }

    /**
     * An actor's place: the event's own place when it lies in the actor's country ("police in Kisumu, Kenya
     * arrested ..." puts the police in Kisumu), else the actor's country at country level, else unknown.
     */
    private static String actorGeo(String actorCountry, String c) {
        String[] action = actionGeo();
        String[] country = countryGeo(c);
        String here = "(e.location_country IS NOT NULL AND e.location_country = " + actorCountry + ")";
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < action.length; i++) {
            cols.add("CASE WHEN " + here + " THEN " + action[i] + " ELSE " + country[i] + " END");
        }
        return String.join(", ", cols);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
