package dev.chatcontracts.pact.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.report.ValidationReport;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.generator.pact.PactSpecVersion;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.pact.verify.InteractionOutcome.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated pacts against the embedded mock, seeded for their provider states. */
class MockVerificationTest {

    /** The two documented examples no provider can produce (see ExampleOnlyCheck); everything else passes. */
    private static final List<String> EXAMPLE_ONLY = List.of("showChat offlineMessageJsonFormat");

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyInteractionPassesExceptTheExampleOnlyOnes(PactSpecVersion version) {
        PactInputs inputs = TestPacts.read(version);
        PactVerificationReport report;
        try (ContractTarget target = ContractTarget.of(MockStateSeed.startMock(inputs.pacts()))) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }

        assertThat(report.outcomes()).hasSize(17);
        assertThat(report.with(Verdict.FAILED)).isEmpty();
        assertThat(report.with(Verdict.EXAMPLE_ONLY)).extracting(InteractionOutcome::description).containsExactlyElementsOf(EXAMPLE_ONLY);
        assertThat(report.with(Verdict.PASSED)).hasSize(16).allSatisfy(o -> assertThat(o.actualStatus()).isEqualTo(o.expectedStatus()));
        assertThat(report.passed()).isTrue();

        InteractionOutcome offline = report.with(Verdict.EXAMPLE_ONLY).get(0);
        assertThat(offline.details().get(0).message()).contains("'offline_msg'", "'showChat showChat'", "chat 123 exists");
        assertThat(offline.details()).extracting(InteractionOutcome.Detail::message).anyMatch(m -> m.contains("missing the following keys: message"));
    }

    @Test
    void theReportHasOneResultPerInteractionWithExampleOnlyWarnings() {
        PactInputs inputs = TestPacts.read(PactSpecVersion.V3);
        ValidationReport report;
        try (ContractTarget target = ContractTarget.of(MockStateSeed.startMock(inputs.pacts()))) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts()).toValidationReport();
        }

        assertThat(report.results()).hasSize(17);
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.findings()).extracting(Finding::key).containsOnly(PactFindings.EXAMPLE_ONLY);
        assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(report.findings()).extracting(Finding::operationId).containsOnly("showChat");
        assertThat(report.results()).extracting(r -> r.operationId()).contains("showAccount", "updateConversationVisitor", "createAgent");
        assertThat(report.results()).allSatisfy(r -> assertThat(r.url()).startsWith("http://127.0.0.1:"));
        assertThat(report.results()).filteredOn(r -> "updateConversationVisitor".equals(r.operationId()))
                .singleElement().satisfies(r -> assertThat(r.url()).contains("/api/visitor/v1/zylkerinc/conversations/666300030000479029/visitor"));
        assertThat(report.results()).filteredOn(r -> "showAccount".equals(r.operationId()))
                .allSatisfy(r -> assertThat(r.url()).endsWith("/api/v2/chat/account"));
    }

    @Test
    void anUnseededMockCannotHaveAgentTwoButGetsTheEmailAgentThroughItsApi() {
        PactInputs inputs = TestPacts.read(PactSpecVersion.V3);
        PactVerificationReport report;
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }

        assertThat(report.with(Verdict.STATE_UNSUPPORTED)).extracting(InteractionOutcome::description)
                .containsExactly("showAgent showAgent", "updateAgent updateAgent");
        assertThat(report.with(Verdict.STATE_UNSUPPORTED)).allSatisfy(o -> {
            assertThat(o.actualStatus()).isNull();
            assertThat(o.details()).singleElement().satisfies(d -> assertThat(d.message())
                    .contains("'agent 2 exists'", "answered 404", "agent ids are assigned by the API", "MockStateSeed"));
        });
        assertThat(report.with(Verdict.PASSED)).extracting(InteractionOutcome::description).contains("showAgentByEmail showAgentByEmail");
        assertThat(report.toValidationReport().findings()).filteredOn(f -> f.key().equals(PactFindings.STATE_UNSUPPORTED))
                .hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
    }
}
