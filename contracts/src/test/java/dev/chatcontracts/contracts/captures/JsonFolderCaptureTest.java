package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFolderCaptureTest {

    @TempDir
    Path dir;

    @Test
    void readsResponsesWithTheirSidecarsInNameOrder() throws IOException {
        capture("01-agent", "agent-valid.json", "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        capture("02-chat", "chat-invalid-unread-integer.json",
                "{\"method\": \"GET\", \"url\": \"https://acme.zendesk.com/api/v2/chat/chats/1\", \"status\": 200}");
        capture("03-chats", "chat-list-valid.json", "{\"operationId\": \"listChats\", \"status\": 200, \"contentType\": \"application/json\"}");

        ValidationReport report = run(dir);

        assertThat(report.results()).extracting(ExchangeResult::operationId).containsExactly("showRequestingAgent", "showChat", "listChats");
        assertThat(report.results()).extracting(r -> keys(r)).containsExactly(List.of(), List.of("response.field.type"), List.of());
        assertThat(report.results().get(1).source()).isEqualTo(ExchangeSource.file(dir.resolve("02-chat.json").toString()));
    }

    @Test
    void aSidecarMayCarryTheRequestBody() throws IOException {
        capture("update", "agent-valid.json", "{\"method\": \"PUT\", \"url\": \"https://acme.zendesk.com/api/v2/chat/agents/1\","
                + " \"status\": 200, \"requestBody\": {\"id\": 1, \"first_name\": \"K\"}}");

        assertThat(keys(run(dir).results().get(0))).containsExactly("request.field.readOnly");
    }

    @Test
    void aResponseFileCanBeGivenOnItsOwn() throws IOException {
        capture("agent", "agent-valid.json", "{\"operationId\": \"showAgent\", \"status\": 200}");

        ValidationReport report = run(dir.resolve("agent.json"), dir.resolve("agent.meta.json"));

        assertThat(report.results()).hasSize(2).allSatisfy(r -> assertThat(keys(r)).isEmpty());
    }

    @Test
    void missingAndBrokenSidecarsAreOneFindingEach() throws IOException {
        capture("a-ok", "agent-valid.json", "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        Files.write(dir.resolve("b-no-sidecar.json"), resource("agent-valid.json"));
        capture("c-bad-sidecar", "agent-valid.json", "{\"operationId\": \"showAgent\"");
        capture("d-no-status", "agent-valid.json", "{\"operationId\": \"showAgent\"}");
        capture("e-unknown-operation", "agent-valid.json", "{\"operationId\": \"listDepartments\", \"status\": 200}");
        Files.writeString(dir.resolve("f-orphan.meta.json"), "{\"operationId\": \"showAgent\", \"status\": 200}");

        ValidationReport report = run(dir);

        assertThat(report.results()).extracting(r -> keys(r)).containsExactly(
                List.of(), List.of("capture.unreadable"), List.of("capture.unreadable"), List.of("capture.unreadable"),
                List.of("request.operation.unknown"), List.of("capture.unreadable"));
        assertThat(report.results().get(1).findings().get(0).message()).contains("b-no-sidecar.json", "b-no-sidecar.meta.json");
    }

    @Test
    void aFolderWithResponsesAndHarFilesReadsBoth() throws IOException {
        capture("agent", "agent-valid.json", "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        HarFiles.write(dir.resolve("session.har"), HarFiles.entry("GET", "https://www.zopim.com/api/v2/agents/me", null, 200, "{}"));

        assertThat(run(dir).results()).hasSize(2);
    }

    @Test
    void missingInputsAreOneFindingEach() {
        ValidationReport report = run(dir.resolve("nothing-here"), dir);

        assertThat(report.results()).extracting(r -> keys(r))
                .containsExactly(List.of("capture.unreadable"), List.of("capture.unreadable"));
    }

    private void capture(String name, String body, String sidecar) throws IOException {
        Files.write(dir.resolve(name + ".json"), resource(body));
        Files.writeString(dir.resolve(name + ".meta.json"), sidecar);
    }

    private static ValidationReport run(Path... inputs) {
        return new CaptureRun(ContractValidator.bundled())
                .run(Captures.open(List.of(inputs), Contracts.bundled(), ValidationOptions.defaults()));
    }
}
