package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.check.cli.CheckRuns.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** check's exit codes, the same as validate's and check-pact's: 2 usage, 3 could not run, in one line. */
@Timeout(120)
class CheckExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void usageIsTwo() {
        assertThat(run(Map.of(), "check", "--no-such-option").exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(run(Map.of(), "check", "--pact-version", "V9").exitCode()).isEqualTo(CliExit.USAGE);
    }

    @Test
    void aReportThatCannotBeWrittenIsThreeInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run run = run(Map.of(), "check", "--quiet", "--skip-suite", "--skip-pacts",
                "--junit-xml", file.resolve("junit.xml").toString(), "--html", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(run.err()).contains("cannot write a report").doesNotContain("\tat ");
    }

    @Test
    void anUnusableTargetUrlIsThreeInOneLineWithoutItsSecrets() {
        Run run = run(Map.of(), "check", "--quiet", "--zendesk-url", "https://user:hunter2@[bad/api?token=abc",
                "--junit-xml", dir.resolve("j.xml").toString(), "--html", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(run.err()).doesNotContain("\tat ", "hunter2", "token=abc");
        assertThat(run.err().lines()).hasSize(1);
    }
}
