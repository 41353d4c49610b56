package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated pacts against the embedded mock, their provider states set through its provider-state endpoint. */
class MockVerificationTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(PactSpecVersion.class)
    void everyGeneratedInteractionPasses(PactSpecVersion version) {
        VerificationPacts inputs = TestPacts.read(version);
        PactVerificationReport report;
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }

        assertThat(report.outcomes()).hasSize(34);
        assertThat(report.outcomes()).filteredOn(o -> o.verdict() != Verdict.PASSED)
                .extracting(o -> o.description() + " " + o.verdict() + " " + o.details()).isEmpty();
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.actualStatus()).isEqualTo(o.expectedStatus()));
        assertThat(report.outcomes()).extracting(InteractionOutcome::expectedStatus).contains(200, 201, 204, 400, 401, 404);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void theReportHasOneResultPerInteractionAndNoFinding() {
        VerificationPacts inputs = TestPacts.read(PactSpecVersion.V3);
        ValidationReport report;
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts()).toValidationReport();
        }

        assertThat(report.results()).hasSize(34);
        assertThat(report.findings()).isEmpty();
        assertThat(report.results()).extracting(r -> r.operationId()).contains("showAccount", "updateConversationVisitor", "createAgent",
                "deleteAgent", "deleteChat", "listAgents", "createVisitor");
        assertThat(report.results()).allSatisfy(r -> assertThat(r.url()).startsWith("http://127.0.0.1:"));
        assertThat(report.results()).filteredOn(r -> "updateConversationVisitor".equals(r.operationId()))
                .allSatisfy(r -> assertThat(r.url()).contains("/api/visitor/v1/zylkerinc/conversations/6663000300009"));
        assertThat(report.results()).filteredOn(r -> "showAccount".equals(r.operationId()))
                .allSatisfy(r -> assertThat(r.url()).endsWith("/api/v2/chat/account"));
    }

    @Test
    void aStateTheMockDoesNotKnowIsNotSentAndSaysWhichStatesItKnows() throws Exception {
        VerificationPacts inputs = VerificationPacts.read(List.of(TestPacts.withState(Files.createTempDirectory("state"), "the moon is made of cheese")));
        PactVerificationReport report;
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }

        assertThat(report.with(Verdict.STATE_UNSUPPORTED)).singleElement().satisfies(o -> {
            assertThat(o.actualStatus()).isNull();
            assertThat(o.details()).singleElement().satisfies(d -> assertThat(d.message())
                    .contains("'the moon is made of cheese'", "answered 400", "agent {agent_id} exists"));
        });
    }
}
