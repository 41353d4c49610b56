package dev.chatcontracts.check.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.ChatContractsCli;
import dev.chatcontracts.contracts.cli.CliApp;
import dev.chatcontracts.contracts.cli.CliExit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat-contracts-check.jar}'s root has every subcommand: {@code check}, and the contracts module's
 * {@code validate} and {@code check-pact} with the same options and exit codes as {@code chat-contracts-cli.jar}.
 */
@Timeout(120)
class OneRootTest {

    private static final String AGENT = """
            {"id": 8080234567123, "first_name": "Kevin", "last_name": "Doe", "display_name": "Kev",
             "create_date": "2014-09-30T08:25:09Z", "email": "kevin@doe.com", "roles": {"owner": false, "administrator": true},
             "role_id": 3, "enabled": true, "departments": [1, 2], "skills": [], "last_login": null,
             "login_count": %s, "enabled_departments": [1], "scope": "read write"}
            """;

    @TempDir
    Path dir;

    @Test
    void theCheckJarsRootListsCheckValidateAndCheckPact() {
        CliApp root = ChatContractsCheckCli.commandLine(Map.of());

        assertThat(root.commands().keySet()).containsExactly("check", "validate", "check-pact");
        Outcome help = run(root, "--help");
        assertThat(help.exitCode()).isEqualTo(CliExit.PASSED);
        assertThat(help.out()).contains("check", "validate", "check-pact");
    }

    @Test
    void bothRootsShareTheirConfiguration() {
        Outcome check = run(ChatContractsCheckCli.commandLine(Map.of()), "--version");
        Outcome contracts = run(ChatContractsCli.commandLine(), "--version");

        assertThat(check.out().strip()).isEqualTo("chat-contracts-check 0.1.0-SNAPSHOT");
        assertThat(contracts.out().strip()).isEqualTo("chat-contracts 0.1.0-SNAPSHOT");
        Outcome none = run(ChatContractsCheckCli.commandLine(Map.of()));
        assertThat(none.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(none.err()).contains("Missing a subcommand: check, validate, check-pact");
        assertThat(run(ChatContractsCli.commandLine()).err()).contains("Missing a subcommand: validate, check-pact");
    }

    @Test
    void validateHelpWorksThroughTheCheckJarsRoot() {
        Outcome help = run(ChatContractsCheckCli.commandLine(Map.of()), "validate", "--help");

        assertThat(help.exitCode()).isEqualTo(CliExit.PASSED);
        assertThat(help.out()).contains("Validates captured exchanges", "--severity", "--junit-xml", "--spec-limit");
        assertThat(help.out()).startsWith("Usage: chat-contracts-check validate ");
        assertThat(afterSynopsis(help.out())).isEqualTo(afterSynopsis(run(ChatContractsCli.commandLine(), "validate", "--help").out()));
    }

    /** The help from the description on: the synopsis names the root, the rest is the command's own. */
    private static String afterSynopsis(String help) {
        return help.substring(help.indexOf("\nValidates captured exchanges"));
    }

    @Test
    void validateAndCheckPactExitAsInTheContractsJar() throws IOException {
        Path passing = capture("passing", "4");
        Path failing = capture("failing", "\"four\"");
        String[][] runs = {
            {"validate", passing.toString()},
            {"validate", failing.toString()},
            {"validate", "--severity", "response.field=warning", failing.toString()},
            {"validate", "--max-depth", "0", passing.toString()},
            {"validate"},
            {"check-pact", dir.resolve("no-such-pacts").toString()},
            {"check-pact", "--severity", "pact=LOUD", passing.toString()},
        };
        int[] expected = {CliExit.PASSED, CliExit.FINDINGS, CliExit.PASSED, CliExit.USAGE, CliExit.USAGE,
            CliExit.FINDINGS, CliExit.USAGE};

        for (int i = 0; i < runs.length; i++) {
            String[] args = runs[i];
            Outcome check = run(ChatContractsCheckCli.commandLine(Map.of()), withQuiet(args));
            Outcome contracts = run(ChatContractsCli.commandLine(), withQuiet(args));
            assertThat(check.exitCode()).as(String.join(" ", args) + ": " + check.err()).isEqualTo(expected[i])
                    .isEqualTo(contracts.exitCode());
            assertThat(check.out()).as(String.join(" ", args)).isEqualTo(contracts.out());
        }
    }

    private static String[] withQuiet(String[] args) {
        if (args.length < 2) {
            return args;
        }
        String[] quiet = new String[args.length + 1];
        quiet[0] = args[0];
        quiet[1] = "--quiet";
        System.arraycopy(args, 1, quiet, 2, args.length - 1);
        return quiet;
    }

    private Path capture(String name, String loginCount) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("agent.json"), AGENT.formatted(loginCount));
        Files.writeString(folder.resolve("agent.meta.json"), "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        return folder;
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(CliApp commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }
}
