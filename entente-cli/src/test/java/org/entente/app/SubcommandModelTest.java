package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run of one subcommand builds only that one's model, and it parses and describes itself as it does among all. */
class SubcommandModelTest {
    @Test
    void aSubcommandRunBuildsOnlyThatSubcommand() {
        assertEquals(List.of("export"), List.copyOf(Main.commandLine("export", "--format", "gdelt", "x").getSubcommands()
                .keySet()));
    }

    @Test
    void everythingElseGetsEverySubcommandInOrder() {
        List<String> all = List.copyOf(Main.commandLine().getSubcommands().keySet());
        assertEquals(Main.SUBCOMMANDS.size(), all.size());
        assertEquals("extract", all.get(0));
        assertEquals("help", all.get(all.size() - 1));
        for (String[] args : new String[][] {{"help", "export"}, {"--help"}, {"-V"}, {"exprot"}, {}}) {
            assertEquals(all, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        assertNull(Main.subcommandNamed("help"));
    }

    @Test
    void theSubcommandAloneDescribesAndParsesItselfAsAmongAll() {
        for (Class<?> sub : Main.SUBCOMMANDS) {
            if (sub == CommandLine.HelpCommand.class) {
                continue;
            }
            String name = sub.getAnnotation(CommandLine.Command.class).name();
            CommandLine alone = Main.commandLine(name).getSubcommands().get(name);
            CommandLine among = Main.commandLine().getSubcommands().get(name);
            assertEquals(among.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    alone.getUsageMessage(CommandLine.Help.Ansi.OFF), name);
            assertEquals(among.getCommandSpec().qualifiedName(), alone.getCommandSpec().qualifiedName());
        }
        CommandLine.ParseResult parsed = Main.commandLine("export", "--format", "gdelt", "--from", "2005-06-01", "out")
                .parseArgs("export", "--format", "gdelt", "--from", "2005-06-01", "out");
        assertEquals("2005-06-01", parsed.subcommand().matchedOptionValue("--from", null).toString());
    }
}
