package dev.chatcontracts.check.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} in its own 256 MB JVM against a hostile target on 127.0.0.1 (a 300 MB answer, an answer that
 * stalls): it ends in bounded time, with exit 3, one line naming the cause and the reports of what was done;
 * SIGTERM ends it within seconds.
 */
class HostileTargetProcessTest {

    private static final Map<String, String> TOKEN = Map.of("CHAT_CONTRACTS_ZENDESK_TOKEN", "hostile-test-token");
    private static final long HUGE = 300L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aHugeAnswerIsAbandonedAndEndsTheRunWithThree() throws Exception {
        try (HostileServer server = HostileServer.huge(HUGE)) {
            CheckProcess check = CheckProcess.start(dir, "256m", TOKEN, "--quiet", "--zendesk-url", server.zendeskUrl());

            int exit = check.exitWithin(60);

            assertThat(exit).as(check.err()).isEqualTo(CliExit.CANNOT_RUN);
            assertOneLineNaming(check, "is larger than the limit of 52428800 bytes (--max-response-bytes; Content-Length " + HUGE + ")");
            assertReportsOfWhatWasDone(check);
        }
    }

    @Test
    void aHugeAnswerToAPactInteractionOrAStateLookupEndsTheRunWithThree() throws Exception {
        try (HostileServer server = HostileServer.huge(HUGE)) {
            CheckProcess check = CheckProcess.start(dir, "256m", TOKEN, "--quiet", "--skip-suite", "--zendesk-url", server.zendeskUrl());

            int exit = check.exitWithin(60);

            assertThat(exit).as(check.err()).isEqualTo(CliExit.CANNOT_RUN);
            assertOneLineNaming(check, "is larger than the limit of 52428800 bytes (--max-response-bytes; Content-Length " + HUGE + ")");
            assertThat(CheckRuns.testCases(dir.resolve("junit.xml")))
                    .anyMatch(c -> c.outcome().equals("skipped") && c.detail().contains("the run was stopped"));
        }
    }

    @Test
    void aWorkerThatDiesOfOutOfMemoryEndsTheRunWithThree() throws Exception {
        try (HostileServer server = HostileServer.huge(HUGE)) {
            CheckProcess check = CheckProcess.start(dir, "256m", TOKEN, "--quiet", "--zendesk-url", server.zendeskUrl(),
                    "--max-response-bytes", String.valueOf(2 * HUGE));

            int exit = check.exitWithin(60);

            assertThat(exit).as(check.err()).isEqualTo(CliExit.CANNOT_RUN);
            assertOneLineNaming(check, "out of memory");
            assertThat(check.err()).contains("--max-response-bytes");
            assertReportsOfWhatWasDone(check);
        }
    }

    @Test
    void sigtermDuringAStalledAnswerEndsTheProcessWithinSeconds() throws Exception {
        try (HostileServer server = HostileServer.stalling()) {
            CheckProcess check = CheckProcess.start(dir, "256m", TOKEN, "--zendesk-url", server.zendeskUrl());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.requests() == 0 && check.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(server.requests()).as(check.err()).isPositive();
            Thread.sleep(500);

            check.process().destroy();
            int exit = check.exitWithin(10);

            assertThat(exit).as(check.err()).isIn(143, CliExit.INTERRUPTED);
        }
    }

    private static void assertOneLineNaming(CheckProcess check, String cause) {
        List<String> lines = check.err().lines().toList();
        assertThat(lines).as(check.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("chat-contracts check: could not run: ").contains(cause).doesNotContain("hostile-test-token");
    }

    /** The JUnit XML and HTML reports exist and tell the suite step that got the answer, and the pacts not sent. */
    private static void assertReportsOfWhatWasDone(CheckProcess check) throws Exception {
        List<CheckRuns.TestCase> cases = CheckRuns.testCases(check.dir().resolve("junit.xml"));
        assertThat(cases).anyMatch(c -> c.outcome().equals("failure"));
        assertThat(cases).anyMatch(c -> c.outcome().equals("skipped") && c.detail().contains("the run was stopped"));
        assertThat(Files.readString(check.dir().resolve("check.html"))).contains("the run was stopped");
        assertThat(check.out()).contains("reports: ");
    }
}
