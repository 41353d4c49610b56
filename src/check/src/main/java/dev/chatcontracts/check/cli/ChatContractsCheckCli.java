package dev.chatcontracts.check.cli;

import dev.chatcontracts.contracts.cli.CheckPactCommand;
import dev.chatcontracts.contracts.cli.CliApp;
import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.cli.CliRoot;
import dev.chatcontracts.contracts.cli.ValidateCommand;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code chat-contracts-check.jar}: {@code java -jar chat-contracts-check.jar check [OPTIONS]}, and
 * the contracts module's {@code validate} and {@code check-pact} (same options, same exit codes as in
 * {@code chat-contracts-cli.jar}); configured by {@link CliRoot}, like that jar's root.
 *
 * <p>Exit codes: {@value CliExit#PASSED} no ERROR finding; {@value CliExit#FINDINGS} some finding is an ERROR;
 * {@value CliExit#USAGE} invalid usage; {@value CliExit#CANNOT_RUN} the run could not be done (a target without
 * credentials, a pact that cannot be generated, a report that cannot be written, out of memory, an internal
 * error: one line on stderr); {@value CliExit#INTERRUPTED} interrupted (SIGINT). See {@link CliExit}.
 */
public final class ChatContractsCheckCli {

    private ChatContractsCheckCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the process environment (for the target's URLs and credentials). */
    public static CliApp commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line reading the target's URLs and credentials from {@code environment} (tests). */
    public static CliApp commandLine(Map<String, String> environment) {
        return CliRoot.app("chat-contracts-check", "Contract checks of the Zendesk Chat and Zoho SalesIQ APIs: the provider "
                + "suite and the pact verification against a target (check), and offline, captured exchanges (validate) "
                + "and consumer pacts (check-pact).",
                List.of(new CheckCommand(environment), new ValidateCommand(), new CheckPactCommand()));
    }
}
