package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
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
    private final ThreadLocal<POSTaggerME> tagger;
    private final Lemmatizer lemmatizer = Lemmatizer.english();

    private TextAnalyzer() {
        sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        tokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
        posModel = load(POS_MODEL, POSModel::new);
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new MemoTokenizer(new TokenizerME(tokenizerModel)));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.PENN));
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

    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article, sentences(article.text()));
    }

    /** Sentences of {@code text} with tokens, POS tags and lemmas; all offsets are into {@code text}. */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : SentenceSplitter.split(text, sentenceDetector.get())) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            Span[] tokenSpans = tokenizer.get().tokenizePos(sentenceText);
            String[] words = new String[tokenSpans.length];
            for (int i = 0; i < tokenSpans.length; i++) {
                words[i] = sentenceText.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
            }
            String[] tags = tagger.get().tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                int start = s.getStart() + tokenSpans[i].getStart();
                tokens.add(new Token(start, start + words[i].length(), words[i], tags[i],
                        lemmatizer.lemma(words[i], tags[i])));
            }
            out.add(new Sentence(out.size(), s.getStart(), s.getEnd(), sentenceText, tokens));
        }
        return out;
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
