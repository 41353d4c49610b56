package dev.chatcontracts.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --spec-limit KEY=VALUE} on {@code validate} and {@code check-pact}: a spec just over a lowered limit is
 * refused, exit 3, in one line naming the spec and the limit; the limit raised back to its size accepts it.
 */
class SpecLimitOptionTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private Path spec;
    private int codePoints;
    private Path capture;

    @BeforeEach
    void specAndCapture() throws Exception {
        String text = new String(getClass().getResourceAsStream("/openapi/zendesk-chat.yaml").readAllBytes(), StandardCharsets.UTF_8);
        spec = Files.writeString(dir.resolve("zendesk-chat.yaml"), text);
        codePoints = text.codePointCount(0, text.length());
        capture = Files.createDirectories(dir.resolve("capture"));
        Files.write(capture.resolve("agent.json"), getClass().getResourceAsStream("/exchanges/agent-valid.json").readAllBytes());
        Files.writeString(capture.resolve("agent.meta.json"), "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
    }

    @Test
    void validateRefusesASpecJustOverTheLimitAndAcceptsItAtTheLimit() {
        assertThat(execute("validate", "--spec-limit", "codePoints=" + (codePoints - 1), "--spec", spec.toString(), capture.toString()))
                .isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains(spec.toString(), "larger than the limit of " + (codePoints - 1) + " code points",
                "spec limit codePoints");

        assertThat(execute("validate", "--spec-limit", "codePoints=" + codePoints, "--spec", spec.toString(), capture.toString()))
                .as(err.toString()).isEqualTo(ChatContractsCli.EXIT_PASSED);
    }

    @Test
    void checkPactRefusesASpecJustOverTheLimitAndAcceptsItAtTheLimit() throws URISyntaxException {
        String pact = Path.of(getClass().getResource("/pacts/pact-v3-valid.json").toURI()).toString();

        assertThat(execute("check-pact", "--spec-limit", "codePoints=" + (codePoints - 1), "--spec", spec.toString(), pact))
                .isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
        assertThat(err.toString()).contains(spec.toString(), "limit of " + (codePoints - 1) + " code points");

        assertThat(execute("check-pact", "--spec-limit", "codePoints=" + codePoints, "--spec", spec.toString(), pact))
                .as(err.toString()).isEqualTo(ChatContractsCli.EXIT_PASSED);
    }

    @Test
    void theBundledSpecsAreReadWithinTheLimitsToo() {
        assertThat(execute("validate", "--spec-limit", "nestingDepth=5", capture.toString())).isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
        assertThat(err.toString()).contains("classpath:openapi/", "limit 5, spec limit nestingDepth");
    }

    @Test
    void anAliasLimitNamesItself() throws IOException {
        Path aliases = Files.writeString(dir.resolve("aliases.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
                + "x-a: &a {k: v}\nx-b: [*a, *a, *a]\n");

        assertThat(execute("validate", "--spec-limit", "aliases=2", "--spec", aliases.toString(), capture.toString()))
                .isEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
        assertThat(err.toString()).contains(aliases.toString(), "more than 2 aliases", "spec limit aliases");
        assertThat(execute("validate", "--spec-limit", "aliases=3", "--spec", aliases.toString(), capture.toString()))
                .isNotEqualTo(ChatContractsCli.EXIT_CANNOT_RUN);
    }

    @Test
    void anUnknownKeyOrAValueBelowOneIsUsage() {
        assertThat(execute("validate", "--spec-limit", "lines=10", capture.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(err.toString()).contains("codePoints, nestingDepth, aliases, expandedNodes");
        assertThat(execute("validate", "--spec-limit", "codePoints=0", capture.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate", "--spec-limit", "codePoints=many", capture.toString())).isEqualTo(ChatContractsCli.EXIT_USAGE);
        assertThat(execute("validate", "--help")).isEqualTo(ChatContractsCli.EXIT_PASSED);
        assertThat(out.toString()).contains("--spec-limit", "codePoints", "expandedNodes");
    }

    private int execute(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
