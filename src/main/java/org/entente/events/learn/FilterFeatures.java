package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.events.EventMention;
import org.entente.events.Span;
import org.entente.ingest.Article;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * The features the learned filter reads for one emitted event: what the coder decided (pattern, code, modality, the
 * rules that changed it), the trigger word and its neighbours, the kinds of actor on each side and how far they stand
 * from the trigger, cues of condition, capability or proposal before the trigger, quotation, where the sentence is
 * and how long it is, and cues that the article is opinion or analysis rather than a report. All are binary (present
 * or not), named {@code group=value}; they come from the coder's own analysed sentence (tokens, POS tags, lemmas),
 * as there is no dependency parse on this path, so distances are counted in tokens.
 */
public final class FilterFeatures {
    /**
     * The article-level location step (events.NearbyPlaces) runs after the filter has judged each sentence's
     * events: the filter never sees it when coding, so training must not see it either.
     */
    static final String ARTICLE_LEVEL_LOCATION = "locate-nearby";

    /** Words before a trigger that make it something other than a plain act: a condition, a capability, a plan. */
    private static final Set<String> CUES = Set.of("if", "unless", "whether", "could", "would", "may", "might",
            "should", "can", "must", "will", "capable", "able", "ability", "threaten", "plan", "propose", "proposal",
            "offer", "call", "urge", "ready", "consider", "seek", "want", "hope", "aim", "try", "possible", "risk",
            "fear", "warn", "allege", "accuse", "deny", "not", "no", "never", "without", "against", "after", "since",
            "before", "when", "last", "ago", "year", "game", "match", "team", "cup", "win");
    /** Words in an article's first lines that mark opinion or analysis rather than a news report. */
    private static final List<String> GENRE_CUES = List.of("opinion", "analysis", "comment", "column", "editorial",
            "op-ed", "review", "blog", "letter", "interview", "explainer", "podcast", "i think", "we need");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "us", "me");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "``", "''");
    private static final Set<String> ROLE_ORGS = Set.of("IGO", "NGO", "MNC", "NGM");

    private FilterFeatures() {
    }

    /** The features of {@code e}, emitted from {@code sentence} of {@code article}. */
    public static List<String> of(Article article, Sentence sentence, EventMention e) {
        List<String> f = new ArrayList<>(48);
        List<Token> tokens = sentence.tokens();
        int trig = tokenAt(tokens, e.verbSpan());
        String pattern = e.pattern() == null ? "none" : e.pattern();
        boolean derived = pattern.startsWith("rule:");
        f.add("pat=" + (derived ? pattern.substring(0, pattern.indexOf("<-") < 0 ? pattern.length()
                : pattern.indexOf("<-")) : pattern));
        f.add("code=" + e.code());
        f.add("root=" + e.root());
        f.add("mod=" + e.modality().label());
        for (String r : e.rules()) {
            if (!r.equals(ARTICLE_LEVEL_LOCATION)) {
                f.add("rule=" + r);
            }
        }
        if (e.saidBy() != null) {
            f.add("said_by");
        }
        if (e.historical()) {
            f.add("historical");
        }
        String src = kind(e.source());
        String tgt = kind(e.target());
        f.add("src=" + src);
        f.add("tgt=" + tgt);
        f.add("src|tgt=" + src + "|" + tgt);
        f.add("root|src=" + e.root() + "|" + src);
        f.add("root|tgt=" + e.root() + "|" + tgt);
        if (e.sourceCountry() != null && e.sourceCountry().equals(e.targetCountry())) {
            f.add("same_country");
        }
        if (trig >= 0) {
            Token t = tokens.get(trig);
            String lemma = word(t);
            f.add("trig=" + lemma);
            f.add("trig|root=" + lemma + "|" + e.root());
            f.add("trig.pos=" + (t.pos() == null ? "none" : t.pos()));
            f.add("trig.pos|root=" + (t.pos() == null ? "none" : t.pos()) + "|" + e.root());
            for (int k = -2; k <= 2; k++) {
                int j = trig + k;
                if (k != 0) {
                    f.add("w" + (k > 0 ? "+" : "") + k + "=" + (j < 0 ? "<s>" : j >= tokens.size() ? "</s>"
                            : word(tokens.get(j))));
                }
            }
            f.add("src.at=" + distance(tokens, trig, e.sourceSpan()));
            f.add("tgt.at=" + distance(tokens, trig, e.targetSpan()));
            int quotes = 0;
            for (int j = 0; j < trig; j++) {
                quotes += QUOTES.contains(tokens.get(j).text()) ? 1 : 0;
            }
            if (quotes % 2 == 1) {
                f.add("quote.inside");
            }
            for (int j = Math.max(0, trig - 6); j < trig; j++) {
                String w = word(tokens.get(j));
                if (CUES.contains(w)) {
                    f.add("cue=" + w);
                }
            }
            for (int j = trig + 1; j < Math.min(tokens.size(), trig + 4); j++) {
                String w = word(tokens.get(j));
                if (CUES.contains(w)) {
                    f.add("cue.after=" + w);
                }
            }
        } else {
            f.add("trig=none");
        }
        boolean quoted = false;
        boolean firstPerson = false;
        for (Token t : tokens) {
            quoted |= QUOTES.contains(t.text());
            firstPerson |= FIRST_PERSON.contains(t.text().toLowerCase(Locale.ROOT));
        }
        if (quoted) {
            f.add("quote.sentence");
        }
        if (firstPerson) {
            f.add("first_person");
        }
        f.add("sent.index=" + bucket(sentence.index(), 0, 1, 3, 6, 12));
        f.add("sent.tokens=" + bucket(tokens.size(), 0, 10, 20, 30, 45));
        genre(article, f);
        return f;
    }

    /** "country" (RUS), "org" (IGOUNO), "generic" (---CVL), "role:GOV" (RUSGOV), or "none". */
    static String kind(String code) {
        if (code == null || code.isEmpty()) {
            return "none";
        }
        if (code.startsWith("---")) {
            return "generic";
        }
        String head = code.length() >= 3 ? code.substring(0, 3) : code;
        if (ROLE_ORGS.contains(head)) {
            return "org";
        }
        if (code.length() <= 3) {
            return "country";
        }
        return "role:" + code.substring(3, Math.min(6, code.length()));
    }

    static void genre(Article article, List<String> f) {
        String lead = (article.title() == null ? "" : article.title() + " ")
                + article.text().substring(0, Math.min(400, article.text().length()));
        lead = lead.toLowerCase(Locale.ROOT);
        for (String cue : GENRE_CUES) {
            if (lead.contains(cue)) {
                f.add("genre=" + cue);
            }
        }
    }

    /** The first token inside {@code span} (the trigger's first word), or -1. */
    private static int tokenAt(List<Token> tokens, Span span) {
        if (span == null) {
            return -1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Where an actor stands from the trigger, in tokens: "none", or before/after with a distance bucket. */
    private static String distance(List<Token> tokens, int trig, Span span) {
        int at = tokenAt(tokens, span);
        if (at < 0) {
            return "none";
        }
        int d = at - trig;
        return (d < 0 ? "before" : "after") + bucket(Math.abs(d), 0, 2, 4, 8, 16);
    }

    /** The index of the largest bound not above {@code v}, as a label ("0", "2", ... , "16+"). */
    private static String bucket(int v, int... bounds) {
        String label = String.valueOf(bounds[0]);
        for (int b : bounds) {
            if (v >= b) {
                label = String.valueOf(b);
            }
        }
        return v >= bounds[bounds.length - 1] ? label + "+" : label;
    }

    private static String word(Token t) {
        String w = t.lemma() != null ? t.lemma() : t.text();
        return w.toLowerCase(Locale.ROOT);
    }
}
