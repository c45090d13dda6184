package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article, sentences(article.text()));
    }

    /** Sentences of {@code text} with tokens, POS tags and lemmas; all offsets are into {@code text}. */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : untagged(text)) {
            out.add(tag(s));
        }
        return out;
    }

    /**
     * Sentences of {@code text} with their tokens but no POS tags or lemmas yet (both null): the cheap half of
     * {@link #sentences}, for callers that tag only the sentences they need (see {@link #tag}).
     */
    public List<Sentence> untagged(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : SentenceSplitter.split(text, sentenceDetector.get())) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            Span[] tokenSpans = tokenizer.get().tokenizePos(sentenceText);
            for (int[] piece : LongSentences.pieces(tokenSpans, sentenceText)) {
                int from = piece[0];
                int to = piece[1];
                // the first and last pieces keep the sentence's own ends; cuts fall on token edges
                int pieceStart = from == 0 ? s.getStart() : s.getStart() + tokenSpans[from].getStart();
                int pieceEnd = to == tokenSpans.length ? s.getEnd() : s.getStart() + tokenSpans[to - 1].getEnd();
                List<Token> tokens = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) {
                    Span t = tokenSpans[k];
                    tokens.add(new Token(s.getStart() + t.getStart(), s.getStart() + t.getEnd(),
                            sentenceText.substring(t.getStart(), t.getEnd()), null, null));
                }
                out.add(new Sentence(out.size(), pieceStart, pieceEnd, text.substring(pieceStart, pieceEnd), tokens));
            }
        }
        return out;
    }

    /** {@code sentence} with POS tags and lemmas on its tokens (POS tagging is the costly step of analysis). */
    public Sentence tag(Sentence sentence) {
        List<Token> in = sentence.tokens();
        String[] words = new String[in.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.get(i).text();
        }
        String[] tags = tagger.get().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = in.get(i);
            tokens.add(new Token(t.start(), t.end(), words[i], tags[i], lemmatizer.lemma(words[i], tags[i])));
        }
        return new Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(), tokens);
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
