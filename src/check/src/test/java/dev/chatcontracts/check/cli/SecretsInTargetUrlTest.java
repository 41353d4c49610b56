package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import dev.chatcontracts.check.cli.CheckRuns.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets written into a target URL (user info, query parameters) reach no output of {@code check}. */
class SecretsInTargetUrlTest {

    private static final List<String> SECRETS = List.of("s3cr3t", "tok123", "p4ss", "k3y", "oauth9");

    @TempDir
    Path dir;

    @Test
    void userInfoAndSecretQueryParametersOfTheTargetUrlAppearNowhere() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            String zendesk = "http://user:s3cr3t@127.0.0.1:" + mock.baseUrl().getPort() + "/api/v2/chat?token=tok123&oauth_token=oauth9";
            String salesIq = "http://zoho:p4ss@127.0.0.1:" + mock.baseUrl().getPort() + "/api?key=k3y";
            Path junit = dir.resolve("junit.xml");
            Path html = dir.resolve("check.html");

            Run run = run(Map.of(ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken()), "check",
                    "--zendesk-url", zendesk, "--salesiq-url", salesIq, "--junit-xml", junit.toString(), "--html", html.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isIn(CliExit.PASSED, CliExit.FINDINGS);
            assertThat(run.out()).contains("real target at http://127.0.0.1:" + mock.baseUrl().getPort() + "/api/v2/chat",
                    "user info and query of the base URL ignored", "pacts: 34 interactions");
            List<String> outputs = List.of(run.out(), run.err(), Files.readString(junit), Files.readString(html));
            for (String secret : SECRETS) {
                assertThat(outputs).allSatisfy(text -> assertThat(text).doesNotContain(secret));
            }
        }
    }

    @Test
    void aTargetUrlThatIsNoUrlIsNotQuoted() {
        Run run = run(Map.of(ContractTarget.ZENDESK_TOKEN, "t"), "check", "--skip-pacts", "--zendesk-url", "http://user:s3cr3t@exa mple.com/?token=tok123",
                "--junit-xml", dir.resolve("none.xml").toString(), "--html", dir.resolve("none.html").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(run.err()).contains(ContractTarget.ZENDESK_URL + " is not a URL");
        assertThat(run.out() + run.err()).doesNotContain("s3cr3t", "tok123");
    }
}
