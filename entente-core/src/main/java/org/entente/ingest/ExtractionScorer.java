package org.entente.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores main-content extraction against pairs {@code NAME.html} + {@code NAME.expected.txt} in a folder.
 * Two measures per page, both over lower-cased word tokens ({@code \w+}):
 * <ul>
 *   <li>token: bag-of-words precision, recall and F1 (the mean over pages of each);</li>
 *   <li>shingle: the article-extraction-benchmark measure (bags of 4-word shingles, precision and recall
 *       averaged over pages, F1 of those means), so figures compare with the published ones.</li>
 * </ul>
 * Pages are grouped into sets by the name prefix before the first '-' (zyte, readability, newspaper).
 */
public final class ExtractionScorer {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Scores of one page. */
    public record PageScore(String name, String set, double p, double r, double f1, double shP, double shR) {
    }

    /** Mean scores of a set of pages. */
    public record SetScore(String set, int pages, double p, double r, double f1, double shP, double shR,
                           double shF1) {
    }

    private ExtractionScorer() {
    }

    public static List<PageScore> score(Path dir) throws IOException {
        List<Path> htmls;
        try (Stream<Path> s = Files.list(dir)) {
            htmls = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        List<PageScore> out = new ArrayList<>();
        for (Path html : htmls) {
            String base = html.getFileName().toString();
            base = base.substring(0, base.length() - ".html".length());
            Path expected = html.resolveSibling(base + ".expected.txt");
            if (!Files.exists(expected)) {
                continue;
            }
            String truth = Files.readString(expected, StandardCharsets.UTF_8);
            String extracted = extract(html);
            out.add(page(base, truth, extracted));
        }
        return out;
    }

    /** The clean text Entente extracts from one HTML file ("" when it fails). */
    static String extract(Path html) {
        StringBuilder text = new StringBuilder();
        Sources.read(List.of(html.toString()), InputFormat.HTML, null, new ArticleSink() {
            @Override
            public void article(Article article) {
                text.append(article.text());
            }

            @Override
            public void failure(InputFailure failure) {
                // scored as an empty extraction
            }
        });
        return text.toString();
    }

    static PageScore page(String name, String truth, String extracted) {
        List<String> t = tokens(truth);
        List<String> e = tokens(extracted);
        double[] tok = prf(bag(t, 1), bag(e, 1));
        double[] sh = prf(bag(t, 4), bag(e, 4));
        int dash = name.indexOf('-');
        String set = dash > 0 ? name.substring(0, dash) : name;
        return new PageScore(name, set, tok[0], tok[1], tok[2], sh[0], sh[1]);
    }

    public static List<SetScore> bySet(List<PageScore> pages) {
        Map<String, List<PageScore>> groups = new TreeMap<>();
        for (PageScore p : pages) {
            groups.computeIfAbsent(p.set(), k -> new ArrayList<>()).add(p);
        }
        if (groups.size() > 1) {
            groups.put("all", pages);
        }
        List<SetScore> out = new ArrayList<>();
        for (Map.Entry<String, List<PageScore>> g : groups.entrySet()) {
            List<PageScore> ps = g.getValue();
            double p = ps.stream().mapToDouble(PageScore::p).average().orElse(0);
            double r = ps.stream().mapToDouble(PageScore::r).average().orElse(0);
            double f = ps.stream().mapToDouble(PageScore::f1).average().orElse(0);
            double sp = ps.stream().mapToDouble(PageScore::shP).average().orElse(0);
            double sr = ps.stream().mapToDouble(PageScore::shR).average().orElse(0);
            double sf = sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr);
            out.add(new SetScore(g.getKey(), ps.size(), p, r, f, sp, sr, sf));
        }
        return out;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Multiset of n-grams (n = 1: words). */
    static Map<String, Integer> bag(List<String> tokens, int n) {
        Map<String, Integer> bag = new HashMap<>();
        if (tokens.isEmpty()) {
            return bag;
        }
        int last = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < last; i++) {
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
            bag.merge(key, 1, Integer::sum);
        }
        return bag;
    }

    /** Precision, recall, F1 of a predicted bag against a true one; empty vs empty is a perfect match. */
    static double[] prf(Map<String, Integer> truth, Map<String, Integer> pred) {
        long tp = 0;
        long predTotal = 0;
        long trueTotal = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            predTotal += e.getValue();
            tp += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        for (int v : truth.values()) {
            trueTotal += v;
        }
        if (predTotal == 0 && trueTotal == 0) {
            return new double[] {1, 1, 1};
        }
        double p = predTotal == 0 ? 0 : (double) tp / predTotal;
        double r = trueTotal == 0 ? 0 : (double) tp / trueTotal;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }
}
