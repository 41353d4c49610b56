package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.check.cli.CheckRuns.Run;
import dev.chatcontracts.check.cli.CheckRuns.TestCase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} given hostile input: bad values are exit 2; a pact file that cannot be read, beside good ones, and a
 * target that refuses every connection are findings of their own while the rest of the run is reported; no stack
 * trace, no secret, bounded time.
 */
@Timeout(180)
class CheckHostileInputsTest {

    private static final Map<String, String> TOKEN = Map.of("CHAT_CONTRACTS_ZENDESK_TOKEN", "hostile-input-token");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--severity pact.verification.failed=LOUD",
        "--severity =ERROR",
        "--severity pact.verfication=ERROR",
        "--severity suite.step.notrun=ERROR",
        "--max-response-bytes 0",
        "--max-response-bytes -1",
        "--max-response-bytes lots",
        "--pact-version V9",
        "--spec-limit lines=3",
        "--spec-limit codePoints=0",
        "--no-such-option",
    })
    void aBadValueIsUsage(String args) {
        Run run = run(Map.of(), ("check --quiet --skip-suite --skip-pacts " + args).split(" "));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.USAGE);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void helpNamesTheLimits() {
        Run run = run(Map.of(), "check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--max-response-bytes", "52428800", "--spec-limit", "codePoints", "exit code is 3");
    }

    @Test
    void anUnreadablePactBesideGoodOnesIsAFindingAndTheRestIsVerified() throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.writeString(pacts.resolve("broken.json"), "{\"consumer\": {\"name\": ");
        Files.write(pacts.resolve("garbage.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path good = Files.createDirectories(dir.resolve("good"));


        Run run = run(Map.of(), "check", "--quiet", "--skip-suite", "--pacts", pacts.toString(), "--pacts",
                BundledPactsOnDisk.write(good).toString(), "--junit-xml", dir.resolve("j.xml").toString(),
                "--html", dir.resolve("r.html").toString());

        List<TestCase> cases = CheckRuns.testCases(dir.resolve("j.xml"));
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(Files.readString(dir.resolve("j.xml"))).contains("broken.json", "garbage.json");
        assertThat(cases).filteredOn(c -> c.outcome().equals("passed")).hasSizeGreaterThan(10);
        assertThat(run.exitCode()).as(run.out()).isIn(CliExit.PASSED, CliExit.FINDINGS);
    }

    @Test
    void aTargetThatRefusesConnectionsIsReportedStepByStep() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Run run = run(TOKEN, "check", "--quiet", "--zendesk-url", "http://127.0.0.1:" + closed + "/api/v2/chat",
                "--junit-xml", dir.resolve("j.xml").toString(), "--html", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.err()).doesNotContain("\tat ", "hostile-input-token");
        List<TestCase> cases = CheckRuns.testCases(dir.resolve("j.xml"));
        assertThat(cases).anyMatch(c -> c.outcome().equals("failure") && !c.suiteExchange());
        assertThat(Files.readString(dir.resolve("r.html"))).contains("suite.step.failed").doesNotContain("hostile-input-token");
        assertThat(run.out()).contains("provider suite: ").contains("pacts: ");
    }

    /** The bundled specs' pacts, written to a folder. */
    private static final class BundledPactsOnDisk {
        static Path write(Path folder) throws IOException {
            dev.chatcontracts.check.verify.BundledPacts.files(folder, dev.chatcontracts.contracts.pactgen.PactSpecVersion.V3);
            return folder;
        }
    }
}
