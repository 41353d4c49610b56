package dev.chatcontracts.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The root command line ({@link CliApp}): help, version, usage errors and exit codes, with a command made here. */
class CliAppTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Echo echo = new Echo();

    @Test
    void aCommandGetsItsOptionsAndParameters() {
        assertThat(execute("echo", "--name", "a", "--name=b", "--loud", "one", "--", "--two")).isEqualTo(CliExit.PASSED);

        assertThat(echo.seen).containsExactly("names=[a, b]", "loud=true", "parameters=[one, --two]");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no subcommand||Missing a subcommand: echo",
        "an unknown subcommand|ech|Unknown subcommand: 'ech'; the subcommands: echo",
        "an unknown root option|--loud|Unknown option: '--loud'",
        "an unknown option|echo --shout x|Unrecognized option: --shout",
        "an abbreviated option|echo --lou x|Unrecognized option: --lou",
        "an option without its value|echo x --name|Missing argument for option: name",
        "help of an unknown subcommand|help ech|Unknown subcommand: 'ech'",
        "a usage error of the command's own|echo --refuse x|refused by the command",
    })
    void aUsageErrorIsItsMessageAndTheSynopsisOnStderrAndExit2(String what, String args, String message) {
        assertThat(execute(args == null ? new String[0] : args.split(" "))).as(what).isEqualTo(CliExit.USAGE);

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as(what).hasSize(3);
        assertThat(lines.get(0)).as(what).startsWith(message);
        assertThat(lines.get(1)).as(what).startsWith("Usage: tool ");
        assertThat(lines.get(2)).as(what).startsWith("Try 'tool").endsWith(" --help' for more information.");
        assertThat(out.toString()).as(what).isEmpty();
        assertThat(echo.seen).as(what).isEmpty();
    }

    @Test
    void aUsageErrorShowsNoSecretAndNoControlCharacter() {
        assertThat(execute("echo", "--url=https://user:hunter2@x.example.com/?token=abc\u001b[2J", "x")).isEqualTo(CliExit.USAGE);

        String first = err.toString().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("Unrecognized option: --url=https://").doesNotContain("hunter2", "abc", "\u001b");
    }

    @Test
    void whatACommandThrowsIsOneLineAndExit3() {
        assertThat(execute("echo", "--fail", "x")).isEqualTo(CliExit.CANNOT_RUN);

        assertThat(err.toString()).isEqualTo("chat-contracts echo: could not run: IllegalStateException: broken" + System.lineSeparator());
    }

    @Test
    void theRootsHelpListsItsCommandsAndHelp() {
        assertThat(execute("--help")).isEqualTo(CliExit.PASSED);

        assertThat(out.toString()).startsWith("Usage: tool [-hV] [COMMAND]" + System.lineSeparator() + "A tool to test with.")
                .contains("--version", "  echo  Echoes what it is given.", "  help  ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCommandsHelpIsTheSameAsHelpOfIt() {
        assertThat(execute("echo", "--help")).isEqualTo(CliExit.PASSED);
        String help = out.toString();
        out.getBuffer().setLength(0);
        assertThat(execute("help", "echo")).isEqualTo(CliExit.PASSED);

        assertThat(out.toString()).isEqualTo(help);
        assertThat(help).startsWith("Usage: tool echo [OPTIONS] WORD..." + System.lineSeparator() + "Echoes what it is given.")
                .contains("Parameters:" + System.lineSeparator() + "  WORD...   Words to echo.")
                .contains("--name <NAME>", "Repeatable.", "--loud", "--help", "--version");
        assertThat(help.indexOf("--name")).isLessThan(help.indexOf("--loud"));
        assertThat(echo.seen).isEmpty();
    }

    @Test
    void theVersionIsTheSameLineFromTheRootAndFromACommand() {
        assertThat(execute("--version")).isEqualTo(CliExit.PASSED);
        assertThat(execute("echo", "-V")).isEqualTo(CliExit.PASSED);

        assertThat(out.toString().lines()).containsExactly("tool 9.9", "tool 9.9");
    }

    private int execute(String... args) {
        CliApp app = new CliApp("tool", "A tool to test with.", "9.9", List.of(echo));
        app.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return app.execute(args);
    }

    /** Prints nothing; notes what it was given. */
    private static final class Echo implements CliCommand {

        final List<String> seen = new ArrayList<>();

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public List<String> description() {
            return List.of("Echoes what it is given.", CliExit.EXIT_CODES_LINE);
        }

        @Override
        public String parameters() {
            return "WORD...";
        }

        @Override
        public String parametersDescription() {
            return "Words to echo.";
        }

        @Override
        public Options options() {
            return new Options()
                    .addOption(Option.builder().longOpt("name").hasArg().argName("NAME").desc("A name. Repeatable.").get())
                    .addOption(Option.builder().longOpt("loud").desc("Louder.").get())
                    .addOption(Option.builder().longOpt("refuse").desc("A usage error.").get())
                    .addOption(Option.builder().longOpt("fail").desc("A crash.").get());
        }

        @Override
        public int run(CliArgs args, CliStreams streams) {
            if (args.flag("refuse")) {
                throw new CliUsageException("refused by the command");
            }
            if (args.flag("fail")) {
                throw new IllegalStateException("broken");
            }
            List<String> parameters = args.paths("WORD").stream().map(Object::toString).toList();
            seen.add("names=" + args.strings("name"));
            seen.add("loud=" + args.flag("loud"));
            seen.add("parameters=" + parameters);
            return CliExit.PASSED;
        }
    }
}
