package org.entente.events.matching;

import org.entente.events.model.CameoTable;
import org.entente.events.syntax.Words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses pattern files in the format of docs/pattern-format.md; every error names "file:line: reason". */
public final class PatternLoader {
    private final CameoTable cameo;

    public PatternLoader(CameoTable cameo) {
        this.cameo = cameo;
    }

    /** Parses {@code content} (named {@code name} in errors); {@code firstRank} numbers patterns in load order. */
    public List<Pattern> parse(String name, String content, int firstRank) {
        List<Pattern> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(content))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                out.add(parseLine(name + ":" + n, line, firstRank + out.size()));
            }
        } catch (IOException e) {
            throw new PatternException(name + ": " + e.getMessage());
        }
        return out;
    }

    Pattern parseLine(String origin, String line, int rank) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
            throw new PatternException(origin + ": expected CAMEO code TAB pattern");
        }
        String code = cols[0].trim();
        if (!cameo.contains(code)) {
            throw new PatternException(origin + ": unknown CAMEO code \"" + code + "\"");
        }
        String text = cols[1].trim();
        boolean nominal = false;
        if (text.startsWith("~")) {
            nominal = true;
            text = text.substring(1).trim();
        }
        if (text.isEmpty()) {
            throw new PatternException(origin + ": empty pattern");
        }
        List<Pattern.Element> elements = new ArrayList<>();
        int specificity = 0;
        for (String tok : text.split("\\s+")) {
            Pattern.Element e = element(origin, tok, nominal);
            elements.add(e);
            specificity += switch (e.kind()) {
                case WORD -> e.optional() ? 1 : (e.negative() ? 1 : 4);
                case TARGET, SOURCE -> 3;
                case GAP -> -1;
            };
        }
        Pattern.Element first = elements.get(0);
        if (first.kind() != Pattern.Kind.WORD || first.optional() || first.negative()) {
            throw new PatternException(origin + ": a pattern must start with its trigger word");
        }
        if (!nominal && elements.stream().anyMatch(e -> e.kind() == Pattern.Kind.SOURCE)
                && elements.stream().anyMatch(e -> e.kind() == Pattern.Kind.TARGET)) {
            // "receive * aid from $": the doer is written after the verb, so the verb's subject is the target
            throw new PatternException(origin + ": a verb pattern with '$' takes its target from the verb's subject,"
                    + " so it has no '+'");
        }
        if (elements.get(elements.size() - 1).kind() == Pattern.Kind.GAP) {
            throw new PatternException(origin + ": a pattern cannot end with a gap '*'");
        }
        return new Pattern(code, elements, nominal, origin, cols[1].trim(), specificity, rank);
    }

    private static Pattern.Element element(String origin, String tok, boolean nominal) {
        switch (tok) {
            case "+":
                return new Pattern.Element(Pattern.Kind.TARGET, null, false, false);
            case "$":
                return new Pattern.Element(Pattern.Kind.SOURCE, null, false, false);
            case "*":
                return new Pattern.Element(Pattern.Kind.GAP, null, false, false);
            default:
                break;
        }
        boolean optional = false;
        boolean negative = false;
        String w = tok;
        if (w.startsWith("(") && w.endsWith(")") && w.length() > 2) {
            optional = true;
            w = w.substring(1, w.length() - 1);
        }
        if (w.startsWith("!") && w.length() > 1) {
            negative = true;
            w = w.substring(1);
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String alt : w.split("\\|")) {
            if (alt.isEmpty() || alt.matches(".*[()+$*~].*")) {
                throw new PatternException(origin + ": bad token \"" + tok + "\"");
            }
            forms.addAll(Words.forms(alt));
        }
        return new Pattern.Element(Pattern.Kind.WORD, forms, optional, negative);
    }
}
