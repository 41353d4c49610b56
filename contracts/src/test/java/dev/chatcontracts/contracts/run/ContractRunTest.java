package dev.chatcontracts.contracts.run;

import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.TestExchanges;
import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run façade: inputs → report → report files → verdict and exit code, the same for every caller. */
class ContractRunTest {

    @TempDir
    Path dir;

    private final ContractRun run = new ContractRun(ContractValidator.bundled());
    private Path passing;
    private Path failing;

    @BeforeEach
    void captures() throws IOException {
        passing = captureFolder("passing", "showRequestingAgent", "agent-valid.json", "agent-invalid-undocumented-field.json");
        failing = captureFolder("failing", "showChat", "chat-invalid-unread-integer.json");
    }

    @Test
    void capturesWithWarningsOnlyPassWithExitZero() {
        RunOutcome outcome = run.run(RunInputs.captures(List.of(passing)));

        assertThat(outcome.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.report().results()).hasSize(2);
        assertThat(keys(outcome)).containsExactly(FindingKeys.RESPONSE_FIELD_UNKNOWN);
    }

    @Test
    void anErrorFindingFailsWithExitOne() {
        RunOutcome outcome = run.run(RunInputs.captures(List.of(passing, failing)));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FINDINGS);
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.report().findings()).extracting(Finding::key).contains("response.field.type");
    }

    @Test
    void theSeverityThatFailsARunCanBeLowered() {
        RunOutcome outcome = run.failAt(Severity.WARNING).run(RunInputs.captures(List.of(passing)));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FINDINGS);
        assertThat(Verdict.of(outcome.report())).isEqualTo(Verdict.PASSED);
    }

    @Test
    void writesTheReportFilesAskedForAndListsThem() throws IOException {
        Path junit = dir.resolve("out/junit.xml");
        Path html = dir.resolve("out/report.html");

        RunOutcome outcome = run.reportFiles(junit, html).run(RunInputs.captures(List.of(passing, failing)));

        assertThat(outcome.reportFiles()).containsExactly(junit, html);
        assertThat(Files.readString(junit)).contains("<testsuites", "response.field.type");
        assertThat(Files.readString(html)).contains("response.field.type");
        assertThat(run.reportFiles(null, html).run(RunInputs.captures(List.of(passing))).reportFiles()).containsExactly(html);
    }

    @Test
    void aReportThatCannotBeWrittenIsCouldNotRunWithExitThree() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "");

        RunOutcome outcome = run.reportFiles(notAFolder.resolve("junit.xml"), null).run(RunInputs.captures(List.of(passing)));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.stoppedAt(RunOutcome.Stage.REPORTS)).isTrue();
        assertThat(outcome.problem().cause()).isInstanceOf(IOException.class);
        assertThat(outcome.reportFiles()).isEmpty();
        assertThat(outcome.report().results()).as("the report is still there").hasSize(2);
    }

    @Test
    void aBrokenCaptureDoesNotHideTheOthersResults() throws IOException {
        Files.writeString(passing.resolve("broken.har"), "{\"log\": [not json");

        RunOutcome outcome = run.run(RunInputs.captures(List.of(passing)));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FINDINGS);
        assertThat(outcome.report().results()).hasSize(3);
        assertThat(keys(outcome)).containsExactlyInAnyOrder(FindingKeys.CAPTURE_UNREADABLE, FindingKeys.RESPONSE_FIELD_UNKNOWN);
    }

    @Test
    void anUnreadablePactFileDoesNotHideTheOtherPactsResults() {
        RunOutcome outcome = run.run(RunInputs.pacts(List.of(pact("pact-invalid-not-a-pact.json"), pact("pact-v3-valid.json"))));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FINDINGS);
        assertThat(outcome.report().results()).hasSizeGreaterThan(1);
        assertThat(outcome.report().results().get(0).findings()).extracting(Finding::key).containsExactly(FindingKeys.PACT_UNREADABLE);
        assertThat(outcome.report().results().subList(1, outcome.report().results().size())).allMatch(ExchangeResult::passed);
        assertThat(run.run(RunInputs.pacts(List.of(pact("pact-v3-valid.json")))).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void exchangesAreValidatedInOrderInOneSessionWithTheirCoverage() {
        RunOutcome outcome = run.run(RunInputs.exchanges(List.of(
                TestExchanges.response("GET", TestExchanges.ZENDESK + "/agents/me", 200, "agent-valid.json"),
                TestExchanges.response("GET", TestExchanges.ZENDESK + "/chats/1", 200, "chat-invalid-unread-integer.json"))));

        assertThat(outcome.report().results()).extracting(ExchangeResult::passed).containsExactly(true, false);
        assertThat(outcome.report().coverage()).isNotEmpty();
        assertThat(outcome.verdict()).isEqualTo(Verdict.FINDINGS);
    }

    @Test
    void aRunStoppedPartWayKeepsItsReportAndWritesItWherePossible() throws IOException {
        ValidationReportFixture partial = ValidationReportFixture.twoEntries();
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "");
        Path html = dir.resolve("partial.html");

        RunOutcome outcome = new RunReports(notAFolder.resolve("junit.xml"), html).stopped(partial.report(), new OutOfMemoryError("Java heap space"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(outcome.stoppedAt(RunOutcome.Stage.INPUTS)).isTrue();
        assertThat(outcome.problem().cause()).isInstanceOf(OutOfMemoryError.class);
        assertThat(outcome.report().results()).hasSize(2);
        assertThat(outcome.reportFiles()).containsExactly(html);
        assertThat(html).exists();
    }

    @Test
    void aHaltedRunWritesItsReportsAndCouldNotRun() {
        Path junit = dir.resolve("halted.xml");

        RunOutcome outcome = new RunReports(junit, null).conclude(ValidationReportFixture.twoEntries().report(), "a response over 10 bytes");

        assertThat(outcome.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(outcome.stoppedAt(RunOutcome.Stage.HALTED)).isTrue();
        assertThat(outcome.problem().message()).isEqualTo("a response over 10 bytes");
        assertThat(outcome.reportFiles()).containsExactly(junit);
        assertThat(junit).exists();
    }

    @Test
    void theExitCodesAreTheCommandLinesOnes() {
        assertThat(Verdict.PASSED.exitCode()).isEqualTo(CliExit.PASSED);
        assertThat(Verdict.FINDINGS.exitCode()).isEqualTo(CliExit.FINDINGS);
        assertThat(Verdict.COULD_NOT_RUN.exitCode()).isEqualTo(CliExit.CANNOT_RUN);
    }

    private static List<String> keys(RunOutcome outcome) {
        return outcome.report().findings().stream().map(Finding::key).distinct().toList();
    }

    /** A folder of JSON captures, one per body (a 200 response of {@code operationId}), named 0.json, 1.json... */
    private Path captureFolder(String name, String operationId, String... bodies) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < bodies.length; i++) {
            Files.write(folder.resolve(i + ".json"), resource(bodies[i]));
            Files.writeString(folder.resolve(i + ".meta.json"), "{\"operationId\": \"" + operationId + "\", \"status\": 200}");
        }
        return folder;
    }

    private static Path pact(String name) {
        try {
            return Path.of(ContractRunTest.class.getResource("/pacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
