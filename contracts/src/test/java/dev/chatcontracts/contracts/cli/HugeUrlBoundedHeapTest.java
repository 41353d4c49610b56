package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.cli.HostileFiles.AGENT;
import static dev.chatcontracts.contracts.cli.HostileFiles.AGENT_URL;
import static dev.chatcontracts.contracts.cli.HostileFiles.entry;
import static dev.chatcontracts.contracts.cli.HostileFiles.har;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.ChildJvm;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.ReportLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} of a HAR whose first URL has a 20 MB path, in a JVM of 192 MB heap (the CLI's own main). When
 * the reports were built as whole strings, this run validated both entries and then ran out of memory writing
 * them: exit 3, a half JUnit XML file, no HTML, no console report. Streamed and cut, it ends with exit 1 and all
 * three reports.
 */
class HugeUrlBoundedHeapTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTwentyMegabyteUrlPathEndsWithItsThreeReportsIn192MegabytesOfHeap(@TempDir Path dir) throws Exception {
        String url = "https://acme.zendesk.com/api/v2/chat/" + "a".repeat(20 * 1024 * 1024);
        Path capture = har(dir.resolve("huge.har"), entry(url, AGENT), entry(AGENT_URL, AGENT));
        Path junit = dir.resolve("junit.xml");
        Path html = dir.resolve("report.html");
        ChildJvm.Result run = ChildJvm.run(Duration.ofSeconds(100), List.of("-Xmx192m"), ChatContractsCli.class, "validate",
                "--junit-xml", junit.toString(), "--html", html.toString(), capture.toString());
        String output = run.output();

        assertThat(run.exitCode()).as(output).isEqualTo(CliExit.FINDINGS);
        String marker = ReportLimits.marker(url.length());
        assertThat(output).contains(FindingKeys.REQUEST_OPERATION_UNKNOWN, marker, "RESULT: FAILED").hasSizeLessThan(64 * 1024);
        for (Path report : List.of(junit, html)) {
            assertThat(Files.size(report)).isLessThan(64 * 1024);
            assertThat(Files.readString(report)).contains(FindingKeys.REQUEST_OPERATION_UNKNOWN, marker);
        }
        assertThat(Files.readString(junit)).endsWith("</testsuites>\n");
    }
}
