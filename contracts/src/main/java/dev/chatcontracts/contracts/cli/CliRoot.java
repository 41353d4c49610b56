package dev.chatcontracts.contracts.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every chat-contracts root command shares, in one place: {@code chat-contracts} (this module:
 * {@code validate}, {@code check-pact}) and {@code chat-contracts-check} (module {@code src/check}: {@code check},
 * {@code validate}, {@code check-pact}). Both declare their subcommands and {@code mixinStandardHelpOptions};
 * {@link #configure} gives them the same version line, exit codes and one-line errors ({@link CliExit}, each
 * subcommand's errors named {@code chat-contracts <subcommand>}) and case-insensitive enum values, and
 * {@link #missingSubcommand} the same usage error when no subcommand is given.
 */
public final class CliRoot {

    /** The kit's version, in every root's {@code --version}. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private static final String NAME = "chat-contracts";

    private CliRoot() {
    }

    /** Configures a root command line (after its subcommands are added) and returns it. */
    public static CommandLine configure(CommandLine root) {
        root.getCommandSpec().version(root.getCommandName() + " " + VERSION);
        root.setCaseInsensitiveEnumValuesAllowed(true);
        CliExit.configure(root, NAME);
        root.getSubcommands().forEach((name, subcommand) -> CliExit.configure(subcommand, NAME + " " + name));
        return root;
    }

    /** The usage error (exit {@value CliExit#USAGE}) of a root run without a subcommand, naming the ones it has. */
    public static CommandLine.ParameterException missingSubcommand(CommandSpec root) {
        List<String> names = root.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
        return new CommandLine.ParameterException(root.commandLine(), "Missing a subcommand: " + String.join(", ", names));
    }
}
