package org.entente.store.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The GDELT 2.0 Event and Mentions codebooks as column names and types (the types of GDELT's own BigQuery tables:
 * INTEGER ids and dates, FLOAT scores and coordinates, STRING codes), and the field-by-field checks the export
 * tests run on files read back with exactly those types by DuckDB's {@code read_csv} (no type sniffing).
 * Public: the Spark job's GDELT files (org.entente.spark) are read back and checked the same way.
 */
public final class GdeltCodebook {
    public static final String[][] EVENT_COLUMNS = cols(
            "GlobalEventID INTEGER", "Day INTEGER", "MonthYear INTEGER", "Year INTEGER", "FractionDate DOUBLE",
            actor("Actor1"), actor("Actor2"),
            "IsRootEvent INTEGER", "EventCode VARCHAR", "EventBaseCode VARCHAR", "EventRootCode VARCHAR",
            "QuadClass INTEGER", "GoldsteinScale DOUBLE", "NumMentions INTEGER", "NumSources INTEGER",
            "NumArticles INTEGER", "AvgTone DOUBLE", geo("Actor1Geo"), geo("Actor2Geo"), geo("ActionGeo"),
            "DATEADDED BIGINT", "SOURCEURL VARCHAR");

    public static final String[][] MENTION_COLUMNS = cols(
            "GlobalEventID INTEGER", "EventTimeDate BIGINT", "MentionTimeDate BIGINT", "MentionType INTEGER",
            "MentionSourceName VARCHAR", "MentionIdentifier VARCHAR", "SentenceID INTEGER",
            "Actor1CharOffset INTEGER", "Actor2CharOffset INTEGER", "ActionCharOffset INTEGER", "InRawText INTEGER",
            "Confidence INTEGER", "MentionDocLen INTEGER", "MentionDocTone DOUBLE",
            "MentionDocTranslationInfo VARCHAR", "Extras VARCHAR");

    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

    private GdeltCodebook() {
    }

    private static String actor(String p) {
        return String.join(";", p + "Code VARCHAR", p + "Name VARCHAR", p + "CountryCode VARCHAR",
                p + "KnownGroupCode VARCHAR", p + "EthnicCode VARCHAR", p + "Religion1Code VARCHAR",
                p + "Religion2Code VARCHAR", p + "Type1Code VARCHAR", p + "Type2Code VARCHAR", p + "Type3Code VARCHAR");
    }

    private static String geo(String p) {
        return String.join(";", p + "_Type INTEGER", p + "_FullName VARCHAR", p + "_CountryCode VARCHAR",
                p + "_ADM1Code VARCHAR", p + "_ADM2Code VARCHAR", p + "_Lat DOUBLE", p + "_Long DOUBLE",
                p + "_FeatureID VARCHAR");
    }

    private static String[][] cols(String... specs) {
        List<String[]> out = new ArrayList<>();
        for (String spec : specs) {
            for (String c : spec.split(";")) {
                out.add(c.split(" "));
            }
        }
        return out.toArray(new String[0][]);
    }

    /** Reads a tab-separated GDELT file into table {@code name} with the codebook's types (fails on any misfit). */
    public static long load(Connection duck, String name, Path file, String[][] columns) throws SQLException {
        String spec = java.util.Arrays.stream(columns).map(c -> "'" + c[0] + "': '" + c[1] + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE " + name + " AS SELECT * FROM read_csv('" + file + "', delim = '\\t',"
                    + " header = false, quote = '', escape = '', auto_detect = false, nullstr = '', columns = "
                    + spec + ")");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + name)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<Map<String, Object>> rows(Connection duck, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Every Event field against the codebook (and GDELT's own conventions where they differ from its text). */
    public static void checkEvents(Connection duck, String table) throws SQLException {
        for (Map<String, Object> r : rows(duck, "SELECT * FROM " + table)) {
            String id = "event " + r.get("GlobalEventID");
            int day = (Integer) r.get("Day");
            int y = day / 10000;
            int m = day / 100 % 100;
            int d = day % 100;
            assertTrue(m >= 1 && m <= 12 && d >= 1 && d <= 31, id + " Day " + day);
            assertEquals(day / 100, r.get("MonthYear"), id);
            assertEquals(y, r.get("Year"), id);
            // real GDELT files: YYYY + ((MONTH - 1) x 30 + DAY) / 365, four decimals
            assertEquals(Math.round((y + ((m - 1) * 30 + d) / 365.0) * 10000) / 10000.0,
                    (Double) r.get("FractionDate"), 1e-9, id + " FractionDate");
            checkActor(r, "Actor1", id);
            checkActor(r, "Actor2", id);
            assertTrue(Set.of(0, 1).contains(r.get("IsRootEvent")), id);
            String code = (String) r.get("EventCode");
            assertTrue(code.matches("\\d{3,4}"), id + " EventCode " + code);
            assertEquals(code.substring(0, 3), r.get("EventBaseCode"), id);
            assertEquals(code.substring(0, 2), r.get("EventRootCode"), id);
            int root = Integer.parseInt(code.substring(0, 2));
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertEquals(quad, r.get("QuadClass"), id + " QuadClass of root " + root);
            double g = (Double) r.get("GoldsteinScale");
            assertTrue(g >= -10 && g <= 10, id + " Goldstein " + g);
            int mentions = (Integer) r.get("NumMentions");
            int articles = (Integer) r.get("NumArticles");
            int sources = (Integer) r.get("NumSources");
            assertTrue(mentions >= articles && articles >= 1 && sources >= 0 && sources <= articles, id + " counts");
            Double tone = (Double) r.get("AvgTone");
            assertNotNull(tone, id + " AvgTone");
            assertTrue(tone >= -100 && tone <= 100, id + " AvgTone " + tone);
            for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
                checkGeo(r, geo, id);
            }
            long added = (Long) r.get("DATEADDED");
            assertEquals(14, Long.toString(added).length(), id + " DATEADDED " + added);
            assertEquals(0, added % 100, id + " DATEADDED seconds");
            assertEquals(0, added / 100 % 100 % 15, id + " DATEADDED on the 15-minute grid: " + added);
            assertNotNull(r.get("SOURCEURL"), id);
        }
    }

    private static void checkActor(Map<String, Object> r, String p, String id) {
        String code = (String) r.get(p + "Code");
        String[] rest = {"Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
            "Type1Code", "Type2Code", "Type3Code"};
        if (code == null) {
            for (String f : rest) {
                assertNull(r.get(p + f), id + " " + p + f + " without a code");
            }
            return;
        }
        assertTrue(code.matches("([A-Z0-9]{3})+"), id + " " + p + "Code " + code);
        String name = (String) r.get(p + "Name");
        assertNotNull(name, id + " " + p + "Name");
        assertEquals(name.toUpperCase(java.util.Locale.ROOT), name, id + " " + p + "Name is upper-case");
        for (String f : rest) {
            Object v = r.get(p + f);
            if (!f.equals("Name") && v != null) {
                assertTrue(((String) v).matches("[A-Z]{3}"), id + " " + p + f + " " + v);
                assertTrue(code.contains((String) v), id + " " + p + f + " " + v + " is a part of " + code);
            }
        }
        String head = code.substring(0, 3);
        if (INTERNATIONAL.contains(head)) {
            assertEquals(head, r.get(p + "Type1Code"), id + " " + p + " international head is Type1");
        } else if (r.get(p + "CountryCode") != null) {
            assertEquals(head, r.get(p + "CountryCode"), id + " " + p + " country head");
        } else {
            assertEquals(head, r.get(p + "Type1Code"), id + " " + p + " a role of no country (REB) is its Type1");
        }
    }

    private static void checkGeo(Map<String, Object> r, String p, String id) {
        int type = (Integer) r.get(p + "_Type");
        assertTrue(type >= 0 && type <= 5, id + " " + p + "_Type " + type);
        Double lat = (Double) r.get(p + "_Lat");
        Double lon = (Double) r.get(p + "_Long");
        if (type == 0) {
            for (String f : List.of("_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_FeatureID")) {
                assertNull(r.get(p + f), id + " " + p + f + " of no place");
            }
            assertNull(lat, id);
            return;
        }
        assertNotNull(r.get(p + "_FullName"), id + " " + p + "_FullName");
        String country = (String) r.get(p + "_CountryCode");
        if (country != null) {
            assertTrue(country.matches("[A-Z]{2}"), id + " " + p + " FIPS country " + country);
            String adm1 = (String) r.get(p + "_ADM1Code");
            assertNotNull(adm1, id + " " + p + "_ADM1Code");
            assertTrue(adm1.startsWith(country) || type >= 2, id + " " + p + " ADM1 " + adm1);
        }
        assertTrue((lat == null) == (lon == null), id + " " + p + " lat and long together");
        if (lat != null) {
            assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, id + " " + p + " coordinates");
        }
        if (type == 1) {
            // a country-level place: GDELT gives the country's centre point and its FIPS code as the feature id;
            // what must never happen is a city's fields on a country
            assertEquals(country, r.get(p + "_FeatureID"), id + " " + p + " a country's feature id is its FIPS code");
            assertNotNull(lat, id + " " + p + " a country-level place has the country's centre point");
        }
    }

    /** Every Mentions field, and that mentions agree with the events file of the same export. */
    public static void checkMentions(Connection duck, String mentions, String events) throws SQLException {
        for (Map<String, Object> r : rows(duck, "SELECT m.*, e.DATEADDED AS event_added FROM " + mentions
                + " m LEFT JOIN " + events + " e USING (GlobalEventID)")) {
            String id = "mention of " + r.get("GlobalEventID");
            assertEquals(r.get("event_added"), r.get("EventTimeDate"), id + ": EventTimeDate is the event's DATEADDED");
            long seen = (Long) r.get("MentionTimeDate");
            assertEquals(0, seen / 100 % 100 % 15, id + " MentionTimeDate on the 15-minute grid");
            assertTrue(seen >= (Long) r.get("EventTimeDate"), id + " mentioned no earlier than added");
            String ident = (String) r.get("MentionIdentifier");
            assertNotNull(ident, id);
            boolean url = ident.matches("https?://.*");
            assertEquals(url ? 1 : 2, r.get("MentionType"), id + " MentionType of " + ident);
            if (url) {
                String host = ident.replaceFirst("^https?://", "").replaceFirst("[/:?#].*$", "").replaceFirst("^www\\.", "");
                assertEquals(host, r.get("MentionSourceName"), id + " MentionSourceName is the domain");
            }
            assertTrue((Integer) r.get("SentenceID") >= 1, id);
            int len = (Integer) r.get("MentionDocLen");
            for (String f : List.of("Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset")) {
                int off = (Integer) r.get(f);
                assertTrue(off >= -1 && off < len, id + " " + f + " " + off);
            }
            assertTrue((Integer) r.get("ActionCharOffset") >= 0, id + " every mention has its verb");
            assertEquals(1, r.get("InRawText"), id);
            assertTrue(Set.of(50, 100).contains(r.get("Confidence")), id);
            Double tone = (Double) r.get("MentionDocTone");
            assertNotNull(tone, id + " MentionDocTone");
            assertTrue(tone >= -100 && tone <= 100, id);
        }
    }
}
