package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER from the foundation commit: replaced by the issue that owns this command. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the event coder on gold sets (../shared/eval format).")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("entente eval: not built yet");
        return ExitCode.USAGE;
    }
}
