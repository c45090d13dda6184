package org.entente.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean main text of each article (boilerplate removed).")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--jsonl", description = "One JSON object per article: file, id, title, date, outlet, url, text.")
    boolean jsonl;

    @Override
    public Integer call() {
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
}
