package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER from the foundation commit: replaced by the issue that owns this command. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Add articles to the store.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("entente ingest: not built yet");
        return ExitCode.USAGE;
    }
}
