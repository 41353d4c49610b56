package dev.chatcontracts.contracts.pact;

import static dev.chatcontracts.contracts.pact.PactFixtures.keysAndPointers;
import static dev.chatcontracts.contracts.pact.PactFixtures.pact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.JUnitXmlReport;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PactCheckerTest {

    private static final PactChecker CHECKER = PactChecker.bundled();

    @TempDir
    Path dir;

    @Test
    void aConsumerPactWithAPlantedReadOnlyFieldIsRejectedWithItsKey() {
        ValidationReport report = CHECKER.check(List.of(pact("pact-invalid-readonly-field.json")));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.results()).extracting(ExchangeResult::operationId).containsExactly("createVisitor", "createAgent");
        assertThat(report.results()).allSatisfy(result -> assertThat(keysAndPointers(result)).containsExactly("request.field.readOnly /id"));
        Finding finding = report.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.operationId()).isEqualTo("createVisitor");
        assertThat(finding.source().describe())
                .contains("pact-invalid-readonly-field.json", "#/interactions/0", "create a visitor with its id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pact-v2-valid.json", "pact-v3-valid.json"})
    void validPactsHaveNoFinding(String file) {
        ValidationReport report = CHECKER.check(List.of(pact(file)));

        assertThat(report.results()).isNotEmpty().allSatisfy(result -> {
            assertThat(result.operationId()).isNotNull();
            assertThat(keysAndPointers(result)).isEmpty();
        });
    }

    @Test
    void aV4PactIsCheckedAndItsMessagesAreSkipped() {
        ValidationReport report = CHECKER.check(List.of(pact("pact-v4-valid.json")));

        assertThat(report.results()).extracting(ExchangeResult::operationId)
                .containsExactly("showRequestingAgent", "createAgent", "updateConversationVisitor", null);
        assertThat(report.findings()).extracting(Finding::key).containsExactly("pact.interaction.skipped");
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(report.hasErrors()).isFalse();
    }

    static Stream<Arguments> invalidInteractions() {
        return Stream.of(
                Arguments.of("pact-invalid-writeonly-expected.json", 0, List.of("response.field.writeOnly /password")),
                Arguments.of("pact-invalid-unknown-operation.json", 0, List.of("pact.operation.unknown")),
                Arguments.of("pact-invalid-unknown-operation.json", 1, List.of("pact.operation.unknown")),
                Arguments.of("pact-invalid-matcher.json", 0, List.of("pact.matcher.contradicts /id")),
                Arguments.of("pact-invalid-matcher.json", 1, List.of("pact.matcher.contradicts /login_count")),
                Arguments.of("pact-invalid-matcher.json", 2, List.of("pact.matcher.contradicts /results/*/id")),
                Arguments.of("pact-invalid-matcher.json", 3, List.of("pact.matcher.contradicts /results")),
                Arguments.of("pact-invalid-matcher.json", 4, List.of("response.field.type /display_name", "pact.matcher.contradicts /display_name")),
                Arguments.of("pact-invalid-matcher.json", 5, List.of("pact.matcher.contradicts /roles/owner")),
                Arguments.of("pact-invalid-matcher.json", 6, List.of("pact.matcher.unknownField /favourite_colour")),
                Arguments.of("pact-invalid-matcher.json", 7, List.of("pact.matcher.contradicts /display_name")),
                Arguments.of("pact-v2-invalid-integer-matcher.json", 0, List.of("pact.matcher.contradicts /id")),
                Arguments.of("pact-invalid-response-types.json", 0, List.of("response.field.documented /enabled")),
                Arguments.of("pact-invalid-response-types.json", 1, List.of("response.status.undocumented")),
                Arguments.of("pact-invalid-response-types.json", 2, List.of("request.field.type /enabled")),
                Arguments.of("pact-invalid-interactions.json", 0, List.of("pact.unreadable")),
                Arguments.of("pact-invalid-interactions.json", 1, List.of("pact.unreadable")),
                Arguments.of("pact-invalid-interactions.json", 2, List.of("pact.unreadable")),
                Arguments.of("pact-invalid-interactions.json", 3, List.of("pact.unreadable")));
    }

    @ParameterizedTest(name = "{0} #{1}: {2}")
    @MethodSource("invalidInteractions")
    void invalidInteractionsGiveTheirKeys(String file, int interaction, List<String> expected) {
        ValidationReport report = CHECKER.check(List.of(pact(file)));

        assertThat(keysAndPointers(report.results().get(interaction))).containsExactlyElementsOf(expected);
    }

    @Test
    void anUnknownOperationSaysWhatWasTried() {
        Finding finding = CHECKER.check(List.of(pact("pact-invalid-unknown-operation.json"))).findings().get(0);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("DELETE /agents/me", "zendesk-chat has no DELETE on /agents/me", "as a full path");
    }

    @Test
    void aContradictingMatcherNamesTheSchemaAndTheMatcher() {
        Finding finding = CHECKER.check(List.of(pact("pact-invalid-matcher.json"))).findings().get(0);

        assertThat(finding.operationId()).isEqualTo("showVisitor");
        assertThat(finding.schemaLocation()).isEqualTo("zendesk-chat#/components/schemas/Visitor/properties/id");
        assertThat(finding.expected()).isEqualTo("string field");
        assertThat(finding.actual()).contains("integer");
        assertThat(finding.source().describe()).contains("#/interactions/0", "an integer matcher on a visitor's string id");
    }

    @Test
    void aMalformedFileIsOneFindingAndTheOthersAreStillChecked() {
        ValidationReport report = CHECKER.check(List.of(pact("pact-invalid-malformed.json"), pact("pact-invalid-not-a-pact.json"),
                pact("pact-v3-valid.json")));

        assertThat(report.results()).hasSize(2 + 4);
        assertThat(keysAndPointers(report.results().get(0))).containsExactly("pact.unreadable");
        assertThat(report.results().get(0).findings().get(0).message()).contains("pact-invalid-malformed.json", "not JSON");
        assertThat(report.results().get(0).source().describe()).endsWith("pact-invalid-malformed.json");
        assertThat(keysAndPointers(report.results().get(1))).containsExactly("pact.unreadable");
        assertThat(report.results().subList(2, 6)).allSatisfy(result -> assertThat(result.findings()).isEmpty());
    }

    @Test
    void missingFilesAndEmptyFoldersAreUnreadable() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        ValidationReport report = CHECKER.check(List.of(dir.resolve("missing.json"), empty));

        assertThat(report.findings()).extracting(Finding::key).containsExactly("pact.unreadable", "pact.unreadable");
        assertThat(report.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("missing.json"));
    }

    @Test
    void aFolderIsItsJsonFilesInNameOrder() throws IOException {
        Files.copy(pact("pact-invalid-readonly-field.json"), dir.resolve("b.json"));
        Files.copy(pact("pact-v2-valid.json"), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a pact");

        ValidationReport report = CHECKER.check(List.of(dir));

        assertThat(report.results()).extracting(ExchangeResult::operationId).containsExactly("searchChats", "createVisitor", "createAgent");
    }

    @Test
    void severitiesComeFromThePolicy() {
        ContractValidator lenient = new ContractValidator(Contracts.bundled(), ValidationOptions.builder()
                .severity("pact.matcher", Severity.WARNING).severity("pact.matcher.unknownField", Severity.OFF).build());

        ValidationReport report = new PactChecker(lenient).check(List.of(pact("pact-invalid-matcher.json")));

        assertThat(report.findings()).extracting(Finding::key).doesNotContain("pact.matcher.unknownField");
        assertThat(report.findings()).filteredOn(f -> f.key().equals("pact.matcher.contradicts"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theJUnitReportHasOneTestCasePerInteraction() {
        ValidationReport report = CHECKER.check(List.of(pact("pact-v3-valid.json"), pact("pact-invalid-readonly-field.json")));

        String xml = new JUnitXmlReport().render(report);

        assertThat(xml).contains("tests=\"6\"", "failures=\"2\"", "request.field.readOnly", "create a visitor with its id");
    }
}
