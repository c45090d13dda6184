package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER from the foundation commit: replaced by the issue that owns this command. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the store out (gdelt, mentions, jsonl, parquet, csv).")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("entente export: not built yet");
        return ExitCode.USAGE;
    }
}
