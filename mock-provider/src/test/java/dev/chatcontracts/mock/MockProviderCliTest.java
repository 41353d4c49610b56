package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(cli.threads).isEqualTo(16);
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
}
