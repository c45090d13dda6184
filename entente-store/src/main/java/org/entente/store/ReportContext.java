package org.entente.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.actors.ActorMention;
import org.entente.events.model.Span;
import org.entente.ingest.Article;

/**
 * What resolution knows about a report's article beyond the event mention itself: the story's names (the
 * capitalised words of the title and text: people, places, organisations, which different outlets' reports of one
 * happening share and unrelated stories mostly do not) and which dictionary entity (a person, an organisation)
 * stands at an actor span. Built once per article, from the coded article at ingest or from the stored rows when a
 * store is re-resolved, so both paths decide alike.
 */
final class ReportContext {
    /** Names kept per article and per event (the first ones: the title and lead name the story's actors). */
    static final int MAX_NAMES = 60;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
    /** Capitalised words that name nothing: sentence openers, titles, calendar words. */
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "there", "then",
            "he", "she", "it", "its", "they", "we", "you", "his", "her", "their", "our", "but", "and", "for", "with",
            "in", "on", "at", "as", "by", "if", "when", "while", "after", "before", "mr", "mrs", "ms", "dr", "sir",
            "president", "minister", "prime", "foreign", "secretary", "general", "government", "state", "said",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "news", "image", "photo", "copyright", "read", "more");

    private final String articleId;
    private final List<String> names;
    /** The MinHash sketch of the article's lead ({@link Sketch}), or null when the lead is too short. */
    private final short[] lead;
    private final List<ActorMention> actors;
    /** Indexes into {@link #actors} ordered by start, so a span finds its actors by binary search. */
    private final int[] byStart;

    private ReportContext(String articleId, List<String> names, short[] lead, List<ActorMention> actors) {
        this.articleId = articleId;
        this.names = names;
        this.lead = lead;
        this.actors = List.copyOf(actors);
        this.byStart = java.util.stream.IntStream.range(0, this.actors.size()).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer i) -> this.actors.get(i).start()))
                .mapToInt(Integer::intValue).toArray();
    }

    static ReportContext of(Article a, List<ActorMention> actors) {
        return new ReportContext(a.id(), names(a.title(), a.text()), Sketch.of(a.title(), a.text()), actors);
    }

    /** The sketch of the article's lead words ({@link Sketch}); null when it has too few. */
    short[] lead() {
        return lead;
    }

    String articleId() {
        return articleId;
    }

    /** The story's names, lower case, in order of first appearance (title first), at most {@link #MAX_NAMES}. */
    List<String> names() {
        return names;
    }

    /**
     * The person or organisation of the actor dictionary named inside {@code span} (of the clean text), or null.
     * Countries and roles have entity ids too, but "Russia" and "the Russian government" are one side told two
     * ways, not two people.
     */
    String entityAt(Span span) {
        if (span == null) {
            return null;
        }
        for (ActorMention m : within(span)) {
            String id = m.entityId();
            if (id != null && (id.startsWith("person:") || id.startsWith("org:"))
                    && m.start() >= span.start() && m.end() <= span.end()) {
                return m.entityId();
            }
        }
        return null;
    }

    /**
     * The actor mentions inside {@code span}, in the article's order. Found by binary search over the mentions'
     * starts: every event mention asks this twice, and a scan of all the article's actors each time made an
     * article of many short sentences quadratic (31,401 event mentions x 62,802 actor mentions).
     */
    List<ActorMention> within(Span span) {
        if (span == null) {
            return List.of();
        }
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (actors.get(byStart[mid]).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Integer> inside = new ArrayList<>();
        for (int k = lo; k < byStart.length && actors.get(byStart[k]).start() <= span.end(); k++) {
            if (actors.get(byStart[k]).end() <= span.end()) {
                inside.add(byStart[k]);
            }
        }
        inside.sort(null);
        List<ActorMention> out = new ArrayList<>(inside.size());
        for (int i : inside) {
            out.add(actors.get(i));
        }
        return out;
    }

    static List<String> names(String title, String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : new String[] {title, text}) {
            if (part == null) {
                continue;
            }
            Matcher m = CAPITALISED.matcher(part);
            while (m.find() && out.size() < MAX_NAMES) {
                if (opensSentence(part, m.start())) {
                    continue; // any word is capitalised there
                }
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.endsWith("'s") || w.endsWith("’s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (w.length() >= 3 && !NOT_NAMES.contains(w)) {
                    out.add(w);
                }
            }
        }
        return List.copyOf(out);
    }

    /** After the start of the text, a line break, or a sentence end (quotes skipped). */
    private static boolean opensSentence(String s, int at) {
        int i = at - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '“' || s.charAt(i) == '‘'
                || s.charAt(i) == '\'' || s.charAt(i) == '(')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-' || c == '—';
    }

    /** Names of {@code a} also in {@code b}, in {@code a}'s order. */
    static List<String> shared(List<String> a, List<String> b) {
        Set<String> bs = new HashSet<>(b);
        List<String> out = new ArrayList<>();
        for (String w : a) {
            if (bs.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The names of a space-separated list (an event's). */
    static List<String> split(String names) {
        return names == null || names.isEmpty() ? List.of() : List.of(names.split(" "));
    }

    /** Space-separated {@code a}, then the names of {@code b} not in it, at most {@link #MAX_NAMES}. */
    static String union(String a, List<String> b) {
        List<String> have = split(a);
        if (have.size() >= MAX_NAMES || b.isEmpty()) {
            return a;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(have);
        for (String w : b) {
            if (out.size() >= MAX_NAMES) {
                break;
            }
            out.add(w);
        }
        return String.join(" ", out);
    }
}
