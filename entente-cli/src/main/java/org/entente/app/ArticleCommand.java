package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.ArticleRef;
import org.entente.store.ArticleView;
import org.entente.store.Store;
import org.entente.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente article [--db DIR] ID...}: looks articles up in the store by their id or by the id the input gave
 * them (a JSONL {@code id}, a file name) and prints every match, one JSON object a line: a JSONL id used for two
 * different articles shows both, and each names the other reports of its text (syndicated copies).
 */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = "Look stored articles up by id or input id; prints every match as JSON Lines.")
public final class ArticleCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ./entente-data).")
    Path db;

    @Option(names = "--text", description = "Include each article's clean text.")
    boolean text;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids or input ids.")
    List<String> ids;

    @Override
    public Integer call() {
        Path dir = db == null ? Store.defaultDir() : db;
        if (!Files.isRegularFile(dir.resolve(Store.FILE))) {
            System.err.println("entente article: " + dir + ": no store there");
            return ExitCode.USAGE;
        }
        // UTF-8 over System.out (not the file descriptor) so that an in-process caller can read what is printed
        PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        int missing = 0;
        try (Store store = Store.open(dir)) {
            for (String id : ids) {
                List<ArticleRef> matches = store.articleMatches(id);
                if (matches.isEmpty()) {
                    System.err.println("entente article: " + id + ": no stored article has this id");
                    missing++;
                    continue;
                }
                if (matches.size() > 1) {
                    System.err.println("entente article: " + id + ": " + matches.size() + " stored articles have this id");
                }
                for (ArticleRef m : matches) {
                    ArticleView v = store.article(m.id()).orElse(null);
                    if (v != null) {
                        out.println(json(id, v));
                    }
                }
            }
        } catch (StoreException e) {
            System.err.println("entente article: " + dir + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        } finally {
            out.flush();
        }
        return missing == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private ObjectNode json(String asked, ArticleView v) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("lookup", asked);
        o.put("id", v.article().id());
        o.put("name", v.article().name());
        o.put("outlet", v.article().outlet());
        o.put("url", v.article().url());
        o.put("title", v.article().title());
        o.put("date", v.article().date() == null ? null : v.article().date().toString());
        o.put("language", v.article().language());
        o.put("event_mentions", v.events().size());
        ArrayNode copies = o.putArray("copies");
        for (ArticleRef c : v.copies()) {
            copies.addObject().put("id", c.id()).put("name", c.name()).put("outlet", c.outlet()).put("url", c.url());
        }
        if (text) {
            o.put("text", v.article().text());
        }
        return o;
    }
}
