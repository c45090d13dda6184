package org.entente.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.ingest.Dates;

/**
 * The team's annotated real-news set (annotations/README.md): label files that hold an article's corpus line, id,
 * the SHA-1 of its text and character offsets, never the text. Reading a set joins each label with its article in
 * the corpus (checked by id and SHA-1) and with its split from {@code units.tsv}. A label that cannot be joined is
 * reported with its file, line and reason; the others are kept.
 */
public final class AnnotationSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold event: its sentence's character span in the article text, actors, code and judgement. */
    public record GoldEvent(int sentenceStart, int sentenceEnd, String source, String target, String code,
                            String modality, boolean essential) {
    }

    /**
     * One labelled unit joined with its article: {@code text} is the whole article text, {@code extent} the labelled
     * part of it (the lead for a short report).
     */
    public record Unit(String unit, int line, String id, String kind, String split, int extentStart, int extentEnd,
                       String text, LocalDate date, String outlet, List<GoldEvent> events) {
    }

    private final List<Unit> units;
    private final List<String> problems;

    private AnnotationSet(List<Unit> units, List<String> problems) {
        this.units = units;
        this.problems = problems;
    }

    public List<Unit> units() {
        return units;
    }

    /** One message per label that was left out ("file:line: reason"). */
    public List<String> problems() {
        return problems;
    }

    /** True when the file's first record is in the annotation format (has "unit" and "text_sha1"). */
    public static boolean isAnnotationFile(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        JsonNode o = JSON.readTree(line);
                        return o.isObject() && o.has("unit") && o.has("text_sha1");
                    } catch (IOException e) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The team's label files in {@code dir} ({@code labels-*.jsonl}, one per annotator), in name order: the default
     * input of training and of the regression guard, so a new annotator's file joins both without a code change.
     */
    public static List<Path> labelFiles(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("labels-.*\\.jsonl")).sorted().toList();
        }
    }

    /**
     * Reads label files, keeping the units of {@code split} (null: all). A unit labelled twice (the same unit in two
     * files) is kept once, from the first file. Splits come from {@code unitsFile}; without one every unit's split is
     * unknown and a split filter keeps none.
     */
    public static AnnotationSet read(List<Path> labelFiles, Path corpus, Path unitsFile, String split)
            throws IOException {
        Map<String, String> splits = unitsFile == null ? Map.of() : readSplits(unitsFile);
        List<String> problems = new ArrayList<>();
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Path f : labelFiles) {
            int n = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = f + ":" + n;
                try {
                    Label l = parse(JSON.readTree(line));
                    String s = splits.get(l.unit);
                    if (split != null && !split.equals(s)) {
                        continue;
                    }
                    if (labels.putIfAbsent(l.unit, l.withSplit(s, where)) != null) {
                        problems.add(where + ": unit " + l.unit + " already labelled; the first label is kept");
                    }
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        Map<Integer, List<Label>> byLine = new TreeMap<>();
        for (Label l : labels.values()) {
            byLine.computeIfAbsent(l.line, k -> new ArrayList<>()).add(l);
        }
        List<Unit> units = join(byLine, corpus, problems);
        return new AnnotationSet(units, problems);
    }

    private record Label(String unit, int line, String id, String kind, String sha1, int start, int end,
                         List<GoldEvent> events, String split, String where) {
        Label withSplit(String s, String w) {
            return new Label(unit, line, id, kind, sha1, start, end, events, s, w);
        }
    }

    private static Label parse(JsonNode o) {
        String unit = text(o, "unit");
        String id = text(o, "id");
        String sha1 = text(o, "text_sha1");
        JsonNode line = o.get("line");
        JsonNode extent = o.get("extent");
        JsonNode events = o.get("events");
        if (unit == null || id == null || sha1 == null || line == null || !line.canConvertToInt()) {
            throw new IllegalArgumentException("a label needs unit, line, id and text_sha1");
        }
        if (extent == null || !extent.isArray() || extent.size() != 2 || events == null || !events.isArray()) {
            throw new IllegalArgumentException("unit " + unit + ": extent [s, e] and an events list are needed");
        }
        int start = extent.get(0).asInt();
        int end = extent.get(1).asInt();
        List<GoldEvent> gold = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode s = e.get("sentence");
            String code = text(e, "code");
            if (s == null || !s.isArray() || s.size() != 2 || code == null) {
                throw new IllegalArgumentException("unit " + unit + ": an event needs sentence [s, e] and code");
            }
            int ss = s.get(0).asInt();
            int se = s.get(1).asInt();
            if (ss < start || se > end || ss >= se) {
                throw new IllegalArgumentException("unit " + unit + ": event sentence [" + ss + ", " + se
                        + "] is not inside the extent [" + start + ", " + end + "]");
            }
            JsonNode essential = e.get("essential");
            gold.add(new GoldEvent(ss, se, text(e, "source"), text(e, "target"), code, text(e, "modality"),
                    essential == null || essential.asBoolean()));
        }
        return new Label(unit, line.asInt(), id, text(o, "kind"), sha1, start, end, gold, null, null);
    }

    /** Reads only the corpus lines the labels name, stopping after the last one. */
    private static List<Unit> join(Map<Integer, List<Label>> byLine, Path corpus, List<String> problems)
            throws IOException {
        List<Unit> units = new ArrayList<>();
        if (byLine.isEmpty()) {
            return units;
        }
        int last = ((TreeMap<Integer, List<Label>>) byLine).lastKey();
        Map<Integer, List<Label>> pending = new HashMap<>(byLine);
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while (n < last && (line = r.readLine()) != null) {
                n++;
                List<Label> here = pending.remove(n);
                if (here == null) {
                    continue;
                }
                JsonNode article = JSON.readTree(line);
                String text = text(article, "text");
                String id = text(article, "id");
                String sha1 = text == null ? null : sha1(text);
                for (Label l : here) {
                    if (!l.id.equals(id)) {
                        problems.add(l.where + ": unit " + l.unit + ": corpus line " + n + " is article " + id
                                + ", not " + l.id);
                    } else if (!l.sha1.equals(sha1)) {
                        problems.add(l.where + ": unit " + l.unit + ": the text of article " + id
                                + " changed (text_sha1 differs); its offsets cannot be trusted");
                    } else if (l.start < 0 || l.end > text.length() || l.start > l.end) {
                        problems.add(l.where + ": unit " + l.unit + ": extent outside the text");
                    } else {
                        String date = text(article, "date");
                        units.add(new Unit(l.unit, n, l.id, l.kind, l.split, l.start, l.end, text,
                                date == null ? null : Dates.parse(date), text(article, "outlet"), l.events));
                    }
                }
            }
        }
        for (List<Label> missing : pending.values()) {
            for (Label l : missing) {
                problems.add(l.where + ": unit " + l.unit + ": corpus " + corpus + " has no line " + l.line);
            }
        }
        return units;
    }

    private static Map<String, String> readSplits(Path unitsFile) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(unitsFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int unit = header.indexOf("unit");
        int split = header.indexOf("split");
        if (unit < 0 || split < 0) {
            throw new IOException(unitsFile + ": header needs the columns unit and split");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length > Math.max(unit, split)) {
                out.put(f[unit], f[split]);
            }
        }
        return out;
    }

    static String sha1(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
