package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static dev.chatcontracts.check.cli.CheckRuns.testCases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import dev.chatcontracts.check.cli.CheckRuns.Run;
import dev.chatcontracts.check.cli.CheckRuns.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} against a read-only "real" target without SalesIQ (a mock reached through the environment): what is
 * not sent or not run is said, counted, reported as skipped, and fails the run with {@code --require-complete}.
 */
class ReadOnlyCheckTest {

    private static final Pattern PACTS = Pattern.compile("pacts: 34 interactions, (\\d+) verified, 0 failed, (\\d+) not sent");

    @TempDir
    static Path dir;

    private static MockProvider mock;
    private static Map<String, String> environment;
    private static Run readOnly;

    @BeforeAll
    static void checkAReadOnlyTarget() {
        mock = MockProvider.start();
        environment = Map.of(ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString(),
                ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken());
        readOnly = run(environment, "check", "--junit-xml", dir.resolve("junit.xml").toString(), "--html", dir.resolve("check.html").toString());
    }

    @AfterAll
    static void stopTheMock() {
        mock.close();
    }

    @Test
    void passesWithAWarningForEachInteractionNotSentAndEachStepNotRun() {
        assertThat(readOnly.exitCode()).as(readOnly.out()).isEqualTo(CliExit.PASSED);
        assertThat(readOnly.out()).contains("RESULT: PASSED", "(read only)", "provider suite: 24 steps, 15 run, 9 not run, passed",
                "WARNING " + FindingKeys.PACT_VERIFICATION_NOT_SENT + ": 'createAgent createAgent' not sent: the request writes",
                "WARNING " + FindingKeys.SUITE_STEP_NOT_RUN + ": 'create, show, update and show an agent' not run: it writes",
                "WARNING " + FindingKeys.PACT_VERIFICATION_NOT_SENT + ": 'updateConversationVisitor");
        Matcher pacts = PACTS.matcher(readOnly.out());
        assertThat(pacts.find()).as(readOnly.out()).isTrue();
        assertThat(Integer.parseInt(pacts.group(1)) + Integer.parseInt(pacts.group(2))).isEqualTo(34);
        assertThat(Integer.parseInt(pacts.group(2))).isGreaterThanOrEqualTo(11 + 4 + 2);
        assertThat(readOnly.err()).contains("provider suite: NOT RUN bulk delete a chat (it writes");
    }

    @Test
    void whatWasNotSentOrNotRunIsASkippedTestcase() throws Exception {
        List<TestCase> cases = testCases(dir.resolve("junit.xml"));
        Matcher pacts = PACTS.matcher(readOnly.out());
        assertThat(pacts.find()).isTrue();
        int notSent = Integer.parseInt(pacts.group(2));

        List<TestCase> skipped = cases.stream().filter(c -> c.outcome().equals("skipped")).toList();
        assertThat(skipped).hasSize(notSent + 9);
        assertThat(CheckRuns.xml(dir.resolve("junit.xml")).getDocumentElement().getAttribute("skipped")).isEqualTo(String.valueOf(notSent + 9));
        assertThat(skipped).filteredOn(c -> c.name().equals("createAgent createAgent")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("the request writes and the target does not allow writes"));
        assertThat(skipped).filteredOn(c -> c.name().equals("bulk delete a chat")).singleElement().satisfies(c -> {
            assertThat(c.classname()).isEqualTo("chat-contracts.zendesk-chat.bulkDeleteChats");
            assertThat(c.detail()).contains("it writes");
        });
        assertThat(skipped).filteredOn(c -> c.classname().endsWith("updateConversationVisitor")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.detail()).containsAnyOf("no base URL for zoho-salesiq", "it writes"));
        assertThat(cases).noneMatch(c -> c.outcome().equals("failure"));
    }

    @Test
    void theHtmlReportSaysWhatWasNotSent() throws Exception {
        String html = Files.readString(dir.resolve("check.html"));
        assertThat(html).contains("Target: <code class=\"value\">real target at " + mock.zendeskBaseUrl() + " (read only)</code>",
                "<li>provider suite: 24 steps, 15 run, 9 not run, passed</li>", "not sent</li>", "not run: it writes",
                "<code>pact.verification.notSent</code>", "<code>suite.step.notRun</code>");
    }

    @Test
    void requireCompleteMakesWhatWasNotDoneAnError() throws Exception {
        Path junit = dir.resolve("complete.xml");
        Run run = run(environment, "check", "--require-complete", "--severity", "pact.verification.notSent=INFO",
                "--junit-xml", junit.toString(), "--html", dir.resolve("complete.html").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.out()).contains("RESULT: FAILED", "ERROR " + FindingKeys.PACT_VERIFICATION_NOT_SENT,
                "ERROR " + FindingKeys.SUITE_STEP_NOT_RUN);
        List<TestCase> cases = testCases(junit);
        assertThat(cases).filteredOn(c -> c.outcome().equals("failure")).extracting(TestCase::detail)
                .containsOnly(FindingKeys.PACT_VERIFICATION_NOT_SENT, FindingKeys.SUITE_STEP_NOT_RUN).hasSizeGreaterThan(8);
        assertThat(cases).noneMatch(c -> c.outcome().equals("skipped"));
    }
}
