package dev.chatcontracts.check.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.mock.MockProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} in its own process, with writes against the mock played as a real account, stopped with
 * SIGTERM in the middle of its run: the process puts back what it wrote before it exits.
 */
class InterruptedRunRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRunStoppedMidwayPutsEverythingBack() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = RealAccountRestoreTest.writableAccount(mock);
            String before = mock.stateDump();
            // the suite stalls in its first account read, after the agent and chat writes
            mock.faults().on("showAccount").delay(Duration.ofSeconds(4)).times(1);

            Process check = start(environment);
            String during = waitForAChange(mock, before, check);
            check.destroy();
            boolean ended = check.waitFor(60, TimeUnit.SECONDS);

            assertThat(ended).as("the process ends after SIGTERM").isTrue();
            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(during).as("the run had written something when it was stopped").isNotEqualTo(before);
            assertThat(check.exitValue()).as(err).isEqualTo(143);
            assertThat(err).contains("restored: ").doesNotContain("NOT RESTORED");
            assertThat(mock.stateDump()).as(err).isEqualTo(before);
        }
    }

    private Process start(Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.chatcontracts.check.cli.ChatContractsCheckCli", "check",
                "--junit-xml", dir.resolve("junit.xml").toString(), "--html", dir.resolve("check.html").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CHAT_CONTRACTS_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The state once the run has written (a renamed agent, a created chat); fails after 60 s. */
    private static String waitForAChange(MockProvider mock, String before, Process check) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && check.isAlive()) {
            String now = mock.stateDump();
            if (now.contains("Contract run")) {
                Thread.sleep(300);
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run wrote nothing within 60 s (alive: " + check.isAlive() + ")");
    }
}
