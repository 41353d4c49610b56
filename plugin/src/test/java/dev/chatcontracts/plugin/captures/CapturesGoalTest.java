package dev.chatcontracts.plugin.captures;

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

/** The {@code validate-captures} goal without Maven: a JSON capture whose {@code login_count} is text, not an integer. */
class CapturesGoalTest {

    private static final List<LoadedSpec> SPECS = List.of(ApiContract.bundled("zendesk-chat").spec());

    @TempDir
    Path dir;

    private Path captures;

    @BeforeEach
    void writeCapture() throws IOException {
        captures = Files.createDirectories(dir.resolve("captures"));
        Files.writeString(captures.resolve("agent.meta.json"), "{\"operationId\": \"showRequestingAgent\", \"status\": 200}");
        Files.writeString(captures.resolve("agent.json"), """
                {"id": 8080234567123, "first_name": "Kevin", "last_name": "Doe", "display_name": "Kev",
                 "create_date": "2014-09-30T08:25:09Z", "email": "kevin@doe.com",
                 "roles": {"owner": false, "administrator": true}, "role_id": 3, "enabled": true,
                 "departments": [1, 2], "skills": [], "last_login": null, "login_count": "four",
                 "enabled_departments": [1], "scope": "read write"}
                """);
    }

    private CapturesGoal.Settings settings(Map<String, String> severities, boolean failOnError) {
        return new CapturesGoal.Settings(List.of(captures), 52_428_800, 1_048_576, new ReportingGoal.Settings(severities, false,
                dir.resolve("reports/captures-junit.xml"), dir.resolve("reports/captures.html"), failOnError));
    }

    @Test
    void anErrorFindingFailsTheGoalNamingTheFirstAndTheReportsAreWritten() throws Exception {
        ReportingGoal.Result result = new CapturesGoal().run(SPECS, settings(null, true));

        assertThat(result.report().findings()).extracting(Finding::key).contains("response.field.type");
        assertThat(result.failure()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("validate-captures: 1 ERROR finding(s); the first: response.field.type at /login_count in ")
                .contains("agent.json"));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.info()).anyMatch(line -> line.contains("1 exchanges checked; 1 ERROR"))
                .last().asString().startsWith("Reports: ").contains("captures-junit.xml").contains("captures.html");
        assertThat(dir.resolve("reports/captures-junit.xml")).content().contains("tests=\"1\" failures=\"1\"").contains("response.field.type");
        assertThat(dir.resolve("reports/captures.html")).content().contains("response.field.type");
    }

    @Test
    void withoutFailOnErrorTheVerdictIsAWarningAndTheGoalPasses() throws Exception {
        ReportingGoal.Result result = new CapturesGoal().run(SPECS, settings(Map.of(), false));

        assertThat(result.failure()).isEmpty();
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("validate-captures: 1 ERROR finding(s); the first: response.field.type at /login_count")
                .endsWith("(failOnError is false: the build goes on)");
    }

    @Test
    void aSeverityLoweredToWarningPassesTheGoal() throws Exception {
        ReportingGoal.Result result = new CapturesGoal().run(SPECS, settings(Map.of("response.field.type", "WARNING"), true));

        assertThat(result.failure()).isEmpty();
        assertThat(result.report().hasErrors()).isFalse();
        assertThat(result.report().findings()).extracting(Finding::key).contains("response.field.type");
    }

    @Test
    void noCapturesAndABodyLimitBelowOneAreTheUsersMistakes() {
        CapturesGoal.Settings none = new CapturesGoal.Settings(List.of(), 1, 0, settings(null, true).reporting());
        assertThatThrownBy(() -> new CapturesGoal().run(SPECS, none)).isInstanceOf(ReportingGoal.InvalidSettings.class)
                .hasMessageStartingWith("validate-captures: no captures");

        CapturesGoal.Settings zero = new CapturesGoal.Settings(List.of(captures), 0, 0, settings(null, true).reporting());
        assertThatThrownBy(() -> new CapturesGoal().run(SPECS, zero)).isInstanceOf(ReportingGoal.InvalidSettings.class)
                .hasMessage("validate-captures: maxBodyBytes must be positive: 0");
        assertThat(dir.resolve("reports")).doesNotExist();
    }
}
