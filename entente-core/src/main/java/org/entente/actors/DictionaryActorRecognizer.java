package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.entente.text.Document;

/**
 * The standard recognizer: dictionary matching ({@link PatternTrie}), composition ({@link Composer}) and light
 * coreference ({@link Coreference}), all coded as of the article's date. Thread-safe: per-call state only.
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {
    private final KnowledgeBase kb;

    public DictionaryActorRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public List<ActorMention> recognize(Document doc) {
        LocalDate date = doc.article() == null ? null : doc.article().date();
        String text = doc.text();
        int sentences = doc.sentenceCount();
        // Pass 1: composed dictionary actors per sentence; the article's main country comes from all of them.
        List<List<Composer.Group>> groups = new ArrayList<>(sentences);
        List<WordScanner.Words> words = new ArrayList<>(sentences);
        Map<String, Integer> countryCounts = new HashMap<>();
        int longest = 0;
        for (int si = 0; si < sentences; si++) {
            longest = Math.max(longest, doc.sentenceEnd(si) - doc.sentenceStart(si));
        }
        char[] scratch = new char[longest]; // one copy buffer for all the article's sentences
        Map<List<KbEntry>, KnowledgeBase.Resolved> resolved = new IdentityHashMap<>();
        List<List<Composer.Item>> items = new ArrayList<>(sentences);
        for (int si = 0; si < sentences; si++) {
            int start = doc.sentenceStart(si);
            int end = doc.sentenceEnd(si);
            WordScanner.Words w = new WordScanner.Words(WordScanner.Words.capacityFor(end - start));
            WordScanner.scan(text, start, end, w, kb.trie().vocabulary(), scratch);
            items.add(Composer.items(kb.trie(), w, date, resolved));
            words.add(w);
        }
        // a bare surname or acronym means the dictionary's entity only where the whole article backs it
        ShortForms.apply(items, words, date);
        for (int si = 0; si < sentences; si++) {
            List<Composer.Group> g = Composer.compose(items.get(si), words.get(si));
            for (Composer.Group x : g) {
                if (x.country() != null && !x.pair() && !x.kind().equals("city")) {
                    countryCounts.merge(x.country(), 1, Integer::sum);
                }
            }
            groups.add(g);
        }
        // generic actors placed by the text, then people the dictionary lacks, named with a title (docs/actors.md):
        // in that order, so that "spokesman Jane Doe" in an article about one country teaches "Doe" that country
        // bodies the dictionary lacks, named by their head noun ("the Refugee Council"), before roles take places
        NamedBodies.apply(groups, words);
        PlacedRoles.apply(groups, words, text);
        NamedByTitle.apply(groups, words);
        for (List<Composer.Group> gs : groups) { // bodies that held their words but are no actor ("Welsh Rugby Union")
            gs.removeIf(g -> NamedBodies.NOT_AN_ACTOR.equals(g.kind()));
        }
        String mainCountry = null;
        int bestCount = 0;
        for (List<Composer.Group> gs : groups) { // first-mentioned wins ties
            for (Composer.Group x : gs) {
                Integer n = x.country() == null ? null : countryCounts.get(x.country());
                if (n != null && n > bestCount) {
                    bestCount = n;
                    mainCountry = x.country();
                }
            }
        }
        // Pass 2: emit in text order, resolving coreference against what came before.
        Coreference coref = new Coreference(mainCountry, text);
        List<ActorMention> out = new ArrayList<>();
        for (int si = 0; si < sentences; si++) {
            WordScanner.Words w = words.get(si);
            coref.startSentence();
            for (Coreference.Found f : coref.resolve(groups.get(si), w)) {
                ActorMention m = mention(doc, si, f.start(), f.end(), f);
                if (stance(text, f.start())) {
                    m = withoutCountry(m);
                }
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static ActorMention mention(Document doc, int sentence, int start, int end, Coreference.Found f) {
        String text = doc.text();
        // "U.S." / "U.K.": the last period belongs to the abbreviation the pattern matched
        if (end < text.length() && text.charAt(end) == '.' && end - start >= 3 && text.charAt(end - 2) == '.') {
            end++;
        }
        // The first token ending after start: guess its index from where start lies in the sentence, then step
        // to it. Tokens are spread evenly enough that this reads two or three tokens where a binary search read
        // five, and each read is a cache miss when the article is no longer fresh (the profile's cost here).
        int base = doc.firstToken(sentence);
        int n = doc.tokenCount(sentence);
        int sStart = doc.sentenceStart(sentence);
        int sLength = doc.sentenceEnd(sentence) - sStart;
        int lo = (int) Math.min(n, (long) Math.max(0, start - sStart) * n / Math.max(1, sLength));
        while (lo > 0 && doc.tokenEnd(base + lo - 1) > start) {
            lo--;
        }
        while (lo < n && doc.tokenEnd(base + lo) <= start) {
            lo++;
        }
        // then walk while tokens start before end
        int first = -1;
        int last = -1;
        for (int i = lo; i < n && doc.tokenStart(base + i) < end; i++) {
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        return new ActorMention(sentence, start, end, first, last, text.substring(start, end), f.code(),
                f.country(), f.role(), f.entityId(), f.kind(), f.confidence(), f.source());
    }

    /**
     * "pro-Russia rebels", "anti-Japanese protesters", "the pro-Western president": a place glued to "pro-" or
     * "anti-" names a side the actor takes, not the actor's country. True when the text before {@code start}
     * ends in such a prefix.
     */
    private static boolean stance(String text, int start) {
        int k = start;
        if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
            return false; // "anti-government guerrillas of Nepal": the stance is on a role word, the place stands
        }
        if (k > 0 && (text.charAt(k - 1) == '-' || text.charAt(k - 1) == '\u2010' || text.charAt(k - 1) == '\u2011')) {
            k--;
        } else {
            return false;
        }
        int from = Math.max(0, k - 4);
        String before = text.substring(from, k).toLowerCase(java.util.Locale.ROOT);
        boolean word = before.endsWith("pro") && (k - 3 == 0 || !Character.isLetter(text.charAt(k - 4)))
                || before.endsWith("anti") && (k - 4 == 0 || !Character.isLetter(text.charAt(k - 5)));
        return word;
    }

    /**
     * The actor without the country or region its stance word named: its role alone ("---REB", no country), with the
     * reason in its provenance ("pro-Taliban militants" → ---REB); null when the mention is the stance's object
     * alone ("the anti-Trump march": the marchers act, not Trump).
     */
    private static ActorMention withoutCountry(ActorMention m) {
        if (m.code() != null && m.code().startsWith("---")) {
            return m; // already a bare role
        }
        if ("person".equals(m.kind()) && m.text().indexOf(' ') > 0) {
            return m; // "the pro-Syrian President Emile Lahoud": the person's own row codes him, not the stance
        }
        if (m.role() == null || m.text().indexOf(' ') < 0) {
            return null; // "anti-Trump", "pro-Tehran", "pro-US": the cause alone is no actor here
        }
        return new ActorMention(m.sentence(), m.start(), m.end(), m.firstToken(), m.lastToken(), m.text(),
                "---" + m.role(), null, m.role(), "role:" + m.role(), "role", m.confidence(),
                m.source() + " (after pro-/anti-: a side taken, not the actor's country)");
    }

    /** Distinct countries in order of appearance, for tests and tools. */
    static List<String> countries(List<ActorMention> ms) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (ActorMention m : ms) {
            if (m.country() != null) {
                out.add(m.country());
            }
        }
        return new ArrayList<>(out);
    }
}
