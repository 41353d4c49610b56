package dev.chatcontracts.check.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliApp;
import dev.chatcontracts.contracts.cli.CliExit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Option;
import org.junit.jupiter.api.Test;

/**
 * {@code check}, {@code validate} and {@code check-pact} share their common options ({@code CommonRunOptions}): the
 * same names, descriptions, and the same usage error for a bad value; and the same exit-code line in their help.
 */
class SharedRunOptionsTest {

    private static final List<String> SHARED = List.of("--severity", "--spec-limit", "--quiet");
    private static final List<String> COMMANDS = List.of("check", "validate", "check-pact");

    @Test
    void theSharedOptionsReadTheSameInEveryRunCommand() {
        CliApp root = ChatContractsCheckCli.commandLine(Map.of());
        for (String option : SHARED) {
            List<String> descriptions = COMMANDS.stream()
                    .map(command -> optionOf(root, command, option).getDescription()).distinct().toList();
            assertThat(descriptions).as(option).hasSize(1);
        }
        for (String command : COMMANDS) {
            assertThat(root.commands().get(command).description()).as(command).endsWith(CliExit.EXIT_CODES_LINE);
        }
    }

    @Test
    void aBadSeverityOrSpecLimitIsTheSameUsageErrorInEveryRunCommand() {
        for (String[] bad : List.of(new String[] {"--severity", "no.such.key=ERROR"}, new String[] {"--spec-limit", "noSuchLimit=1"})) {
            List<String> errors = COMMANDS.stream().map(command -> usageError(command, bad)).distinct().toList();
            assertThat(errors).as(bad[0]).hasSize(1);
            assertThat(errors.get(0)).as(bad[0]).isNotBlank();
        }
    }

    private static Option optionOf(CliApp root, String command, String option) {
        return root.commands().get(command).options().getOption(option);
    }

    /** The first line on stderr of {@code command} run with {@code options} (and an input where it needs one). */
    private static String usageError(String command, String[] options) {
        CliApp root = ChatContractsCheckCli.commandLine(Map.of());
        StringWriter err = new StringWriter();
        root.setErr(new PrintWriter(err));
        root.setOut(new PrintWriter(new StringWriter()));
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of(options));
        if (!command.equals("check")) {
            args.add("no-such-input.json");
        }
        int exit = root.execute(args.toArray(String[]::new));
        assertThat(exit).as(String.join(" ", args)).isEqualTo(CliExit.USAGE);
        return err.toString().lines().findFirst().orElse("");
    }
}
