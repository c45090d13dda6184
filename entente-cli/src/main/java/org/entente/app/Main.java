package org.entente.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: one subcommand per surface of DESIGN.md §3. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "News to event data: who did what to whom, when, where, and how sure the text is.",
        subcommands = {ExtractCommand.class, ActorsCommand.class, CodeCommand.class, EvalCommand.class,
                IngestCommand.class, ArticleCommand.class, RecodeCommand.class, RelationsCommand.class,
                ExportCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class,
                TrainFilterCommand.class, TrainProposerCommand.class, EvalSpanishCommand.class, WatchCommand.class,
                SparkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this in-process). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setOut(new java.io.PrintWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // a person reads this: the message, never a stack trace or a Java class name unless there is no message
            String m = ex.getMessage();
            cmd.getErr().println("entente " + cmd.getCommandName() + ": "
                    + (m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m)));
            return 1;
        });
        return cl;
    }

    /** A YYYY-MM-DD option value, or a usage error that says so (not the parser's exception). */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** UTF-8 stdout that is flushed explicitly: JSON Lines output can be large. */
    static PrintStream stdout() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
    }
}
