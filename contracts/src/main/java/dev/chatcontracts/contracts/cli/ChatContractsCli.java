package dev.chatcontracts.contracts.cli;

import java.util.List;

/**
 * The command line: {@code java -jar chat-contracts-cli.jar validate <files or folders...>} and
 * {@code check-pact <pact files or folders...>}.
 *
 * <p>Exit codes: {@value #EXIT_PASSED} no ERROR finding; {@value #EXIT_FINDINGS} some finding is an
 * ERROR; {@value #EXIT_USAGE} invalid usage; {@value #EXIT_CANNOT_RUN} the run could not be done (a
 * spec that cannot be read, a report that cannot be written, out of memory, an internal error: one line on
 * stderr); {@value #EXIT_INTERRUPTED} interrupted (SIGINT). See {@link CliExit}.
 *
 * <p>{@code chat-contracts-check.jar} (module {@code src/check}) has the same two commands next to {@code check};
 * both roots are made by {@link CliRoot}.
 */
public final class ChatContractsCli {

    public static final int EXIT_PASSED = CliExit.PASSED;
    public static final int EXIT_FINDINGS = CliExit.FINDINGS;
    public static final int EXIT_USAGE = CliExit.USAGE;
    public static final int EXIT_CANNOT_RUN = CliExit.CANNOT_RUN;
    public static final int EXIT_INTERRUPTED = CliExit.INTERRUPTED;

    private ChatContractsCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for {@code execute} (tests set its out and err writers). */
    public static CliApp commandLine() {
        return CliRoot.app("chat-contracts",
                "Contract checks of Zendesk Chat and Zoho SalesIQ HTTP exchanges against their OpenAPI specs.",
                List.of(new ValidateCommand(), new CheckPactCommand()));
    }
}
