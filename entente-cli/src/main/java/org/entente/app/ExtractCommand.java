package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.ingest.ExtractionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the clean main text of each article (boilerplate removed).",
                "With --score FOLDER...: measure extraction against NAME.html + NAME.expected.txt pairs "
                        + "(mean token-level precision/recall/F1 per set, plus the 4-gram shingle measure of "
                        + "the article-extraction benchmark)."})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--jsonl", description = "One JSON object per article: file, id, title, date, outlet, url, text.")
    boolean jsonl;

    @Option(names = "--score", description = "Score extraction on folders of NAME.html + NAME.expected.txt pairs.")
    boolean score;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "With --score: also list the N pages with the lowest token F1.")
    int worst;

    @Override
    public Integer call() {
        return score ? score() : extract();
    }

    private int extract() {
        PrintStream out = Main.stdout();
        int failed = input.forEachArticle(a -> {
            if (jsonl) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("file", a.name());
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("date", a.date() == null ? null : a.date().toString());
                o.put("outlet", a.outlet());
                o.put("url", a.url());
                o.put("text", a.text());
                out.println(o.toString());
            } else {
                out.println(a.text());
                out.println();
            }
        }, System.err);
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private int score() {
        PrintStream out = Main.stdout();
        int failed = 0;
        for (String folder : input.inputs) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                System.err.println("entente: " + folder + ": not a folder of NAME.html + NAME.expected.txt pairs");
                failed++;
                continue;
            }
            try {
                List<ExtractionScorer.PageScore> pages = ExtractionScorer.score(dir);
                out.printf(Locale.ROOT, "%-12s %6s  %-27s  %-27s%n", folder, "", "token (mean per page)",
                        "4-gram shingles (benchmark)");
                out.printf(Locale.ROOT, "%-12s %6s  %8s %8s %8s  %8s %8s %8s%n", "set", "pages", "P", "R", "F1",
                        "P", "R", "F1");
                for (ExtractionScorer.SetScore s : ExtractionScorer.bySet(pages)) {
                    out.printf(Locale.ROOT, "%-12s %6d  %8.3f %8.3f %8.3f  %8.3f %8.3f %8.3f%n", s.set(), s.pages(),
                            s.p(), s.r(), s.f1(), s.shP(), s.shR(), s.shF1());
                }
                if (worst > 0) {
                    out.println("lowest token F1:");
                    pages.stream().sorted(Comparator.comparingDouble(ExtractionScorer.PageScore::f1)).limit(worst)
                            .forEach(p -> out.printf(Locale.ROOT, "  %-45s P=%.3f R=%.3f F1=%.3f%n", p.name(), p.p(),
                                    p.r(), p.f1()));
                }
            } catch (IOException e) {
                System.err.println("entente: " + folder + ": " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
}
