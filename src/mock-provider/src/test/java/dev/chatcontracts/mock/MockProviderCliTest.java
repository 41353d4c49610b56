package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockProviderCliTest {

    @Test
    void optionsConfigureTheMockAndTheBannerPrintsTheBaseUrls() {
        MockProviderCli cli = new MockProviderCli();
        new CommandLine(cli).parseArgs("--port", "0", "--strict", "--documented-examples", "--rate-limit", "200");

        try (MockProvider mock = cli.startProvider()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MockProviderCli.printBanner(mock, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);

            assertThat(mock.config().strict()).isTrue();
            assertThat(mock.config().documentedExamples()).isTrue();
            assertThat(mock.config().rateLimitPerMinute()).isEqualTo(200);
            assertThat(banner).contains(mock.zendeskBaseUrl().toString())
                    .contains(mock.zendeskLegacyBaseUrl().toString())
                    .contains(mock.salesIqBaseUrl().toString())
                    .contains("owner@example.com").contains("mock-oauth-token").contains("mock-zoho-token")
                    .contains("POST " + mock.providerStatesUrl());
            assertThat(TestApi.zendesk(mock).get("/chats").json().get("next_url").asText()).isEqualTo("null");
        }
    }

    @Test
    void noProviderStatesTurnsTheStateChangeEndpointOff() {
        MockProviderCli cli = new MockProviderCli();
        new CommandLine(cli).parseArgs("--port", "0", "--no-provider-states");

        try (MockProvider mock = cli.startProvider()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MockProviderCli.printBanner(mock, new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(mock.config().providerStates()).isFalse();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("off (--no-provider-states)")
                    .doesNotContain(mock.providerStatesUrl().toString());
            assertThat(TestApi.of(mock.providerStatesUrl(), null).post("", "{\"state\":\"\"}").status()).isEqualTo(404);
        }
    }

    @Test
    void limitsAndThePublicBaseUrlAreOptions() {
        MockProviderCli cli = new MockProviderCli();
        new CommandLine(cli).parseArgs("--port", "0", "--max-body-bytes", "2048", "--public-base-url",
                "http://mock.example:9000", "--threads", "4", "--max-threads", "64");

        try (MockProvider mock = cli.startProvider()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MockProviderCli.printBanner(mock, new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(mock.config().maxBodyBytes()).isEqualTo(2048);
            assertThat(mock.config().threads()).isEqualTo(4);
            assertThat(mock.config().maxThreads()).isEqualTo(64);
            assertThat(mock.publicBaseUrl()).hasToString("http://mock.example:9000");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("max-body-bytes=2048")
                    .contains("public base URL=http://mock.example:9000");
            assertThat(TestApi.zendesk(mock).post("/visitors", "{\"name\":\"" + "x".repeat(2048) + "\"}").status())
                    .isEqualTo(413);
        }
    }

    @Test
    void theDefaultPortIs8080() {
        MockProviderCli cli = new MockProviderCli();
        new CommandLine(cli).parseArgs();

        assertThat(cli.port).isEqualTo(8080);
        assertThat(cli.host).isEqualTo("127.0.0.1");
        assertThat(cli.rateLimit).isZero();
        assertThat(cli.noProviderStates).isFalse();
        assertThat(cli.maxBodyBytes).isEqualTo(10L * 1024 * 1024);
        assertThat(cli.publicBaseUrl).isNull();
        assertThat(cli.threads).isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        assertThat(cli.maxThreads).isEqualTo(1024);
    }

    @Test
    void helpSucceedsAndAnUnknownOptionFails() {
        StringWriter help = new StringWriter();
        CommandLine command = new CommandLine(new MockProviderCli()).setOut(new PrintWriter(help));
        command.setErr(new PrintWriter(new StringWriter()));

        assertThat(command.execute("--help")).isZero();
        assertThat(help.toString()).contains("--port").contains("--seed").contains("--documented-examples")
                .contains("--rate-limit").contains("--strict").contains("--no-provider-states")
                .contains("--max-body-bytes").contains("--public-base-url").contains("--max-threads");
        assertThat(command.execute("--no-such-option")).isEqualTo(2);
    }

    @Test
    void aPortInUseIsOneLineAndExitThree() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine command = MockProviderCli.commandLine();
            command.setErr(new PrintWriter(err));

            assertThat(command.execute("--port", String.valueOf(taken.getLocalPort()))).isEqualTo(MockProviderCli.EXIT_CANNOT_RUN);
            assertThat(err.toString()).startsWith("chat-mock-provider: could not run: ").doesNotContain("\tat ");
            assertThat(err.toString().lines()).hasSize(1);
        }
    }

    @Test
    void anUnreadableSeedIsExitThreeAndBadUsageTwo() {
        StringWriter err = new StringWriter();
        CommandLine command = MockProviderCli.commandLine();
        command.setErr(new PrintWriter(err));

        assertThat(command.execute("--port", "0", "--seed", "/no/such/seed.json")).isEqualTo(MockProviderCli.EXIT_CANNOT_RUN);
        assertThat(err.toString()).contains("could not run").doesNotContain("\tat ");
        assertThat(command.execute("--port", "not-a-number")).isEqualTo(MockProviderCli.EXIT_USAGE);
    }

    @Test
    void anInterruptedRunIsExit130() throws Exception {
        java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(-1);
        CommandLine command = MockProviderCli.commandLine();
        command.setErr(new PrintWriter(new StringWriter()));
        Thread run = new Thread(() -> exit.set(command.execute("--port", "0")));
        run.start();
        Thread.sleep(1500);
        run.interrupt();
        run.join(10_000);

        assertThat(exit).hasValue(MockProviderCli.EXIT_INTERRUPTED);
    }

    @Test
    void sigintEndsTheMockWithExit130() throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this JVM (a build started as a background job of a "
                + "non-interactive shell): a mock started from it inherits that, and the JVM keeps an ignored SIGINT ignored");
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process mock = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                MockProviderCli.class.getName(), "--port", "0").redirectErrorStream(true).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(mock.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).as("the banner").startsWith("Chat mock provider listening on");
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(mock.pid())).start();
            assertThat(kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            assertThat(mock.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(mock.exitValue()).isEqualTo(MockProviderCli.EXIT_INTERRUPTED);
        } finally {
            mock.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT (Linux: the bit of signal 2 in {@code SigIgn} of {@code /proc/self/status}); false elsewhere. */
    static boolean sigintIgnored() throws java.io.IOException {
        java.nio.file.Path status = java.nio.file.Path.of("/proc/self/status");
        if (!java.nio.file.Files.isReadable(status)) {
            return false;
        }
        for (String line : java.nio.file.Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2L) != 0;
            }
        }
        return false;
    }
}
