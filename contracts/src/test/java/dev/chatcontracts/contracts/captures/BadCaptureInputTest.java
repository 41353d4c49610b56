package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gives ONE finding naming its file (and entry), and the good entries around it
 * are still validated: entries in = results out. The 100 MB and 10,000-deep inputs are generated here,
 * written as streams.
 */
class BadCaptureInputTest {

    private static final String AGENT_META = "{\"operationId\": \"showRequestingAgent\", \"status\": 200}";
    private static final String CHAT_META = "{\"operationId\": \"showChat\", \"status\": 200}";
    private static final String AGENT = new String(resource("agent-valid.json"), StandardCharsets.UTF_8);
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aResponseThatIsNotJson() throws IOException {
        assertOneFindingAmongGoodOnes(write("chat-invalid-not-json.json", resource("chat-invalid-not-json.json")), "response.body.malformed");
    }

    @Test
    void aTruncatedResponse() throws IOException {
        assertOneFindingAmongGoodOnes(write("chat-invalid-truncated.json", resource("chat-invalid-truncated.json")), "response.body.malformed");
    }

    @Test
    void aResponseThatIsNotUtf8() throws IOException {
        assertOneFindingAmongGoodOnes(write("chat-invalid-latin1.json", resource("chat-invalid-latin1.json")), "response.body.encoding");
    }

    @Test
    void aResponseNestedTenThousandDeep() throws IOException {
        Path deep = dir.resolve("chat-invalid-ten-thousand-deep.json");
        try (BufferedWriter out = Files.newBufferedWriter(deep)) {
            for (int i = 0; i < 10_000; i++) {
                out.write("{\"a\":");
            }
            out.write("1");
            for (int i = 0; i < 10_000; i++) {
                out.write('}');
            }
        }
        assertOneFindingAmongGoodOnes(deep, "response.body.tooDeep");
    }

    @Test
    void aResponseOfOneHundredMegabytes() throws IOException {
        Path large = dir.resolve("chat-invalid-hundred-megabytes.json");
        writeLargeJsonString(large, "{\"comment\":\"", "\"}");
        assertThat(Files.size(large)).isGreaterThan(HUNDRED_MB);

        assertOneFindingAmongGoodOnes(large, "response.body.tooLarge");
    }

    @Test
    void aResponseThatMatchesNoOperation() throws IOException {
        Path chat = write("chat-invalid-no-operation.json", resource("chat-valid.json"));
        Files.writeString(dir.resolve("chat-invalid-no-operation.meta.json"),
                "{\"method\": \"GET\", \"url\": \"https://acme.zendesk.com/api/v2/chat/departments/1\", \"status\": 200}");

        ValidationReport report = runFolder();

        assertThat(report.results()).hasSize(3);
        assertOnlyTheBadOneHasOneFinding(report, chat, "request.operation.unknown");
    }

    @Test
    void harEntriesThatAreBrokenInEachWay() throws IOException {
        Path har = dir.resolve("session.har");
        try (BufferedWriter out = Files.newBufferedWriter(har)) {
            out.write("{\"log\":{\"version\":\"1.2\",\"entries\":[");
            out.write(entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString());
            out.write(",");
            writeEntryWithHugeBody(out);
            out.write(",");
            out.write(entry("GET", ZENDESK + "/chats/1", null, 200, "[".repeat(10_000) + "]".repeat(10_000)).toString());
            out.write(",");
            out.write(deepEntry());
            out.write(",");
            out.write(HarFiles.base64Body(entry("GET", ZENDESK + "/chats/1", null, 200, ""), resource("chat-invalid-latin1.json")).toString());
            out.write(",");
            out.write(entry("GET", ZENDESK + "/chats/1", null, 200, "{\"id\": \"1\", \"type\": \"chat\"").toString());
            out.write(",");
            out.write(entry("GET", "https://elsewhere.example/analytics.js", null, 200, "x").toString());
            out.write(",");
            out.write(entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString());
            out.write("]}}");
        }

        ValidationReport report = new CaptureRun(ContractValidator.bundled())
                .run(Captures.open(List.of(har), Contracts.bundled(), ValidationOptions.defaults()));

        assertThat(report.results()).hasSize(8);
        assertThat(report.results()).extracting(r -> keys(r)).containsExactly(
                List.of(),
                List.of("response.body.tooLarge"),
                List.of("response.body.tooDeep"),
                List.of("capture.tooDeep"),
                List.of("response.body.encoding"),
                List.of("response.body.malformed"),
                List.of("request.operation.unknown"),
                List.of());
        for (int i = 1; i < 7; i++) {
            assertThat(report.results().get(i).findings().get(0).source().describe()).isEqualTo(har + "#/log/entries/" + i);
        }
    }

    private void assertOneFindingAmongGoodOnes(Path bad, String key) throws IOException {
        Files.writeString(Path.of(bad.toString().replaceFirst("\\.json$", ".meta.json")), CHAT_META);

        ValidationReport report = runFolder();

        assertThat(report.results()).as("entries in = results out").hasSize(3);
        assertOnlyTheBadOneHasOneFinding(report, bad, key);
    }

    private void assertOnlyTheBadOneHasOneFinding(ValidationReport report, Path bad, String key) {
        ExchangeResult badResult = report.results().stream()
                .filter(r -> r.source().file().equals(bad.toString())).findFirst().orElseThrow();
        assertThat(keys(badResult)).containsExactly(key);
        Finding finding = badResult.findings().get(0);
        assertThat(finding.source().file()).isEqualTo(bad.toString());
        assertThat(report.results()).filteredOn(r -> r != badResult).allSatisfy(r -> assertThat(keys(r)).isEmpty());
    }

    private ValidationReport runFolder() throws IOException {
        write("a-agent.json", resource("agent-valid.json"));
        Files.writeString(dir.resolve("a-agent.meta.json"), AGENT_META);
        write("z-agent.json", resource("agent-valid.json"));
        Files.writeString(dir.resolve("z-agent.meta.json"), AGENT_META);
        return new CaptureRun(ContractValidator.bundled())
                .run(Captures.open(List.of(dir), Contracts.bundled(), ValidationOptions.defaults()));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** An entry whose response text is a 100 MB JSON string, written in chunks. */
    private static void writeEntryWithHugeBody(BufferedWriter out) throws IOException {
        String head = entry("GET", ZENDESK + "/chats/1", null, 200, "@BODY@").toString();
        int at = head.indexOf("@BODY@");
        out.write(head, 0, at);
        out.write("{\\\"comment\\\":\\\"");
        writeChunks(out);
        out.write("\\\"}");
        out.write(head, at + "@BODY@".length(), head.length() - at - "@BODY@".length());
    }

    /** An entry whose own structure (not its body) is nested 10,000 deep. */
    private static String deepEntry() {
        ObjectNode entry = entry("GET", ZENDESK + "/agents/me", null, 200, AGENT);
        String text = entry.toString();
        return text.substring(0, text.length() - 1) + ",\"_custom\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    }

    private static void writeLargeJsonString(Path file, String head, String tail) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(head);
            writeChunks(out);
            out.write(tail);
        }
    }

    private static void writeChunks(BufferedWriter out) throws IOException {
        char[] chunk = new char[1024 * 1024];
        java.util.Arrays.fill(chunk, 'x');
        for (long written = 0; written <= HUNDRED_MB; written += chunk.length) {
            out.write(chunk);
        }
    }
}
