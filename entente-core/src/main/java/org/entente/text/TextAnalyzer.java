package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.ingest.Article;

/**
 * Splits clean text into sentences, tokens and Penn Treebank POS tags with the OpenNLP English UD models.
 * The models are loaded once and shared; the OpenNLP taggers are not thread-safe, so each thread gets its own.
 */
public final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile TextAnalyzer shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<MemoTokenizer> tokenizer;
    private final ThreadLocal<GreedyPosTagger> tagger;
    private final Lemmatizer lemmatizer = Lemmatizer.english();
    /** Sentences the tagger has run on, over all documents and threads: what tests check nothing tags twice by. */
    private final java.util.concurrent.atomic.LongAdder taggerRuns = new java.util.concurrent.atomic.LongAdder();

    private TextAnalyzer() {
        sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        tokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
        posModel = load(POS_MODEL, in -> PosModels.load(in, 1)); // greedy: same tags, see PosModels
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        Map<String, int[]> splits = MemoTokenizer.shared(); // one memo for all threads: each word is modelled once
        tokenizer = ThreadLocal.withInitial(() -> new MemoTokenizer(new TokenizerME(tokenizerModel), splits));
        // beam of one, decoded by argmax: OpenNLP's tags, without its beam-search overhead (see GreedyPosTagger)
        tagger = ThreadLocal.withInitial(() -> new GreedyPosTagger(posModel));
    }

    /** The process-wide analyzer (models are ~1.5 MB and take a moment to load). */
    public static TextAnalyzer shared() {
        TextAnalyzer a = shared;
        if (a == null) {
            synchronized (TextAnalyzer.class) {
                if (shared == null) {
                    shared = new TextAnalyzer();
                }
                a = shared;
            }
        }
        return a;
    }

    /** Penn tags for one tokenized sentence, by this thread's product tagger (for benchmarks and tools). */
    public String[] posTags(String[] words) {
        return tagger.get().tag(words);
    }

    /** {@code article} as a document, every sentence tagged (tools and tests; the pipeline tags only some). */
    public Document analyze(Article article) {
        return tagAll(document(article));
    }

    /** Sentences of {@code text} with tokens, POS tags and lemmas; all offsets are into {@code text}. */
    public List<Sentence> sentences(String text) {
        return tagAll(untagged(Document.builder(text))).sentences();
    }

    /**
     * {@code article} as a document of sentences and tokens with no POS tags or lemmas yet: the cheap half of
     * analysis, for callers that tag only the sentences they need (see {@link #tag}).
     */
    public Document document(Article article) {
        return untagged(Document.builder(article));
    }

    /** A bare text (no article around it) as an untagged document: tools and tests. */
    public Document document(String text) {
        return untagged(Document.builder(text));
    }

    private Document untagged(Document.Builder doc) {
        String text = doc.text();
        for (Span s : SentenceSplitter.split(text, sentenceDetector.get())) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            Span[] tokenSpans = tokenizer.get().tokenizePos(sentenceText);
            for (int[] piece : LongSentences.pieces(tokenSpans, sentenceText)) {
                int from = piece[0];
                int to = piece[1];
                // the first and last pieces keep the sentence's own ends; cuts fall on token edges
                int pieceStart = from == 0 ? s.getStart() : s.getStart() + tokenSpans[from].getStart();
                int pieceEnd = to == tokenSpans.length ? s.getEnd() : s.getStart() + tokenSpans[to - 1].getEnd();
                for (int k = from; k < to; k++) {
                    Span t = tokenSpans[k];
                    doc.token(s.getStart() + t.getStart(), s.getStart() + t.getEnd());
                }
                doc.sentence(pieceStart, pieceEnd);
            }
        }
        return doc.build();
    }

    /** How many document sentences this analyzer's tagger has run on since it was made. */
    public long taggerRuns() {
        return taggerRuns.sum();
    }

    /** Tags every sentence of {@code doc} not tagged yet; returns {@code doc}. */
    public Document tagAll(Document doc) {
        for (int i = 0; i < doc.sentenceCount(); i++) {
            tag(doc, i);
        }
        return doc;
    }

    /**
     * POS tags and lemmas for sentence {@code sentence} of {@code doc}, written into the document (POS tagging is the
     * costly step of analysis); a sentence tagged already is left as it is, so the tagger runs once per sentence.
     */
    public void tag(Document doc, int sentence) {
        if (doc.isTagged(sentence) || doc.tokenCount(sentence) == 0) {
            return;
        }
        String[] words = doc.words(sentence);
        String[] tags = tagger.get().tag(words);
        taggerRuns.increment();
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = lemmatizer.lemma(words[i], tags[i]);
        }
        doc.setTags(sentence, tags, lemmas);
    }

    private interface ModelFactory<T> {
        T create(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelFactory<T> factory) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
            }
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
