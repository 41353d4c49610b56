package dev.chatcontracts.contracts.cli;

import java.util.List;

/**
 * What every chat-contracts root command shares, in one place: {@code chat-contracts} (this module:
 * {@code validate}, {@code check-pact}) and {@code chat-contracts-check} (module {@code src/check}: {@code check},
 * {@code validate}, {@code check-pact}): the same version line, {@code --help}, {@code help}, exit codes and one-line
 * errors ({@link CliApp}, {@link CliExit}).
 */
public final class CliRoot {

    /** The kit's version, in every root's {@code --version}. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private CliRoot() {
    }

    /** A root command line named {@code name} with its subcommands, in the order its help lists them. */
    public static CliApp app(String name, String description, List<? extends CliCommand> commands) {
        return new CliApp(name, description, VERSION, commands);
    }
}
