package dev.chatcontracts.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of validate and check-pact, through the command line's execute; hostile specs built here. */
@Timeout(120)
class ExitCodesTest {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
            + "servers: [{url: 'https://x.example.com/api'}]\n";

    /** A Node with children: [Node], parent: Node and alt: oneOf [Node, string]: recursive, not a cycle. */
    static final String RECURSIVE = HEAD + """
            paths:
              /nodes/{id}:
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                get:
                  operationId: getNode
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
            components:
              schemas:
                Node:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}
                    parent: {$ref: '#/components/schemas/Node'}
                    alt: {oneOf: [{$ref: '#/components/schemas/Node'}, {type: string}]}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aRecursiveSchemaValidatesOnBothPathsDownTheTree() throws IOException {
        Path spec = Files.writeString(dir.resolve("node.yaml"), RECURSIVE);
        int depth = 300;
        String body = "{\"name\":\"a\",\"children\":[".repeat(depth) + "{\"name\":1,\"parent\":{\"name\":\"p\",\"alt\":\"s\"}}"
                + "]}".repeat(depth);
        Path captures = Files.createDirectories(dir.resolve("captures"));
        Files.writeString(captures.resolve("node.json"), body);
        Files.writeString(captures.resolve("node.meta.json"), "{\"method\":\"GET\",\"url\":\"https://x.example.com/api/nodes/1\",\"status\":200}");
        String pointer = "/children/0".repeat(depth) + "/name";

        for (String streamAbove : new String[] {"1m", "0"}) {
            out.getBuffer().setLength(0);
            assertThat(execute("validate", "--stream-above", streamAbove, "--spec", spec.toString(), captures.toString()))
                    .isEqualTo(CliExit.FINDINGS);
            assertThat(out.toString()).contains("response.field.type at " + pointer);
            assertThat(err.toString()).doesNotContain("Exception", "Error");
        }
    }

    @Test
    void anAliasBombSpecIsExitThreeInOneLineNamingTheSpec() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("paths: {}\nx-bomb:\n  a: &a [x,x,x,x,x,x,x,x,x]\n");
        String previous = "a";
        for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            yaml.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        Path spec = Files.writeString(dir.resolve("bomb.yaml"), yaml);
        Path capture = Files.writeString(dir.resolve("x.json"), "{}");

        long start = System.nanoTime();
        assertThat(execute("validate", "--spec", spec.toString(), capture.toString())).isEqualTo(CliExit.CANNOT_RUN);
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(10);
        assertThat(err.toString()).contains("bomb.yaml", "line ", "spec.yaml.aliases").doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);

        assertThat(execute("check-pact", "--spec", spec.toString(), capture.toString())).isEqualTo(CliExit.CANNOT_RUN);
    }

    @Test
    void aSchemaCycleSpecIsExitThreeNamingTheSchema() throws IOException {
        Path spec = Files.writeString(dir.resolve("cycle.yaml"), HEAD + "paths: {}\ncomponents:\n  schemas:\n"
                + "    B: {allOf: [{$ref: '#/components/schemas/C'}]}\n    C: {allOf: [{$ref: '#/components/schemas/B'}]}\n");
        Path capture = Files.writeString(dir.resolve("x.json"), "{}");

        assertThat(execute("validate", "--spec", spec.toString(), capture.toString())).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(err.toString()).contains("cycle.yaml#/components/schemas/B", "spec.ref.cycle").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsAreTwo() {
        assertThat(execute("validate", "--no-such-option", "x")).isEqualTo(CliExit.USAGE);
        assertThat(execute("check-pact", "--max-depth", "0", "x")).isEqualTo(CliExit.USAGE);
        assertThat(execute("validate")).isEqualTo(CliExit.USAGE);
        assertThat(execute()).isEqualTo(CliExit.USAGE);
    }

    @Test
    void anInternalErrorOrOutOfMemoryIsOneLineAndThree() {
        StringWriter lines = new StringWriter();
        PrintWriter to = new PrintWriter(lines, true);

        assertThat(CliExit.guard(to, "x", () -> {
            throw new OutOfMemoryError("Java heap space");
        })).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(CliExit.guard(to, "x", () -> {
            throw new IllegalStateException("broken at https://user:hunter2@host/?token=abc\nsecond line");
        })).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(CliExit.guard(to, "x", () -> {
            throw new StackOverflowError();
        })).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(lines.toString().lines()).containsExactly(
                "x: could not run: out of memory (raise -Xmx, or lower --stream-above / --max-body-bytes)",
                "x: could not run: IllegalStateException: broken at https://[REDACTED]@host/?token=[REDACTED]",
                "x: could not run: stack overflow (input nested too deeply?)");
    }

    @Test
    void anInterruptionIs130() {
        StringWriter lines = new StringWriter();
        assertThat(CliExit.guard(new PrintWriter(lines, true), "x", () -> {
            throw new InterruptedException();
        })).isEqualTo(CliExit.INTERRUPTED);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(lines.toString()).isEqualTo("x: interrupted" + System.lineSeparator());
    }

    private int execute(String... args) {
        err.getBuffer().setLength(0);
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
