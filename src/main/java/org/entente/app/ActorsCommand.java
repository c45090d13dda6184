package org.entente.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
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
        ActorRecognizer recognizer = ActorRecognizer.standard(InputOptions.paths(actorFiles));
        TextAnalyzer analyzer = TextAnalyzer.shared();
        PrintStream out = Main.stdout();
        int failed = input.forEachArticle(a -> {
            for (ActorMention m : recognizer.recognize(analyzer.analyze(a))) {
                out.println(Json.actor(a.name(), m).toString());
            }
        }, System.err);
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
}
