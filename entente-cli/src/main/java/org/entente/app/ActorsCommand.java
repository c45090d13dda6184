package org.entente.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.actors.DictionaryActorRecognizer;
import org.entente.actors.KnowledgeBase;
import org.entente.pipeline.Pipeline;
import org.entente.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Print one JSON object per actor mention, coded as of the article's date.")
public final class ActorsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file (repeatable).")
    List<String> actorFiles = new ArrayList<>();

    @Override
    public Integer call() {
        // A broken dictionary is named and left out whole (never half-loaded); the articles still get coded.
        int[] broken = {0};
        ActorRecognizer recognizer = new DictionaryActorRecognizer(KnowledgeBase.loadReporting(
                InputOptions.paths(actorFiles), msg -> {
                    System.err.println("entente actors: " + msg);
                    broken[0]++;
                }));
        TextAnalyzer analyzer = TextAnalyzer.shared();
        // Spanish articles take the Spanish path (its front end and names, with the same people); no English coder
        Pipeline spanish = new Pipeline(analyzer, recognizer, null);
        PrintStream out = Main.stdout();
        int failed = input.forEachArticle(a -> {
            List<ActorMention> found = Pipeline.SPANISH.equals(a.language()) ? spanish.process(a).actors()
                    : recognizer.recognize(analyzer.analyze(a));
            for (ActorMention m : found) {
                out.println(Json.actor(a.name(), m).toString());
            }
        }, System.err);
        out.flush();
        return failed == 0 && broken[0] == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
}
