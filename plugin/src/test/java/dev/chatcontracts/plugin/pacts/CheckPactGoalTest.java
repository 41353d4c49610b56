package dev.chatcontracts.plugin.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check-pact} goal without Maven: a pact that sends the agent's readOnly {@code id}. */
class CheckPactGoalTest {

    private static final List<LoadedSpec> SPECS = List.of(ApiContract.bundled("zendesk-chat").spec());

    @TempDir
    Path dir;

    private Path pacts;

    @BeforeEach
    void writePact() throws IOException {
        pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.writeString(pacts.resolve("chat-widget-zendesk-chat.json"), """
                {"consumer": {"name": "chat-widget"}, "provider": {"name": "zendesk-chat"},
                 "interactions": [{"type": "Synchronous/HTTP", "description": "create an agent, sending its readOnly id",
                   "request": {"method": "POST", "path": "/agents", "headers": {"Content-Type": ["application/json"]},
                     "body": {"content": {"id": 5, "email": "agentsmith@agency.com", "password": "s3cr3t-pass"},
                              "contentType": "application/json", "encoded": false}},
                   "response": {"status": 201, "body": {"content": {"id": 5}, "contentType": "application/json", "encoded": false}}}],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """);
    }

    @Test
    void aReadOnlyFieldSentFailsTheGoalNamingTheFileAndInteractionAndTheReportsAreWritten() throws Exception {
        Path junit = dir.resolve("out/pacts-junit.xml");
        Path html = dir.resolve("out/pacts.html");

        ReportingGoal.Result result = new CheckPactGoal().run(SPECS, List.of(pacts),
                new ReportingGoal.Settings(null, false, junit, html, true));

        assertThat(result.report().findings()).extracting(Finding::key).contains("request.field.readOnly");
        assertThat(result.failure()).hasValueSatisfying(message -> assertThat(message)
                .matches("check-pact: 1 ERROR finding\\(s\\); the first: request\\.field\\.readOnly at /id in "
                        + ".*chat-widget-zendesk-chat\\.json#/interactions/0.*"));
        assertThat(junit).content().contains("failures=\"1\"").contains("request.field.readOnly");
        assertThat(html).content().contains("request.field.readOnly");
    }

    @Test
    void withoutReportFilesNothingIsWrittenAndTheSeveritiesDecide() throws Exception {
        ReportingGoal.Result result = new CheckPactGoal().run(SPECS, List.of(pacts),
                new ReportingGoal.Settings(Map.of("request.field.readOnly", "OFF"), false, null, null, true));

        assertThat(result.report().findings()).extracting(Finding::key).doesNotContain("request.field.readOnly");
        assertThat(result.failure()).isEmpty();
        assertThat(result.info()).last().isEqualTo("Reports: ");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(pacts);
        }
    }

    @Test
    void anUnknownSeverityKeyIsTheUsersMistakeNamingIt() {
        assertThatThrownBy(() -> new CheckPactGoal().run(SPECS, List.of(pacts),
                new ReportingGoal.Settings(Map.of("request.field.readOnlyy", "OFF"), false, null, null, true)))
                .isInstanceOf(ReportingGoal.InvalidSettings.class)
                .hasMessageStartingWith("severities: ")
                .hasMessageContaining("request.field.readOnlyy");
    }

    @Test
    void aReportThatCannotBeWrittenIsAnIoProblem() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> new CheckPactGoal().run(SPECS, List.of(pacts),
                new ReportingGoal.Settings(null, false, notAFolder.resolve("pacts-junit.xml"), null, true)))
                .isInstanceOf(IOException.class);
    }
}
