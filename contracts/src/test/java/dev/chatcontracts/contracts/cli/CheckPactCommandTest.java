package dev.chatcontracts.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPactCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aValidPactPasses() {
        assertThat(execute("check-pact", pact("pact-v3-valid.json"))).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("4 exchanges checked; 0 ERROR", "RESULT: PASSED");
    }

    @Test
    void aPlantedReadOnlyFieldFailsWithItsKey() {
        assertThat(execute("check-pact", pact("pact-invalid-readonly-field.json"))).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("request.field.readOnly at /id", "create a visitor with its id", "RESULT: FAILED");
    }

    @Test
    void severitiesCanBeLowered() {
        assertThat(execute("check-pact", "--severity", "pact.matcher=WARNING", "--severity", "response.field.type=INFO",
                pact("pact-invalid-matcher.json"))).isEqualTo(ChatContractsCli.EXIT_PASSED);
    }

    @Test
    void writesJUnitXmlAndHtml() throws Exception {
        Path junit = dir.resolve("out/pacts.xml");
        Path html = dir.resolve("out/pacts.html");

        int exit = execute("check-pact", "--quiet", "--junit-xml", junit.toString(), "--html", html.toString(),
                pact("pact-v3-valid.json"), pact("pact-invalid-writeonly-expected.json"));

        assertThat(exit).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(Files.readString(html)).contains("response.field.writeOnly");
    }

    @Test
    void checksAgainstTheGivenSpec() throws Exception {
        Path spec = dir.resolve("zendesk-chat.yaml");
        Files.write(spec, getClass().getResourceAsStream("/openapi/zendesk-chat.yaml").readAllBytes());

        assertThat(execute("check-pact", "--spec", spec.toString(), pact("pact-v3-valid.json"))).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(execute("check-pact", "--spec", spec.toString(), pact("pact-v4-valid.json"))).isEqualTo(ChatContractsCli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("pact.operation.unknown");
    }

    @Test
    void usageErrorsAndUnreadableSpecs() throws Exception {
        assertThat(execute("check-pact")).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("check-pact", "--severity", "pact=LOUD", pact("pact-v3-valid.json"))).isEqualTo(ChatContractsCli.EXIT_USAGE);
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: [");
        assertThat(execute("check-pact", "--spec", broken.toString(), pact("pact-v3-valid.json"))).isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
    }

    @Test
    void helpIsAvailable() {
        assertThat(execute("check-pact", "--help")).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("--severity", "--junit-xml", "--html", "--spec", "--quiet");
    }

    private int execute(String... args) {
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String pact(String name) {
        try {
            return Path.of(CheckPactCommandTest.class.getResource("/pacts/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
