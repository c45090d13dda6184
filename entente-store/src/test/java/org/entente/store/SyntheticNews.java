package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.text.Document;

/**
 * Test data for the store: generated articles of sentences "X verb Y." and a tiny coder that reads them back
 * (country names and verbs from fixed tables). It stands in for the real pipeline so the store can be tested on
 * its own; it codes real text with real offsets, so spans in the store can be checked against the text.
 */
final class SyntheticNews implements Function<Article, CodedArticle> {
    static final String[][] COUNTRIES = {
        {"Russia", "RUS"}, {"China", "CHN"}, {"France", "FRA"}, {"Iran", "IRN"}, {"Japan", "JPN"}, {"Brazil", "BRA"}};
    // verb, CAMEO code, Goldstein, QuadClass
    static final Object[][] VERBS = {
        {"met", "040", 1.0, 1}, {"praised", "051", 3.4, 1}, {"signed a treaty with", "057", 8.0, 1},
        {"sent aid to", "070", 7.0, 2}, {"accused", "112", -2.0, 3}, {"threatened", "130", -4.4, 3},
        {"attacked", "190", -10.0, 4}};
    static final String[] OUTLETS = {"Wire A", "Daily B", "Gazette C", "Times D"};

    /** Deterministic article number {@code n} of a stream seeded by {@code seed}. */
    static Article article(long seed, int n) {
        Random r = new Random(seed * 1_000_003L + n);
        StringBuilder text = new StringBuilder();
        int sentences = 2 + r.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            String[] a = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String[] b = COUNTRIES[r.nextInt(COUNTRIES.length)];
            Object[] v = VERBS[r.nextInt(VERBS.length)];
            if (r.nextInt(5) == 0) {
                text.append("Officials in ").append(a[0]).append(" said talks may continue. ");
            } else {
                text.append(a[0]).append(' ').append(v[0]).append(' ').append(b[0]).append(". ");
            }
        }
        String body = text.toString().strip() + " Report " + n + ".";
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(400));
        return new Article(Sources.contentId(body), "syn-" + n, "https://example.org/" + seed + "/" + n,
                OUTLETS[r.nextInt(OUTLETS.length)], "Report " + n, date, null, "en", body, Map.of("format", "test"));
    }

    static List<Article> articles(long seed, int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(article(seed, i));
        }
        return out;
    }

    @Override
    public CodedArticle apply(Article a) {
        String text = a.text();
        Document.Builder doc = Document.builder(a);
        int index = 0;
        List<ActorMention> actors = new ArrayList<>();
        List<EventMention> events = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(". ", start);
            end = end < 0 ? text.length() : end + 1;
            String s = text.substring(start, end);
            doc.sentence(start, end);
            code(a, index++, start, s, actors, events);
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return new CodedArticle(doc.build(), actors, events);
    }

    private static void code(Article a, int index, int offset, String s, List<ActorMention> actors,
                             List<EventMention> events) {
        List<String[]> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (String[] c : COUNTRIES) {
            int from = 0;
            int i;
            while ((i = s.indexOf(c[0], from)) >= 0) {
                found.add(c);
                at.add(i);
                from = i + 1;
            }
        }
        for (int k = 0; k < found.size(); k++) {
            int st = offset + at.get(k);
            actors.add(new ActorMention(index, st, st + found.get(k)[0].length(), 0, 0, found.get(k)[0],
                    found.get(k)[1], found.get(k)[1], null, "country:" + found.get(k)[1], "country", 1.0,
                    "test:" + k));
        }
        for (Object[] v : VERBS) {
            int vi = s.indexOf(" " + v[0] + " ");
            if (vi < 0 || found.size() < 2) {
                continue;
            }
            String[] src = at.get(0) < vi ? found.get(0) : found.get(1);
            String[] tgt = src == found.get(0) ? found.get(1) : found.get(0);
            int ss = offset + s.indexOf(src[0]);
            int ts = offset + s.lastIndexOf(tgt[0]);
            String code = (String) v[1];
            events.add(new EventMention(a.name(), a.id(), a.date(), src[1], tgt[1], src[1], tgt[1], code,
                    code.substring(0, 2), (Integer) v[3], (Double) v[2], "TEST", Modality.ASSERTED, index, s,
                    new Span(offset, offset + s.length()), new Span(ss, ss + src[0].length()),
                    new Span(offset + vi + 1, offset + vi + 1 + ((String) v[0]).length()),
                    new Span(ts, ts + tgt[0].length()), null, false, null, "test-verbs:" + code));
        }
    }
}
