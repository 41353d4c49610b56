package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.captures.HarFilesAccess.harEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Repeated names in a body are a *.body.duplicateKey WARNING with the pointer, on the tree and the streaming path. */
@Timeout(120)
class DuplicateKeysTest {

    @TempDir
    Path dir;

    @Test
    void repeatedNamesAreFoundWithTheirPointersOnBothPaths() throws IOException {
        Path spec = Files.writeString(dir.resolve("node.yaml"), ExitCodesTest.RECURSIVE.replace("    get:\n", """
                    put:
                      operationId: putNode
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
                    get:
                """));
        String request = "{\"name\":\"a\",\"name\":\"b\",\"children\":[{\"name\":\"c\"},{\"name\":\"d\",\"name\":\"e\"}]}";
        String response = "{\"name\":\"a\",\"byName\":{\"x/y\":{\"name\":\"e\"},\"x/y\":{\"name\":\"f\"}},\"children\":[]}";
        Path har = dir.resolve("dup.har");
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"entries\":["
                + harEntry("PUT", "https://x.example.com/api/nodes/1", List.of("Content-Type", "application/json"), request, 200,
                        List.of("Content-Type", "application/json"), response) + "]}}");

        List<String> outputs = new ArrayList<>();
        for (String streamAbove : new String[] {"1m", "0"}) {
            StringWriter out = new StringWriter();
            CliApp commandLine = ChatContractsCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(new StringWriter(), true));

            int exit = commandLine.execute("validate", "--stream-above", streamAbove, "--spec", spec.toString(), har.toString());

            assertThat(exit).as(out.toString()).isEqualTo(CliExit.PASSED);
            assertThat(out.toString()).contains(
                    "WARNING request.body.duplicateKey at /name",
                    "WARNING request.body.duplicateKey at /children/1/name",
                    "WARNING response.body.duplicateKey at /byName/x~1y",
                    "'x/y' more than once");
            outputs.add(out.toString().lines().filter(line -> line.contains("duplicateKey")).toList().toString());
        }
        assertThat(outputs.get(1)).as("the streaming path reports what the tree path does").isEqualTo(outputs.get(0));

        StringWriter out = new StringWriter();
        CliApp commandLine = ChatContractsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute("validate", "--severity", "response.body.duplicateKey=ERROR", "--spec", spec.toString(),
                har.toString())).isEqualTo(CliExit.FINDINGS);
    }
}
