package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    void helpIsAvailable() {
        assertThat(execute("validate", "--help")).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("--severity", "--junit-xml", "--html", "--spec", "--quiet");
    }

    private int execute(String... args) {
        CommandLine commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static void capture(Path folder, String name, String body, String sidecar) throws IOException {
        Files.write(folder.resolve(name + ".json"), resource(body));
        Files.writeString(folder.resolve(name + ".meta.json"), sidecar);
    }
}
