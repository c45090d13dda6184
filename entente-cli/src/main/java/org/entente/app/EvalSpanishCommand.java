package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.events.model.EventMention;
import org.entente.events.es.LabelledSentences;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-spanish", mixinStandardHelpOptions = true,
        description = "Score the Spanish coder on labelled Spanish sentences (id, split, source, target, code, "
                + "modality, sentence; tab-separated): precision and recall on (source country, target country, "
                + "CAMEO root), per split.")
public final class EvalSpanishCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Labelled sentences (e.g. entente-core/src/test/resources/es/labelled-sentences.tsv).")
    Path file;

    @Option(names = "--date", description = "Code the sentences as of this date (default ${DEFAULT-VALUE}).",
            defaultValue = "2024-05-01")
    LocalDate date;

    @Option(names = "--split", description = "Score only this split (e.g. tune, heldout).")
    String split;

    @Option(names = "--show", description = "Print each sentence's labelled and coded events (use it on the tuning "
            + "split only).")
    boolean show;

    @Option(names = "--json", description = "Print one JSON object: per split precision, recall, f1 and counts.")
    boolean json;

    @Override
    public Integer call() {
        List<LabelledSentences.Labelled> all;
        try {
            all = LabelledSentences.read(file);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("entente eval-spanish: " + file + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        Map<String, List<LabelledSentences.Labelled>> bySplit = new LinkedHashMap<>();
        Map<String, List<List<EventMention>>> coded = new LinkedHashMap<>();
        PrintStream out = Main.stdout();
        for (LabelledSentences.Labelled l : all) {
            if (split != null && !split.equals(l.split())) {
                continue;
            }
            Article a = new Article(l.id(), l.id(), null, null, null, date, null, Pipeline.SPANISH, l.sentence(),
                    Map.of());
            List<EventMention> events = pipeline.process(a).events();
            bySplit.computeIfAbsent(l.split(), k -> new ArrayList<>()).add(l);
            coded.computeIfAbsent(l.split(), k -> new ArrayList<>()).add(events);
            if (show) {
                out.println(l.id() + "\tgold " + l.source() + " " + l.target() + " " + l.code() + " " + l.modality());
                for (EventMention e : events) {
                    out.println(l.id() + "\tcoded " + e.source() + " " + e.target() + " " + e.code() + " "
                            + e.modality().label() + " " + e.pattern()
                            + (LabelledSentences.matches(l, e) ? "  MATCH" : ""));
                }
            }
        }
        ObjectNode report = new ObjectMapper().createObjectNode();
        for (String s : bySplit.keySet()) {
            LabelledSentences.Score sc = LabelledSentences.score(bySplit.get(s), coded.get(s));
            if (json) {
                report.putObject(s).put("sentences", sc.sentences()).put("labelled", sc.labelled())
                        .put("predicted", sc.predicted()).put("matched", sc.matched())
                        .put("precision", round(sc.precision())).put("recall", round(sc.recall()))
                        .put("f1", round(sc.f1())).put("code_agrees", sc.codeAgrees())
                        .put("modality_agrees", sc.modalityAgrees());
            } else {
                out.printf("%-8s sentences %3d  labelled events %3d  coded %3d  matched %3d  P %.3f  R %.3f  F1 %.3f"
                                + "  (of the matched: full code agrees %d, modality agrees %d)%n", s, sc.sentences(),
                        sc.labelled(), sc.predicted(), sc.matched(), sc.precision(), sc.recall(), sc.f1(),
                        sc.codeAgrees(), sc.modalityAgrees());
            }
        }
        if (json) {
            out.println(report.toString());
        }
        out.flush();
        return ExitCode.OK;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
