package org.entente.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.ingest.Article;
import org.entente.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Text analysis per article: the product's whole {@link TextAnalyzer} and, for the share of each part, the three
 * OpenNLP steps it is made of (same models) on pre-split input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class AnalyseBench {
    private List<Article> articles;
    private TextAnalyzer analyzer;
    private SentenceDetectorME detector;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private List<String> sentences;
    private List<String[]> tokens;

    @Setup
    public void setup() throws IOException {
        articles = Corpus.load();
        analyzer = TextAnalyzer.shared();
        detector = new SentenceDetectorME(new SentenceModel(model("sentence")));
        tokenizer = new TokenizerME(new TokenizerModel(model("tokens")));
        tagger = new POSTaggerME(new POSModel(model("pos")), POSTagFormat.PENN);
        sentences = new ArrayList<>();
        tokens = new ArrayList<>();
        for (Article a : articles) {
            for (Span s : detector.sentPosDetect(a.text())) {
                String sentence = s.getCoveredText(a.text()).toString();
                sentences.add(sentence);
                tokens.add(tokenizer.tokenize(sentence));
            }
        }
    }

    private static InputStream model(String kind) {
        return AnalyseBench.class.getResourceAsStream("/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin");
    }

    /** The product path: split + tokenize + POS + lemma. */
    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void analyse(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(analyzer.analyze(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void split(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(detector.sentPosDetect(a.text()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void tokenize(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(tokenizer.tokenizePos(s));
        }
    }

    /** The product's tagger (argmax decoding of the beam-of-one model; same tags as {@link #posTag}). */
    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void posTagProduct(Blackhole bh) {
        for (String[] t : tokens) {
            bh.consume(analyzer.posTags(t));
        }
    }

    /** OpenNLP's own tagger with its default beam, for comparison. */
    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void posTag(Blackhole bh) {
        for (String[] t : tokens) {
            bh.consume(tagger.tag(t));
        }
    }
}
