package org.entente.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.events.EventCoder;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.text.AnalyzedArticle;
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

/** Actor matching, pattern matching with role assignment, and the whole pipeline, per article. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class StageBench {
    private List<Article> articles;
    private ActorRecognizer actors;
    private EventCoder coder;
    private Pipeline pipeline;
    private List<AnalyzedArticle> analyzed;
    private List<List<ActorMention>> mentions;

    @Setup
    public void setup() {
        articles = Corpus.load();
        actors = ActorRecognizer.standard(List.of());
        coder = EventCoder.standard(List.of());
        pipeline = new Pipeline(TextAnalyzer.shared(), actors, coder);
        analyzed = new ArrayList<>();
        mentions = new ArrayList<>();
        for (Article a : articles) {
            AnalyzedArticle x = TextAnalyzer.shared().analyze(a);
            analyzed.add(x);
            mentions.add(actors.recognize(x));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void actorMatching(Blackhole bh) {
        for (AnalyzedArticle a : analyzed) {
            bh.consume(actors.recognize(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void eventCoding(Blackhole bh) {
        for (int i = 0; i < analyzed.size(); i++) {
            bh.consume(coder.code(analyzed.get(i), mentions.get(i)));
        }
    }

    /** Analyse + actors + code: what one worker thread does per article. */
    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void pipeline(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(pipeline.process(a));
        }
    }
}
