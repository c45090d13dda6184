package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import org.entente.events.syntax.Lexicon;
import org.entente.text.parse.DependencyParse;
import org.entente.text.parse.DependencyParser;
import org.entente.events.matching.PatternKeys;
import org.entente.events.model.EventMention;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * The features the learned filter reads for one emitted event: what the coder decided (pattern, code, modality, the
 * rules that changed it), the trigger word and its neighbours, the kinds of actor on each side and how far they stand
 * from the trigger, cues of condition, capability or proposal before the trigger, quotation, where the sentence is
 * and how long it is, and cues that the article is opinion or analysis rather than a report. All are binary (present
 * or not), named {@code group=value}; they come from the coder's own analysed sentence (tokens, POS tags, lemmas):
 * distances counted in tokens and the stretch between trigger and actor (verbs, commas, clause openers, the actor's
 * preposition). Also: a private doer or target (business, media, civilians), a noun trigger modifying a noun, and the
 * sentence's competing events. Where the coder parsed the sentence, {@link ParseFeatures} adds what the parse says
 * (the trigger's relation and head, the clauses above it, how each actor hangs on it); elsewhere {@code parse=none}.
 * The cue words are rows of events/lexicon.tsv ({@code filter-features.*}).
 */
public final class FilterFeatures {
    /**
     * The article-level location step (events.NearbyPlaces) runs after the filter has judged each sentence's
     * events: the filter never sees it when coding, so training must not see it either. So does the dateline default.
     */
    static final Set<String> ARTICLE_LEVEL_LOCATION = Set.of("locate-nearby", "locate-dateline");

    /** Words before a trigger that make it something other than a plain act: a condition, a capability, a plan. */
    private static final Set<String> CUES = Lexicon.words("filter-features.cues");
    /** Words in an article's first lines that mark opinion or analysis rather than a news report (sorted). */
    private static final List<String> GENRE_CUES = List.copyOf(new TreeSet<>(Lexicon.words("filter-features.genre-cues")));
    private static final Set<String> FIRST_PERSON = Lexicon.words("filter-features.first-person");
    private static final Set<String> QUOTES = Lexicon.words("filter-features.quotes");
    /** Actor-code roles (not words): organisations. */
    private static final Set<String> ROLE_ORGS = Set.of("IGO", "NGO", "NGM");
    /** Role codes of a business or private doer: no state's act (CAMEO codes them only beside a state). */
    private static final Set<String> PRIVATE_ROLES = Set.of("MNC", "BUS", "CVL", "MED", "EDU", "HLH");

    private FilterFeatures() {
    }

    /** The features of {@code e}, emitted from {@code sentence} of {@code article}, as the only event there. */
    public static List<String> of(Article article, Sentence sentence, EventMention e) {
        return of(article, sentence, e, List.of(e));
    }

    /**
     * The features of {@code e}, emitted from {@code sentence} of {@code article} beside the sentence's other events
     * {@code sentenceEvents} (those of the learned proposer are not counted: the filter is trained without them).
     */
    public static List<String> of(Article article, Sentence sentence, EventMention e,
                                  List<EventMention> sentenceEvents) {
        return of(article, sentence, sentence.document().get(DependencyParser.PARSES, sentence.index()), e,
                sentenceEvents);
    }

    /**
     * As {@link #of(Article, Sentence, EventMention, List)} with the sentence's dependency parse {@code parse} (null
     * where the coder made none: the filter never parses a sentence itself). Each feature once: the model adds a
     * weight per name listed, and training reads each example's features as a set.
     */
    public static List<String> of(Article article, Sentence sentence, DependencyParse parse, EventMention e,
                                  List<EventMention> sentenceEvents) {
        List<String> f = new ArrayList<>(96);
        List<Token> tokens = sentence.tokens();
        int trig = tokenAt(tokens, e.verbSpan());
        f.add("pat=" + patternKey(e.pattern()));
        f.add("code=" + e.code());
        f.add("root=" + e.root());
        f.add("mod=" + e.modality().label());
        f.add("root|mod=" + e.root() + "|" + e.modality().label());
        siblings(e, sentenceEvents, f);
        for (String r : e.rules()) {
            if (!ARTICLE_LEVEL_LOCATION.contains(r)) {
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
        if (isPrivate(e.source())) {
            f.add("src.private");
            f.add("root|src.private=" + e.root());
        }
        if (isPrivate(e.target())) {
            f.add("tgt.private");
        }
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
            neighbourTags(tokens, trig, f);
            path("src", tokens, trig, e.sourceSpan(), f);
            path("tgt", tokens, trig, e.targetSpan(), f);
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
        ParseFeatures.add(parse, tokens, trig, e, f);
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
        return List.copyOf(new LinkedHashSet<>(f));
    }

    /**
     * The pattern an event came from, as the model keys it: a pattern row by its content (code and text, see
     * {@link PatternKeys}), so that rows inserted or deleted above it leave its weight with it; a rule's derived event
     * by the rule alone ("rule:want-as-urge", whatever pattern it was derived from); "none" without a pattern.
     */
    static String patternKey(String provenance) {
        if (provenance == null) {
            return "none";
        }
        if (provenance.startsWith("rule:")) {
            int from = provenance.indexOf("<-");
            return from < 0 ? provenance : provenance.substring(0, from);
        }
        return PatternKeys.ofOrigin(provenance);
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
        if (head.equals("MNC")) {
            return "business";
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

    /** A business, the media, civilians, schools or health workers: no office of a state. */
    static boolean isPrivate(String code) {
        if (code == null || code.length() < 3) {
            return false;
        }
        if (code.startsWith("MNC")) {
            return true;
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (PRIVATE_ROLES.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many events the sentence has (1, 2, 3+), and whether another one comes from the same trigger with another
     * root or the same root from another trigger: competing readings of one act, of which at most one is right.
     */
    private static void siblings(EventMention e, List<EventMention> sentenceEvents, List<String> f) {
        int n = 0;
        boolean otherRootSameTrigger = false;
        boolean sameRootOtherTrigger = false;
        for (EventMention o : sentenceEvents) {
            if (EventProposer.proposed(o)) {
                continue;
            }
            n++;
            if (o == e) {
                continue;
            }
            boolean sameTrigger = java.util.Objects.equals(o.verbSpan(), e.verbSpan());
            otherRootSameTrigger |= sameTrigger && !o.root().equals(e.root());
            sameRootOtherTrigger |= !sameTrigger && o.root().equals(e.root());
        }
        f.add("sent.events=" + (n >= 3 ? "3+" : String.valueOf(Math.max(n, 1))));
        if (otherRootSameTrigger) {
            f.add("trigger.other_root");
        }
        if (sameRootOtherTrigger) {
            f.add("root.other_trigger");
        }
    }

    /**
     * The coarse tags beside the trigger, and whether a noun trigger modifies the noun after it ("attack
     * helicopters", "protest songs": a word sense, not an act).
     */
    private static void neighbourTags(List<Token> tokens, int trig, List<String> f) {
        String before = trig > 0 ? coarse(tokens.get(trig - 1)) : "<s>";
        String after = trig + 1 < tokens.size() ? coarse(tokens.get(trig + 1)) : "</s>";
        String self = coarse(tokens.get(trig));
        f.add("t-1=" + before);
        f.add("t+1=" + after);
        f.add("t-1|t|t+1=" + before + "|" + self + "|" + after);
        if (self.equals("N") && after.equals("N")) {
            f.add("trig.noun_modifier");
        }
    }

    /**
     * The shape of the stretch between the trigger and an actor, read from the words (the parse's path is {@link
     * ParseFeatures}', where there is a parse): the word just before the actor (its preposition: "with", "by", "of"), and whether verbs, a comma or a
     * clause opener lie between (an actor of another clause is often not the trigger's argument).
     */
    private static void path(String side, List<Token> tokens, int trig, Span span, List<String> f) {
        int at = tokenAt(tokens, span);
        if (at < 0) {
            return;
        }
        f.add(side + ".prev=" + (at == 0 ? "<s>" : word(tokens.get(at - 1))));
        int from = Math.min(at, trig) + 1;
        int to = Math.max(at, trig);
        int verbs = 0;
        boolean comma = false;
        boolean opener = false;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            verbs += coarse(t).equals("V") ? 1 : 0;
            comma |= t.text().equals(",");
            opener |= t.pos() != null && (t.pos().startsWith("W") || t.text().equalsIgnoreCase("that"));
        }
        f.add(side + ".verbs_between=" + Math.min(verbs, 2));
        if (comma) {
            f.add(side + ".comma_between");
        }
        if (opener) {
            f.add(side + ".clause_between");
        }
    }

    /** N(oun), V(erb), J (adjective), I (preposition), D (determiner), P (pronoun), or the tag itself. */
    private static String coarse(Token t) {
        String pos = t.pos();
        if (pos == null || pos.isEmpty()) {
            return "none";
        }
        char c = pos.charAt(0);
        return switch (c) {
            case 'N', 'V', 'J', 'I', 'D' -> String.valueOf(c);
            case 'P' -> pos.startsWith("PRP") ? "P" : pos;
            default -> pos;
        };
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
