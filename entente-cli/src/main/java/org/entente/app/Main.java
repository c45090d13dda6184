package org.entente.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: one subcommand per surface of DESIGN.md §3. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "News to event data: who did what to whom, when, where, and how sure the text is.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code entente --help} lists them. Added in {@link #commandLine(String...)}, not
     * named in the annotation, so that a run of one subcommand builds only that one's model: picocli reads every
     * option of every subcommand it is given (and loads their types), about 70 ms of CPU for all of them, which a
     * one-second command such as {@code export} pays on every run.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ExtractCommand.class, ActorsCommand.class, CodeCommand.class,
            EvalCommand.class, IngestCommand.class, ArticleCommand.class, RecodeCommand.class, RelationsCommand.class,
            ExportCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class, TrainFilterCommand.class,
            TrainProposerCommand.class, EvalSpanishCommand.class, WatchCommand.class, SparkCommand.class,
            CommandLine.HelpCommand.class);

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this in-process). */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        return cl.execute(args);
    }

    /** The whole command line, every subcommand in it. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line that runs {@code args}: when they start with a subcommand's name (or alias), only that
     * subcommand is in it, which parses and runs exactly as it does beside the others; anything else (no
     * subcommand, an option of {@code entente} itself, {@code help}, a name that is none of them) gets every
     * subcommand, for the usage text and the suggestions of the error message.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
        for (Class<?> sub : SUBCOMMANDS) {
            if (only == null || sub == only) {
                cl.addSubcommand(sub);
            }
        }
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

    /** The subcommand class {@code name} calls (its name or an alias), or null; never {@code help}. */
    static Class<?> subcommandNamed(String name) {
        for (Class<?> sub : SUBCOMMANDS) {
            Command c = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class
                    && (c.name().equals(name) || java.util.Arrays.asList(c.aliases()).contains(name))) {
                return sub;
            }
        }
        return null;
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
