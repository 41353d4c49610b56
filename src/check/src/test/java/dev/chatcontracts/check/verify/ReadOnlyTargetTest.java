package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A "real" target (a mock reached through the environment variables, so the verifier knows nothing of
 * the mock): read-only, no SalesIQ URL.
 */
class ReadOnlyTargetTest {

    @Test
    void writesAreSkippedStatesOnlyTheApiCanMakeAreUnsupportedAndReadsAreVerifiedWithTheCredentials() {
        VerificationPacts inputs = TestPacts.read(PactSpecVersion.V3);
        PactVerificationReport report;
        try (MockProvider mock = MockProvider.start();
                ContractTarget target = ContractTarget.fromEnvironment(Map.of(
                        ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString(),
                        ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken()))) {
            assertThat(target.mock()).isEmpty();
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }

        assertThat(report.with(Verdict.WRITE_SKIPPED)).extracting(InteractionOutcome::operationId).containsOnly(
                "updateAccount", "createAgent", "updateRequestingAgent", "updateAgent", "deleteAgent", "createChat", "bulkDeleteChats",
                "updateChat", "deleteChat", "createVisitor", "updateVisitor");
        assertThat(report.with(Verdict.STATE_UNSUPPORTED)).extracting(InteractionOutcome::description).contains(
                "showAgent showAgent", "showAgentByEmail showAgentByEmail", "listChats listChatsByIds (from the schema)");
        assertThat(report.with(Verdict.STATE_UNSUPPORTED)).flatExtracting(InteractionOutcome::details)
                .extracting(InteractionOutcome.Detail::message)
                .anyMatch(m -> m.contains("creating one needs writes (CHAT_CONTRACTS_ALLOW_WRITES=true)"))
                .anyMatch(m -> m.contains("the API assigns agent ids"))
                .anyMatch(m -> m.contains("set CHAT_CONTRACTS_VISITOR_ID"));
        assertThat(report.with(Verdict.NO_TARGET)).extracting(InteractionOutcome::operationId).containsOnly("updateConversationVisitor");
        assertThat(report.with(Verdict.PASSED)).extracting(InteractionOutcome::description).contains(
                "showAccount showAccount", "showAccount accountJsonFormat", "showRequestingAgent showRequestingAgent",
                "searchChats searchChats", "listAgents listAgents (corrected: D13)", "showAccount 401 without credentials",
                "showChat showChat", "showChat chatJsonFormat",
                "showAgent 404 unknown agent", "showChat 404 unknown chat", "listAgents 400 limit above the maximum");
        assertThat(report.with(Verdict.FAILED)).isEmpty();
        assertThat(report.toValidationReport().hasErrors()).isFalse();

        ValidationReport validation = report.toValidationReport();
        assertThat(validation.findings()).as("one finding per interaction not sent").extracting(Finding::key)
                .containsOnly(PactFindings.NOT_SENT).hasSize(report.notSent().size());
        assertThat(validation.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(validation.results()).filteredOn(r -> !r.ran()).hasSize(report.notSent().size())
                .extracting(ExchangeResult::label).contains("createAgent createAgent", "showAgent showAgent");
        assertThat(report.notSent()).hasSize(report.outcomes().size() - report.with(Verdict.PASSED).size());
    }

    @Test
    void withoutTheRightCredentialsTheReadsFail() {
        VerificationPacts inputs = TestPacts.read(PactSpecVersion.V3);
        PactVerificationReport report;
        try (MockProvider mock = MockProvider.start();
                ContractTarget target = ContractTarget.fromEnvironment(Map.of(
                        ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString(),
                        ContractTarget.ZENDESK_TOKEN, "not-the-token"))) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }
        assertThat(report.with(Verdict.FAILED)).extracting(InteractionOutcome::description).contains("showAccount showAccount");
        assertThat(report.with(Verdict.FAILED)).allSatisfy(o -> assertThat(o.actualStatus()).isEqualTo(401));
        assertThat(report.with(Verdict.PASSED)).extracting(InteractionOutcome::description).contains("showAccount 401 without credentials");
    }
}
