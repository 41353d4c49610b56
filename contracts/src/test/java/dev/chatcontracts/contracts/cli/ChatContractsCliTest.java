package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFilesAccess.harEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChatContractsCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path passing;
    private Path failing;

    @BeforeEach
    void captures() throws IOException {
        passing = Files.createDirectories(dir.resolve("passing"));
        capture(passing, "agent", "agent-valid.json", "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        capture(passing, "extra", "agent-invalid-undocumented-field.json", "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        failing = Files.createDirectories(dir.resolve("failing"));
        capture(failing, "chat", "chat-invalid-unread-integer.json", "{\"operationId\": \"showChat\", \"status\": 200}");
    }

    @Test
    void passesWithWarningsOnly() {
        assertThat(execute("validate", passing.toString())).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("2 exchanges checked; 0 ERROR, 1 WARNING", "RESULT: PASSED");
    }

    @Test
    void failsOnAnErrorFinding() {
        assertThat(execute("validate", passing.toString(), failing.toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("response.field.type at /unread", "RESULT: FAILED");
    }

    @Test
    void severitiesCanBeLoweredByPrefix() {
        assertThat(execute("validate", "--severity", "response.field=warning", failing.toString()))
                .isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(execute("validate", "--severity", "response.field.unknown=ERROR", passing.toString()))
                .isEqualTo(ChatContractsCli.EXIT_FINDINGS);
    }

    @Test
    void writesJUnitXmlAndHtml() throws Exception {
        Path junit = dir.resolve("out/junit.xml");
        Path html = dir.resolve("out/report.html");

        int exit = execute("validate", "--junit-xml", junit.toString(), "--html", html.toString(), passing.toString(), failing.toString());

        assertThat(exit).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(Files.readString(html)).contains("response.field.type");
    }

    @Test
    void twoRunsOnTheSameCapturesGiveTheSameTestcaseNamesOneTestsuitePerCaptureAndRealTimes() throws Exception {
        Path har = dir.resolve("session.har");
        String base = "http://127.0.0.1:" + (40000 + new java.util.Random().nextInt(20000)) + "/api/v2/chat";
        String agent = new String(resource("agent-valid.json"), java.nio.charset.StandardCharsets.UTF_8);
        String manyAgents = "[" + String.join(",", java.util.Collections.nCopies(2000, agent)) + "]";
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",",
                harEntry("GET", base + "/agents", List.of(), null, 200, List.of(), manyAgents),
                harEntry("GET", base + "/agents/me?access_token=SECRET-1", List.of(), null, 200, List.of(), agent),
                harEntry("GET", base + "/agents/me", List.of(), null, 200, List.of(), agent),
                harEntry("GET", base + "/nowhere", List.of(), null, 200, List.of(), "{}")) + "]}}");

        List<List<String>> names = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Path junit = dir.resolve("run" + run + "/junit.xml");
            execute("validate", "--junit-xml", junit.toString(), har.toString(), passing.toString());
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
            NodeList suites = xml.getElementsByTagName("testsuite");
            assertThat(suites.getLength()).as("one testsuite per capture").isEqualTo(2);
            assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo(har.toString());
            assertThat(((Element) suites.item(1)).getAttribute("name")).isEqualTo(passing.toString());
            NodeList cases = xml.getElementsByTagName("testcase");
            List<String> these = new ArrayList<>();
            List<String> times = new ArrayList<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                these.add(testCase.getAttribute("classname") + " | " + testCase.getAttribute("name"));
                times.add(testCase.getAttribute("time"));
            }
            assertThat(times).allMatch(t -> t.matches("\\d+\\.\\d{3}"))
                    .as("reading and validating 2,000 agents takes a millisecond or more").anyMatch(t -> !t.equals("0.000"));
            names.add(these);
        }

        assertThat(names.get(1)).isEqualTo(names.get(0)).containsExactly(
                "chat-contracts.zendesk-chat.listAgents | GET /api/v2/chat/agents",
                "chat-contracts.zendesk-chat.showRequestingAgent | GET /api/v2/chat/agents/me",
                "chat-contracts.zendesk-chat.showRequestingAgent | GET /api/v2/chat/agents/me (2)",
                "chat-contracts.unmatched.(no operation) | GET /api/v2/chat/nowhere",
                "chat-contracts.zendesk-chat.showRequestingAgent | agent.json: GET /api/v2/chat/agents/me",
                "chat-contracts.zendesk-chat.showRequestingAgent | extra.json: GET /api/v2/chat/agents/me");
        assertThat(Files.readString(dir.resolve("run0/junit.xml"))).doesNotContain("SECRET-1");
    }

    @Test
    void quietPrintsTheTotalsAndVerdictOnly() {
        execute("validate", "--quiet", "--progress-every", "1", passing.toString());

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsProgressOnStderr() {
        execute("validate", "--progress-every", "1", passing.toString());

        assertThat(err.toString()).contains("1 entries validated", "2 entries validated");
    }

    @Test
    void validatesAgainstTheGivenSpec() throws IOException {
        Path spec = dir.resolve("zendesk-chat.yaml");
        Files.write(spec, getClass().getResourceAsStream("/openapi/zendesk-chat.yaml").readAllBytes());

        assertThat(execute("validate", "--spec", spec.toString(), passing.toString())).isEqualTo(ChatContractsCli.EXIT_PASSED);
    }

    @Test
    void aSpecThatCannotBeReadStopsTheRun() throws IOException {
        Path spec = Files.writeString(dir.resolve("broken.yaml"), "openapi: [");

        assertThat(execute("validate", "--spec", spec.toString(), passing.toString())).isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
        assertThat(err.toString()).contains("cannot read a spec");
    }

    @Test
    void invalidUsageIsExitCodeTwo() {
        assertThat(execute()).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate")).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate", "--severity", "response.field=LOUD", passing.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate", "--severity", ".bad=ERROR", passing.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate", "--max-depth", "0", passing.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
    }

    @Test
    void sizesTakeSuffixesAndTheLimitsApplyToTheBodies() {
        assertThat(execute("validate", "--max-body-bytes", "1k", failing.toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("response.body.tooLarge").doesNotContain("response.field.type");

        assertThat(execute("validate", "--max-body-bytes", "ten", failing.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'ten' is not a size");
        assertThat(execute("validate", "--stream-above", "-1", failing.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
    }

    @Test
    void aStreamedBodyGivesTheSameFindingAsATree() {
        assertThat(execute("validate", "--stream-above", "0", failing.toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        String streamed = out.toString();
        out.getBuffer().setLength(0);
        assertThat(execute("validate", "--stream-above", "1m", failing.toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);

        assertThat(streamed).contains("response.field.type at /unread").isEqualTo(out.toString());
    }

    @Test
    void aReadOnlyFieldNamedVolatileMayChangeInAnUpdate() throws IOException {
        Path session = Files.createDirectories(dir.resolve("session"));
        String url = "https://acme.zendesk.com/api/v2/chat/agents/8080234567123";
        capture(session, "a-show", "agent-valid.json", "{\"method\": \"GET\", \"url\": \"" + url + "\", \"status\": 200}");
        Files.writeString(session.resolve("b-update.json"), new String(resource("agent-valid.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2014-09-30T08:25:09Z", "2020-01-01T00:00:00Z"));
        Files.writeString(session.resolve("b-update.meta.json"), "{\"method\": \"PUT\", \"url\": \"" + url
                + "\", \"status\": 200, \"requestBody\": {\"first_name\": \"Kevin\"}}");

        assertThat(execute("validate", session.toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("response.field.readOnly.changed at /create_date");
        out.getBuffer().setLength(0);

        assertThat(execute("validate", "--volatile-readonly", "create_date", session.toString())).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("2 exchanges checked; 0 ERROR, 0 WARNING").doesNotContain("readOnly.changed");
    }

    @Test
    void aMissingInputIsAFinding() {
        assertThat(execute("validate", dir.resolve("missing.har").toString())).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("capture.unreadable", "missing.har");
    }

    @Test
    void valuesAsTheDocumentationGivesThemPassWithWarningsNamingTheDiscrepancyAndFailWithStrictSpec() throws IOException {
        Path documented = Files.createDirectories(dir.resolve("documented"));
        capture(documented, "visitor", "visitor-invalid-id-integer.json",
                "{\"method\": \"GET\", \"url\": \"https://www.zopim.com/api/v2/visitors/1.12345\", \"status\": 200}");
        capture(documented, "agents", "agent-list-documented-enabled-integer.json",
                "{\"method\": \"GET\", \"url\": \"https://www.zopim.com/api/v2/agents\", \"status\": 200}");

        for (String streamAbove : new String[] {"1m", "0"}) {
            out.getBuffer().setLength(0);
            assertThat(execute("validate", "--stream-above", streamAbove, documented.toString())).isEqualTo(ChatContractsCli.EXIT_PASSED);
            assertThat(out.toString()).contains("response.field.documented at /id", "response.field.documented at /0/enabled",
                    "D5", "D13", "RESULT: PASSED");

            out.getBuffer().setLength(0);
            assertThat(execute("validate", "--strict-spec", "--stream-above", streamAbove, documented.toString()))
                    .isEqualTo(ChatContractsCli.EXIT_FINDINGS);
            assertThat(out.toString()).contains("response.field.type at /id", "response.field.type at /0/enabled")
                    .doesNotContain("response.field.documented");
        }
    }

    @Test
    void helpIsAvailable() {
        assertThat(execute("validate", "--help")).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("--severity", "--junit-xml", "--html", "--spec", "--quiet");
    }

    @Test
    void anUnknownSeverityKeyIsAUsageError() {
        assertThat(execute("validate", "--severity", "response.feild=WARNING", passing.toString()))
                .isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'response.feild' is not a finding key nor a prefix of one");
        assertThat(execute("check-pact", "--severity", "pact.matcher=LOUD", passing.toString()))
                .isEqualTo(ChatContractsCli.EXIT_USAGE);
    }

    @Test
    void everyCommandIsSummedUpInAWholeSentence() {
        CliApp root = ChatContractsCli.commandLine();
        for (CliCommand command : root.commands().values()) {
            List<String> description = command.description();
            assertThat(description).as(command.name()).isNotEmpty();
            assertThat(description.get(0)).as("the summary the root's --help lists for %s", command.name())
                    .endsWith(".");
        }
    }

    private int execute(String... args) {
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static void capture(Path folder, String name, String body, String sidecar) throws IOException {
        Files.write(folder.resolve(name + ".json"), resource(body));
        Files.writeString(folder.resolve(name + ".meta.json"), sidecar);
    }
}
