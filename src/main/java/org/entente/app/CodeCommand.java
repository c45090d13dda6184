package org.entente.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.events.CameoTable;
import org.entente.events.EventMention;
import org.entente.events.RuleEventCoder;
import org.entente.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Print one JSON object per event mention (JSON Lines on stdout, nothing else).")
public final class CodeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file (repeatable).")
    List<String> actorFiles = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra verb-pattern file (repeatable).")
    List<String> patternFiles = new ArrayList<>();

    @Option(names = "--without", split = ",", paramLabel = "RULE", description = "Code without these rules of the "
            + "coder's chain (events/rules.tsv; comma-separated), to see what a rule changes on a corpus.")
    List<String> without = new ArrayList<>();

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard(InputOptions.paths(actorFiles), InputOptions.paths(patternFiles));
        if (!without.isEmpty()) {
            try {
                pipeline = new Pipeline(pipeline.analyzer(), pipeline.actors(), new RuleEventCoder(
                        ((RuleEventCoder) pipeline.coder()).patterns(), CameoTable.standard(), Set.copyOf(without)));
            } catch (IllegalArgumentException e) {
                System.err.println("entente code: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        Pipeline coding = pipeline;
        PrintStream out = Main.stdout();
        int failed = input.forEachArticle(a -> {
            for (EventMention e : coding.process(a).events()) {
                out.println(Json.event(e).toString());
            }
        }, System.err);
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
}
