package dev.chatcontracts.contracts.reports;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.captures.HarFilesAccess.harEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.captures.CaptureRun;
import dev.chatcontracts.contracts.captures.Captures;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret of a capture reaches the console summary, the JUnit XML or the HTML report. */
class RedactionInReportsTest {

    private static final List<String> SECRETS = List.of("bearer-SECRET-1", "cookie-SECRET-2", "set-cookie-SECRET-3",
            "query-SECRET-4", "password-SECRET-5", "password-SECRET-6", "apikey-SECRET-7", "basic-SECRET-8", "userinfo-SECRET-9",
            "oauth-SECRET-10", "key-SECRET-11", "apitoken-SECRET-12");

    @TempDir
    Path dir;

    @Test
    void secretsAppearInNoReport() throws IOException {
        Path har = dir.resolve("secrets.har");
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",",
                harEntry("GET", ZENDESK + "/agents/me?access_token=query-SECRET-4",
                        List.of("Authorization", "Bearer bearer-SECRET-1", "Cookie", "sid=cookie-SECRET-2"), null,
                        200, List.of("Set-Cookie", "sid=set-cookie-SECRET-3"),
                        "{\"id\": 1, \"password\": \"password-SECRET-5\", \"enabled\": 1}"),
                harEntry("POST", ZENDESK + "/agents", List.of("X-Api-Key", "apikey-SECRET-7"),
                        "{\"email\": \"a@b.c\", \"password\": \"password-SECRET-6\", \"id\": 3}", 201, List.of(), "{\"id\": 3}"),
                harEntry("GET", "https://user:userinfo-SECRET-9@acme.zendesk.com/nowhere?token=query-SECRET-4&oauth_token=oauth-SECRET-10"
                        + "&key=key-SECRET-11&api_token=apitoken-SECRET-12",
                        List.of("Proxy-Authorization", "Basic basic-SECRET-8"), null, 200, List.of(), "{\"password\": 5"))
                + "]}}");

        ValidationReport report = new CaptureRun(ContractValidator.bundled())
                .run(Captures.open(List.of(har), Contracts.bundled(), ValidationOptions.defaults()));
        String console = new ConsoleReport(false).render(report);
        String junit = new JUnitXmlReport().render(report);
        String html = new HtmlReport().render(report);

        assertThat(report.findings()).extracting(Finding::key).contains("response.field.writeOnly", "request.field.readOnly",
                "request.operation.unknown");
        for (String secret : SECRETS) {
            assertThat(console).doesNotContain(secret);
            assertThat(junit).doesNotContain(secret);
            assertThat(html).doesNotContain(secret);
            assertThat(report.toString()).doesNotContain(secret);
        }
    }
}
