package dev.chatcontracts.pact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.Credentials;
import dev.chatcontracts.pact.verify.PactFindings;
import dev.chatcontracts.pact.verify.TestPacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code check} through picocli, as {@code java -jar chat-contracts-check.jar check} runs it. */
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
        assertThat(defaults.exitCode()).as(defaults.err()).isEqualTo(ChatContractsCheckCli.EXIT_PASSED);
        assertThat(defaults.err()).contains("chat-contracts check: generating the pacts of the bundled specs (V3)",
                "chat-contracts check: target: embedded mock provider", "chat-contracts check: provider suite: list every agent",
                "chat-contracts check: pact PASSED zendesk-chat showAccount showAccount",
                "chat-contracts check: pact PASSED zendesk-chat showChat offlineMessageJsonFormat",
                "chat-contracts check: pact PASSED zoho-salesiq updateConversationVisitor 401 without credentials");
        assertThat(defaults.out()).contains("RESULT: PASSED", "pacts: 34 interactions, 34 passed, 0 failed, 0 not sent",
                "provider suite: 25 steps, passed");
    }

    @Test
    void writesAJUnitXmlReportWithTheSuiteAndEveryPactInteraction() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(18);

        List<String> pactCases = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").contains("[chat-contracts-consumer-")) {
                pactCases.add(testCase.getAttribute("classname"));
                assertThat(testCase.getElementsByTagName("failure").getLength()).as(testCase.getAttribute("name")).isZero();
            }
        }
        assertThat(pactCases).hasSize(34).contains("chat-contracts.zendesk-chat.showAccount", "chat-contracts.zendesk-chat.deleteChat",
                "chat-contracts.zoho-salesiq.updateConversationVisitor");
    }

    @Test
    void writesTheHtmlReport() throws Exception {
        String html = Files.readString(dir.resolve("check.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<strong>PASSED</strong>", "<code>deleteChat</code>",
                "<code>updateConversationVisitor</code>");
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

        assertThat(run.exitCode()).isEqualTo(ChatContractsCheckCli.EXIT_FINDINGS);
        assertThat(run.out()).contains("RESULT: FAILED", "pacts: 2 interactions, 0 passed, 2 failed");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        assertThat(((Element) failures.item(0)).getAttribute("type")).isEqualTo(PactFindings.FAILED);
    }

    @Test
    void aRealTargetWithoutCredentialsCannotRun() {
        Run run = run(Map.of(), "check", "--skip-pacts", "--zendesk-url", "https://acme.zendesk.com/api/v2/chat",
                "--junit-xml", dir.resolve("none.xml").toString(), "--html", dir.resolve("none.html").toString());
        assertThat(run.exitCode()).isEqualTo(ChatContractsCheckCli.EXIT_CANNOT_RUN);
        assertThat(run.err()).contains(ContractTarget.ZENDESK_TOKEN);
        assertThat(dir.resolve("none.xml")).doesNotExist();
    }

    @Test
    void invalidUsageExitsWithTwo() {
        assertThat(run(Map.of(), "check", "--pact-version", "V9").exitCode()).isEqualTo(ChatContractsCheckCli.EXIT_USAGE);
        assertThat(run(Map.of()).exitCode()).isEqualTo(ChatContractsCheckCli.EXIT_USAGE);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ChatContractsCheckCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
