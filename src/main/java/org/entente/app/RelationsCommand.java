package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER from the foundation commit: replaced by the issue that owns this command. */
@Command(name = "relations", mixinStandardHelpOptions = true, description = "Dyad summaries over time.")
public final class RelationsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("entente relations: not built yet");
        return ExitCode.USAGE;
    }
}
