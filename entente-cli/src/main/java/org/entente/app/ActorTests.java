package org.entente.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.entente.actors.ActorEval;
import org.entente.actors.ActorEvalResult;
import org.entente.pipeline.Pipeline;

/** Hands a gold file of actor-resolution records ({@code method} field) to the actors package's scorer. */
final class ActorTests {
    private ActorTests() {
    }

    /** Prints a summary on {@code out} (tables mode) or returns the JSON (when {@code out} is null). */
    static ObjectNode run(Path file, List<JsonNode> records, Pipeline pipeline, PrintStream out) {
        ActorEvalResult r = ActorEval.score(file, pipeline.actors());
        if (out != null) {
            out.println(r.summary());
            out.println();
            return null;
        }
        return r.toJson();
    }
}
