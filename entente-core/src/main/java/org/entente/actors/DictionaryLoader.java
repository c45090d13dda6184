package org.entente.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads actor dictionaries (TSV, '#' comments, first other line = header). Two layouts, told apart by the header:
 * <pre>
 * names  code  kind  start  end  note          general rows: "Russia|Russian Federation  RUS  country"
 * name  aliases  country  role  start  end  title    people: "Vladimir Putin  Putin  RUS  GOV  2012-05-07    President"
 * </pre>
 * A people file may add an eighth column, {@code source}: the open dataset a derived row came from (files under
 * derived/, written by scripts/derive-kb-*.py). Such a row is matched by its full name and written aliases only:
 * no automatic surname (the derivation writes one only for heads of state and government), and a one-word alias
 * that is an everyday word is dropped.
 * A malformed line fails the whole file with {@code file:line: reason}: a half-loaded dictionary would silently
 * code some actors by the wrong rules.
 */
public final class DictionaryLoader {
    static final String GENERAL_HEADER = "names\tcode\tkind";
    static final String PEOPLE_HEADER = "name\taliases\tcountry\trole";
    /** Family names that come first: the last word of the name is a given name, so no automatic surname alias. */
    static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "MNG");
    /** Surnames that are everyday capitalised words (months, first words of sentences): never an automatic alias. */
    private static final Set<String> SURNAME_STOP = Set.of("May", "Major", "Rice", "Brown", "Cook", "Straw", "Fox",
            "Hunt", "Young", "King", "Power", "Price", "Hill", "Gates", "Wood", "Green", "Rich", "Long", "Little",
            "Love", "Hope", "Ford", "Baker", "Martin", "Said", "Ali", "Khan", "Singh", "Jr", "Sr", "Smith", "Lee",
            "Park", "Kim", "Li", "Wang", "Zhang", "Chen", "Liu", "Ahmed", "Mohammed", "Hassan", "Hussein", "Rahman",
            "Sharif", "Saleh", "Abdullah", "Bin", "Al", "Aziz", "Thani", "Nahyan", "Saud", "Sabah", "Khalifa",
            "Sall", "Bongo", "Michel", "Michal", "Dan", "Pavel", "Chan", "Francis", "Harris", "Wong", "Ryan", "Rama", "Patel", "Hicks", "Gandhi", "Bhutto", "Aquino", "Marcos", "Duarte", "Castro", "Santos", "Silva", "Gomez",
            "Garcia", "Rodriguez", "Fernandez", "Lopez", "Perez", "Sanchez", "Torres", "Ramos", "Moon", "Abe", "Johnson");

    private DictionaryLoader() {
    }

    /** Loads a bundled resource under /actors/. */
    static List<KbEntry> loadResource(String name, int orderBase) {
        try (InputStream in = DictionaryLoader.class.getResourceAsStream("/actors/" + name)) {
            if (in == null) {
                throw new DictionaryException(name + ":0: bundled dictionary missing");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), orderBase);
        } catch (IOException e) {
            throw new DictionaryException(name + ":0: " + e.getMessage());
        }
    }

    /** Loads a user file; throws {@link DictionaryException} naming the file and line of the first problem. */
    public static List<KbEntry> loadFile(Path file, int orderBase) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new DictionaryException(file + ":0: cannot read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text, orderBase);
    }

    static List<KbEntry> parse(String name, String text, int orderBase) {
        List<KbEntry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Boolean people = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (i + 1);
            if (people == null) {
                if (line.startsWith(PEOPLE_HEADER)) {
                    people = true;
                } else if (line.startsWith(GENERAL_HEADER)) {
                    people = false;
                } else {
                    throw new DictionaryException(where + ": missing header: want '" + GENERAL_HEADER.replace("\t", "<TAB>")
                            + "...' or '" + PEOPLE_HEADER.replace("\t", "<TAB>") + "...'");
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                out.add(people ? person(f, where, orderBase + i) : general(f, where, orderBase + i));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new DictionaryException(where + ": " + e.getMessage());
            }
        }
        if (people == null) {
            throw new DictionaryException(name + ":1: empty dictionary (no header line)");
        }
        return out;
    }

    private static KbEntry general(String[] f, String where, int order) {
        if (f.length < 3 || f.length > 6) {
            throw new IllegalArgumentException("want 3 to 6 tab-separated columns (names, code, kind, start, end, note), got " + f.length);
        }
        List<String> names = names(f[0], "");
        ActorCode code = ActorCode.parse(f[1].trim());
        KbEntry.Kind kind;
        try {
            kind = KbEntry.Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + f[2] + "' (want one of " + Arrays.toString(KbEntry.Kind.values()).toLowerCase(Locale.ROOT) + ")");
        }
        if (kind == KbEntry.Kind.PERSON) {
            throw new IllegalArgumentException("people go in a file with the header '" + PEOPLE_HEADER.replace("\t", "<TAB>") + "...'");
        }
        LocalDate start = f.length > 3 ? date(f[3]) : null;
        LocalDate end = f.length > 4 ? date(f[4]) : null;
        checkOrder(start, end);
        String entity = (kind.isPlace() ? "country:" + (code.country() == null ? code.code() : code.country())
                : kind.name().toLowerCase(Locale.ROOT) + ":" + slug(names.get(0)));
        if (kind == KbEntry.Kind.ORG || kind == KbEntry.Kind.SEAT) {
            entity = "org:" + slug(names.get(0));
        }
        String country = kind == KbEntry.Kind.REGION ? null : code.country(); // regions are not countries
        if (kind == KbEntry.Kind.REGION) {
            entity = "region:" + code.code();
        }
        return new KbEntry(names, code.code(), country, code.role(), kind, start, end, entity,
                f.length > 5 ? f[5].trim() : "", where, order, "");
    }

    private static KbEntry person(String[] f, String where, int order) {
        if (f.length < 5 || f.length > 8) {
            throw new IllegalArgumentException("want 5 to 8 tab-separated columns (name, aliases, country, role, start, end, title, source), got " + f.length);
        }
        String origin = f.length > 7 ? f[7].trim() : "";
        String name = f[0].trim();
        String country = f[2].trim();
        if (!country.matches("[A-Z]{3}|IGO[A-Z0-9]{3,9}")) {
            throw new IllegalArgumentException("bad country '" + country + "' (want ISO alpha-3 such as RUS, or an IGO code such as IGOUNO)");
        }
        String role = f[3].trim();
        ActorCode code = ActorCode.parse(country + role);
        List<String> names = names(name, f[1]);
        String[] words = name.split("[\\s]+");
        String last = words[words.length - 1];
        if (!origin.isEmpty()) {
            names = names.stream().filter(n -> n.indexOf(' ') > 0 || !SURNAME_STOP.contains(n)).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException("derived row '" + name + "' has no full name left to match");
            }
        } else if (words.length >= 2 && last.length() >= 3 && Character.isUpperCase(last.charAt(0)) && !last.endsWith(".")
                && !FAMILY_NAME_FIRST.contains(country) && !SURNAME_STOP.contains(last) && !names.contains(last)) {
            List<String> more = new ArrayList<>(names);
            more.add(last);
            names = more;
        }
        LocalDate start = date(f[4]);
        LocalDate end = f.length > 5 ? date(f[5]) : null;
        checkOrder(start, end);
        return new KbEntry(names, code.code(), code.country(), code.role(), KbEntry.Kind.PERSON, start, end,
                "person:" + slug(name), f.length > 6 ? f[6].trim() : "", where, order, origin);
    }

    private static List<String> names(String first, String aliases) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : (first + "|" + aliases).split("\\|")) {
            String t = s.trim();
            if (!t.isEmpty() && !t.equals("-")) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no name");
        }
        for (String s : out) {
            if (WordScanner.patternWords(s).length == 0) {
                throw new IllegalArgumentException("name '" + s + "' has no letters or digits");
            }
        }
        return List.copyOf(out);
    }

    /** "", "2016", "2016-11", "2016-11-08"; partial dates mean their first day. */
    static LocalDate date(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(t), 1, 1);
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            return LocalDate.parse(t + "-01");
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(t);
        }
        throw new IllegalArgumentException("bad date '" + t + "' (want YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    private static void checkOrder(LocalDate start, LocalDate end) {
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " is not before end " + end);
        }
    }

    static String slug(String s) {
        return WordScanner.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
