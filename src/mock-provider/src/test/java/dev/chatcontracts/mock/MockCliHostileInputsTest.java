package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The mock's command line given hostile input: a bad value is exit 2, a mock that cannot start (an address that does
 * not resolve, a port in use, a seed that is a folder, not JSON, nested 100,000 deep or 2 MB of garbage) exit 3; each
 * in one line on stderr, no stack trace, within seconds (a case that starts the mock instead would time out).
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MockCliHostileInputsTest {

    @TempDir
    static Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = MockProviderCli.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(command.execute(args), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--port -1",
        "--port 70000",
        "--port 12abc",
        "--port 0 --max-body-bytes -5",
        "--port 0 --threads 0",
        "--port 0 --threads 8 --max-threads 2",
        "--port 0 --rate-limit -1",
        "--port 0 --public-base-url ht%tp://bad",
        "--port 0 --no-such-option",
    })
    void aBadValueIsUsage(String args) {
        Run run = run(args.split(" "));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(MockProviderCli.EXIT_USAGE);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"folder", "not-json", "deep", "garbage"})
    void aSeedThatCannotBeReadIsThreeInOneLine(String kind) throws IOException {
        Run run = run("--port", "0", "--seed", seed(kind).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(MockProviderCli.EXIT_CANNOT_RUN);
        assertOneLine(run);
    }

    @Test
    void anAddressThatDoesNotResolveIsThreeInOneLine() {
        Run run = run("--port", "0", "--host", "no-such-host.invalid");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(MockProviderCli.EXIT_CANNOT_RUN);
        assertOneLine(run);
    }

    private static void assertOneLine(Run run) {
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("chat-mock-provider: could not run: ").hasSizeLessThan(700);
    }

    private static Path seed(String kind) throws IOException {
        Path file = dir.resolve(kind + ".json");
        switch (kind) {
            case "folder" -> Files.createDirectories(file);
            case "not-json" -> Files.writeString(file, "agents:\n  - id: 1\n");
            case "deep" -> Files.writeString(file, "{\"agents\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
            default -> {
                byte[] bytes = new byte[2 * 1024 * 1024];
                new java.util.Random(7).nextBytes(bytes);
                Files.write(file, bytes);
            }
        }
        return file;
    }
}
