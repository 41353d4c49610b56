package dev.chatcontracts.contracts.cli;

import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * A subcommand of a {@link CliApp}: its name, help text and options, and what it does with the arguments parsed.
 * The app adds {@code --help} and {@code --version} to its options and guards {@link #run} ({@link CliExit#guard}).
 */
public interface CliCommand {

    /** The name on the command line ({@code validate}). */
    String name();

    /** The help's description, a line each; a run command's last line is {@link CliExit#EXIT_CODES_LINE}. */
    List<String> description();

    /** The positional parameters in the synopsis ({@code FILE_OR_FOLDER...}), or empty when there are none. */
    String parameters();

    /** What the positional parameters are, for the help; empty when there are none. */
    default String parametersDescription() {
        return "";
    }

    /** The command's own options, in the order the help lists them: a new {@link Options} at each call. */
    Options options();

    /**
     * Runs the command: a {@link CliUsageException} is a usage error; anything else thrown is reported in one line
     * by {@link CliExit#guard}.
     */
    int run(CliArgs args, CliStreams streams) throws Exception;

    /** An option with one value, {@code --name LABEL}, for {@link #options()}. */
    static Option valued(String name, String label, String description) {
        return Option.builder().longOpt(name).hasArg().argName(label).desc(description).get();
    }

    /** A flag, {@code --name}, for {@link #options()}. */
    static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).get();
    }
}
