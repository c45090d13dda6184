package org.entente.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.RuleEventCoder;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.text.LanguageDetector;
import org.entente.text.Tone;
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
            CodedArticle coded = coding.process(a);
            if (coded.uncodedLanguage()) {
                System.err.println("entente code: " + a.name() + ": not coded: written in "
                        + LanguageDetector.name(a.language()) + " (" + a.language() + "); the coder reads "
                        + String.join(", ", Pipeline.CODED_LANGUAGES));
                return;
            }
            double docTone = coded.analyzed().tone().tone();
            for (EventMention e : coded.events()) {
                ObjectNode o = Json.event(e);
                // added fields (the contract's fields are unchanged): the article's language and tone, and the
                // tone of the mention's sentence, GDELT's 100 x (positive - negative words) / words
                o.put("language", a.language());
                o.put("tone", e.span() == null ? Tone.standard().score(e.text()).tone()
                        : coded.analyzed().tone(e.sentence(), e.span().start(), e.span().end()));
                o.put("doc_tone", docTone);
                out.println(o.toString());
            }
        }, System.err);
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
}
