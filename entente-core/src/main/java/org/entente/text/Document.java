package org.entente.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.entente.ingest.Article;

/**
 * One article as every stage sees it, in the spirit of spaCy's {@code Doc}: the clean text once, and over it the
 * sentence boundaries, the tokens' character offsets, their POS tags and lemmas, held as arrays indexed by sentence
 * or by token (a token's index counts from the start of the article). {@link Sentence} and {@link Token} are light
 * views over these arrays; nothing copies a sentence.
 *
 * <p>Stages add to it in order (docs/coder.md, "Architecture"): the text front end gives sentences and tokens,
 * POS tags and lemmas come later and only for the sentences that need them ({@link TextAnalyzer#tag}, once per
 * sentence), and later stages attach what they find under a {@link Layer} they declare (the actor mentions, the
 * coder's view of a sentence with its dependency parse). The document's tone is counted once, on first need.
 *
 * <p>A document belongs to the one thread that processes its article: it is not safe to share while stages add
 * to it.
 */
public final class Document {
    /**
     * A kind of annotation a later stage adds, declared by that stage (the text package knows nothing of actors or
     * events): {@code ActorRecognizer.MENTIONS} for the article's actor mentions, for instance.
     */
    public static final class Layer<T> {
        private final String name;

        private Layer(String name) {
            this.name = name;
        }

        public static <T> Layer<T> named(String name) {
            return new Layer<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Article article;
    private final String text;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    /** Token index of each sentence's first token; one more entry than sentences, the last = the token count. */
    private final int[] firstToken;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final String[] words;
    private final String[] tags;
    private final String[] lemmas;
    private final boolean[] tagged;
    private final Sentence[] sentenceViews;
    private final List<Sentence> sentenceList;
    /** How many sentences the tagger has run on (each at most once). */
    private int taggings;
    private Tone.Score tone;
    /** The tone of each sentence, counted on first need; null entries not counted yet. */
    private Double[] sentenceTone;
    private final Map<Layer<?>, Object> layers = new HashMap<>(4);
    private final Map<Layer<?>, Object[]> sentenceLayers = new HashMap<>(4);

    private Document(Builder b) {
        this.article = b.article;
        this.text = b.text;
        int n = b.sentences;
        int t = b.tokens;
        this.sentenceStart = Arrays.copyOf(b.sentenceStart, n);
        this.sentenceEnd = Arrays.copyOf(b.sentenceEnd, n);
        this.firstToken = Arrays.copyOf(b.firstToken, n + 1);
        this.tokenStart = Arrays.copyOf(b.tokenStart, t);
        this.tokenEnd = Arrays.copyOf(b.tokenEnd, t);
        this.words = new String[t];
        for (int k = 0; k < t; k++) {
            words[k] = text.substring(tokenStart[k], tokenEnd[k]);
        }
        this.tags = Arrays.copyOf(b.tags, t);
        this.lemmas = Arrays.copyOf(b.lemmas, t);
        this.tagged = new boolean[n];
        for (int s = 0; s < n; s++) {
            tagged[s] = firstToken[s] < firstToken[s + 1] && b.tags[firstToken[s]] != null;
        }
        this.sentenceViews = new Sentence[n];
        this.sentenceList = new SentenceList();
    }

    /** A document of {@code article}'s clean text. */
    public static Builder builder(Article article) {
        return new Builder(article, article.text());
    }

    /** A document of a bare text with no article around it (tools and tests). */
    public static Builder builder(String text) {
        return new Builder(null, text);
    }

    /** The article, or null for a bare text. */
    public Article article() {
        return article;
    }

    /** The clean text every offset points into. */
    public String text() {
        return text;
    }

    /** The article's language (ISO 639-1), detected once when the article was read; null when unknown. */
    public String language() {
        return article == null ? null : article.language();
    }

    public int sentenceCount() {
        return sentenceStart.length;
    }

    /** The sentences, in order, as views (made once each). */
    public List<Sentence> sentences() {
        return sentenceList;
    }

    public Sentence sentence(int index) {
        Sentence s = sentenceViews[index];
        if (s == null) {
            s = new Sentence(this, index);
            sentenceViews[index] = s;
        }
        return s;
    }

    public int sentenceStart(int sentence) {
        return sentenceStart[sentence];
    }

    public int sentenceEnd(int sentence) {
        return sentenceEnd[sentence];
    }

    /** The article-wide index of the sentence's first token. */
    public int firstToken(int sentence) {
        return firstToken[sentence];
    }

    /** The number of tokens of the sentence. */
    public int tokenCount(int sentence) {
        return firstToken[sentence + 1] - firstToken[sentence];
    }

    /** All tokens of the article. */
    public int tokenCount() {
        return tokenStart.length;
    }

    public int tokenStart(int token) {
        return tokenStart[token];
    }

    public int tokenEnd(int token) {
        return tokenEnd[token];
    }

    public String word(int token) {
        return words[token];
    }

    /** The token's Penn tag, or null while its sentence is untagged. */
    public String pos(int token) {
        return tags[token];
    }

    /** The token's lemma, or null while its sentence is untagged. */
    public String lemma(int token) {
        return lemmas[token];
    }

    public boolean isTagged(int sentence) {
        return tagged[sentence];
    }

    /** How many sentences the tagger ran on for this document: never more than the sentence count. */
    public int taggings() {
        return taggings;
    }

    /** Sets the tags and lemmas of an untagged sentence; the tagger runs once per sentence, so twice is a bug. */
    void setTags(int sentence, String[] sentenceTags, String[] sentenceLemmas) {
        if (tagged[sentence]) {
            throw new IllegalStateException("sentence " + sentence + " is tagged already");
        }
        int from = firstToken[sentence];
        int n = tokenCount(sentence);
        if (sentenceTags.length != n || sentenceLemmas.length != n) {
            throw new IllegalArgumentException("sentence " + sentence + " has " + n + " tokens, not "
                    + sentenceTags.length);
        }
        System.arraycopy(sentenceTags, 0, tags, from, n);
        System.arraycopy(sentenceLemmas, 0, lemmas, from, n);
        tagged[sentence] = true;
        taggings++;
    }

    /** The words of a sentence, in a new array (what the tagger reads). */
    String[] words(int sentence) {
        return Arrays.copyOfRange(words, firstToken[sentence], firstToken[sentence + 1]);
    }

    /** The tone of the whole text ({@link Tone}), counted once. */
    public Tone.Score tone() {
        if (tone == null) {
            tone = Tone.standard().score(text);
        }
        return tone;
    }

    /**
     * The tone of {@code text[start, end)}: counted once per sentence when the range is sentence {@code sentence}'s
     * (an event's span is its sentence's), counted afresh for any other range.
     */
    public double tone(int sentence, int start, int end) {
        if (sentence < 0 || sentence >= sentenceCount() || sentenceStart[sentence] != start
                || sentenceEnd[sentence] != end) {
            return Tone.standard().score(text, start, end).tone();
        }
        if (sentenceTone == null) {
            sentenceTone = new Double[sentenceCount()];
        }
        if (sentenceTone[sentence] == null) {
            sentenceTone[sentence] = Tone.standard().score(text, start, end).tone();
        }
        return sentenceTone[sentence];
    }

    /** What a later stage attached under {@code layer}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        return (T) layers.get(layer);
    }

    public <T> void put(Layer<T> layer, T value) {
        layers.put(layer, value);
    }

    /** What a later stage attached to one sentence under {@code layer}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer, int sentence) {
        Object[] values = sentenceLayers.get(layer);
        return values == null ? null : (T) values[sentence];
    }

    public <T> void put(Layer<T> layer, int sentence, T value) {
        sentenceLayers.computeIfAbsent(layer, k -> new Object[sentenceCount()])[sentence] = value;
    }

    private final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
        @Override
        public Sentence get(int index) {
            return sentence(index);
        }

        @Override
        public int size() {
            return sentenceCount();
        }
    }

    /**
     * Builds a document: tokens first, then the sentence that ends with them ({@link #sentence}). Tokens may carry
     * a tag and lemma already (a test's hand-tagged sentence); a sentence whose tokens all do counts as tagged.
     */
    public static final class Builder {
        private final Article article;
        private final String text;
        private int sentences;
        private int tokens;
        private int[] sentenceStart = new int[16];
        private int[] sentenceEnd = new int[16];
        private int[] firstToken = new int[17];
        private int[] tokenStart = new int[256];
        private int[] tokenEnd = new int[256];
        private String[] tags = new String[256];
        private String[] lemmas = new String[256];

        private Builder(Article article, String text) {
            this.article = article;
            this.text = text == null ? "" : text;
        }

        /** The text the document is built over. */
        public String text() {
            return text;
        }

        /** An untagged token of the sentence being built, at {@code text[start, end)}. */
        public Builder token(int start, int end) {
            return token(start, end, null, null);
        }

        public Builder token(int start, int end, String pos, String lemma) {
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("token [" + start + ", " + end + ") is outside the text");
            }
            if (tokens == tokenStart.length) {
                int cap = tokens * 2;
                tokenStart = Arrays.copyOf(tokenStart, cap);
                tokenEnd = Arrays.copyOf(tokenEnd, cap);
                tags = Arrays.copyOf(tags, cap);
                lemmas = Arrays.copyOf(lemmas, cap);
            }
            tokenStart[tokens] = start;
            tokenEnd[tokens] = end;
            tags[tokens] = pos;
            lemmas[tokens] = lemma;
            tokens++;
            return this;
        }

        /** Ends a sentence at {@code text[start, end)}: it holds the tokens added since the last one. */
        public Builder sentence(int start, int end) {
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("sentence [" + start + ", " + end + ") is outside the text");
            }
            if (sentences + 1 >= firstToken.length) {
                int cap = sentences * 2 + 2;
                sentenceStart = Arrays.copyOf(sentenceStart, cap);
                sentenceEnd = Arrays.copyOf(sentenceEnd, cap);
                firstToken = Arrays.copyOf(firstToken, cap + 1);
            }
            sentenceStart[sentences] = start;
            sentenceEnd[sentences] = end;
            sentences++;
            firstToken[sentences] = tokens;
            return this;
        }

        public Document build() {
            if (firstToken[sentences] != tokens) {
                throw new IllegalStateException((tokens - firstToken[sentences]) + " tokens after the last sentence");
            }
            return new Document(this);
        }
    }
}
