package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static dev.chatcontracts.check.cli.CheckRuns.testCases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.check.cli.CheckRuns.Run;
import dev.chatcontracts.check.cli.CheckRuns.TestCase;
import dev.chatcontracts.check.verify.PactFindings;
import dev.chatcontracts.check.verify.TestPacts;
import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check} through its command line, as {@code java -jar chat-contracts-check.jar check} runs it. */
class CheckCommandTest {

    @TempDir
    static Path dir;

    private static Run defaults;

    /** One run with the defaults (embedded mock, generated pacts), shared by the tests that read its outputs. */
    @BeforeAll
    static void checkAgainstTheEmbeddedMock() {
        defaults = run(Map.of(), "check", "--junit-xml", dir.resolve("junit.xml").toString(), "--html", dir.resolve("check.html").toString());
    }

    @Test
    void passesAgainstTheEmbeddedMockAndPrintsProgressToStderr() {
        assertThat(defaults.exitCode()).as(defaults.err()).isEqualTo(CliExit.PASSED);
        assertThat(defaults.err()).contains("chat-contracts check: generating the pacts of the bundled specs (V3)",
                "chat-contracts check: target: embedded mock provider", "chat-contracts check: provider suite: list every agent",
                "chat-contracts check: pact PASSED zendesk-chat showAccount showAccount",
                "chat-contracts check: pact PASSED zendesk-chat showChat offlineMessageJsonFormat",
                "chat-contracts check: pact PASSED zoho-salesiq updateConversationVisitor 401 without credentials");
        assertThat(defaults.out()).contains("RESULT: PASSED", "pacts: 34 interactions, 34 verified, 0 failed, 0 not sent",
                "provider suite: 25 steps, 25 run, 0 not run, passed");
    }

    @Test
    void writesAJUnitXmlReportWithOneTestsuitePerSpecTheSuiteAndEveryPactInteraction() throws Exception {
        Document xml = CheckRuns.xml(dir.resolve("junit.xml"));
        Element all = xml.getDocumentElement();
        NodeList suites = xml.getElementsByTagName("testsuite");
        List<TestCase> cases = testCases(dir.resolve("junit.xml"));
        assertThat(all.getAttribute("failures")).isEqualTo("0");
        assertThat(all.getAttribute("skipped")).isEqualTo("0");
        assertThat(Integer.parseInt(all.getAttribute("tests"))).isEqualTo(cases.size()).isGreaterThan(18);
        Set<String> suiteNames = new HashSet<>();
        for (int i = 0; i < suites.getLength(); i++) {
            suiteNames.add(((Element) suites.item(i)).getAttribute("name"));
        }
        assertThat(suiteNames).containsExactlyInAnyOrder("zendesk-chat", "zoho-salesiq", "provider suite");

        List<TestCase> pactCases = cases.stream().filter(c -> !c.suiteExchange() && !c.suite().equals("provider suite")).toList();
        assertThat(pactCases).hasSize(34).allSatisfy(c -> assertThat(c.outcome()).isEqualTo("passed"));
        assertThat(pactCases).extracting(TestCase::classname).contains("chat-contracts.zendesk-chat.showAccount",
                "chat-contracts.zendesk-chat.deleteChat", "chat-contracts.zoho-salesiq.updateConversationVisitor");
        assertThat(pactCases).extracting(TestCase::name).contains("showAccount showAccount", "showChat offlineMessageJsonFormat",
                "updateConversationVisitor 401 without credentials");
        assertThat(cases).extracting(TestCase::name).contains("list every agent: GET /agents", "list every agent: GET /agents (2)",
                "show an agent: GET /agents/{agent_id}", "create, show, update and show an agent: POST /agents",
                "restore: DELETE /agents/{agent_id}", "suite checks");
    }

    @Test
    void twoRunsGiveTheSameTestcaseNamesAndRealTimes() throws Exception {
        Path second = dir.resolve("second-junit.xml");
        Run again = run(Map.of(), "check", "--quiet", "--junit-xml", second.toString(), "--html", dir.resolve("second.html").toString());
        assertThat(again.exitCode()).isEqualTo(CliExit.PASSED);

        List<TestCase> first = testCases(dir.resolve("junit.xml"));
        List<TestCase> other = testCases(second);
        Set<String> firstIds = new HashSet<>(first.stream().map(TestCase::id).toList());
        assertThat(firstIds).as("names unique within the report").hasSize(first.size());
        assertThat(other).extracting(TestCase::id).containsExactlyElementsOf(first.stream().map(TestCase::id).toList());
        assertThat(first).extracting(TestCase::name).noneMatch(name -> name.matches(".*(127\\.0\\.0\\.1|localhost|:\\d{4,5}).*"));
        assertThat(first).extracting(TestCase::time).allMatch(t -> t.matches("\\d+\\.\\d{3}")).anyMatch(t -> !t.equals("0.000"));
        assertThat(CheckRuns.xml(second).getDocumentElement().getAttribute("time")).isNotEqualTo("0.000");
    }

    @Test
    void writesTheHtmlReportWithTheTargetTheTotalsAndTheVerdict() throws Exception {
        String html = Files.readString(dir.resolve("check.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<strong>PASSED</strong>", "<code class=\"key\">deleteChat</code>",
                "<code class=\"key\">updateConversationVisitor</code>", "Target: <code class=\"value\">embedded mock provider at http://",
                "<li>pacts: 34 interactions, 34 verified, 0 failed, 0 not sent</li>",
                "<li>provider suite: 25 steps, 25 run, 0 not run, passed</li>");
        assertThat(html).doesNotContain("break-all");
    }

    @Test
    void noCredentialReachesAnyOutput() throws Exception {
        Credentials credentials = Credentials.defaults();
        List<String> outputs = List.of(defaults.out(), defaults.err(), Files.readString(dir.resolve("junit.xml")),
                Files.readString(dir.resolve("check.html")));
        assertThat(outputs).allSatisfy(text -> assertThat(text).doesNotContain(credentials.bearerToken(), credentials.zohoToken(),
                "Authorization", "Zoho-oauthtoken"));
    }

    @Test
    void aPlantedMismatchFailsTheCheck() throws Exception {
        Path pact = TestPacts.planted(Files.createDirectories(dir.resolve("planted")));
        Path junit = dir.resolve("planted-junit.xml");
        Run run = run(Map.of(), "check", "--skip-suite", "--pacts", pact.toString(), "--junit-xml", junit.toString(),
                "--html", dir.resolve("planted.html").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.out()).contains("RESULT: FAILED", "pacts: 2 interactions, 0 verified, 2 failed, 0 not sent");
        assertThat(testCases(junit)).filteredOn(c -> c.outcome().equals("failure")).hasSize(2)
                .allSatisfy(c -> assertThat(c.detail()).isEqualTo(PactFindings.FAILED));
    }

    @Test
    void aRealTargetWithoutCredentialsCannotRun() {
        Run run = run(Map.of(), "check", "--skip-pacts", "--zendesk-url", "https://acme.zendesk.com/api/v2/chat",
                "--junit-xml", dir.resolve("none.xml").toString(), "--html", dir.resolve("none.html").toString());
        assertThat(run.exitCode()).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(run.err()).contains(ContractTarget.ZENDESK_TOKEN);
        assertThat(dir.resolve("none.xml")).doesNotExist();
    }

    @Test
    void invalidUsageExitsWithTwo() {
        assertThat(run(Map.of(), "check", "--pact-version", "V9").exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(run(Map.of()).exitCode()).isEqualTo(CliExit.USAGE);
    }
}
