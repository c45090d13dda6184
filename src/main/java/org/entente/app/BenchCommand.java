package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER from the foundation commit: replaced by the issue that owns this command. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "End-to-end throughput benchmark.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("entente bench: not built yet");
        return ExitCode.USAGE;
    }
}
