package dev.chatcontracts.harness.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderSuiteTest {

    @Test
    void theSuiteRunsGreenAgainstTheEmbeddedMockAndExercisesEveryOperation() {
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            SuiteReport report = new ProviderSuite().run(target);

            assertThat(report.report().findings()).as(new ConsoleReport(false).render(report.report()))
                    .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
            Set<String> operations = report.report().results().stream().map(ExchangeResult::operationId).collect(Collectors.toSet());
            assertThat(operations).contains("showAccount", "updateAccount", "listAgents", "showAgent", "showAgentByEmail", "createAgent",
                    "updateAgent", "deleteAgent", "showRequestingAgent", "updateRequestingAgent", "listChats", "searchChats", "showChat",
                    "createChat", "updateChat", "deleteChat", "bulkDeleteChats", "createVisitor", "showVisitor", "updateVisitor",
                    "updateConversationVisitor");
        }
    }

    @Test
    void whatTheRunCreatedIsDeletedAfterIt() throws Exception {
        try (MockProvider mock = MockProvider.start(); ContractTarget target = ContractTarget.of(mock)) {
            int agentsBefore = count(mock, "/agents");

            new ProviderSuite().run(target);

            assertThat(count(mock, "/agents")).isEqualTo(agentsBefore);
        }
    }

    @Test
    void aReadOnlyTargetIsNeverWrittenTo() {
        try (MockProvider mock = MockProvider.start()) {
            ContractTarget readOnly = ContractTarget.fromEnvironment(Map.of(
                    ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString(),
                    ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken()));

            SuiteReport report = new ProviderSuite().run(readOnly);

            assertThat(report.report().results()).extracting(ExchangeResult::method).filteredOn(m -> m != null)
                    .containsOnly("GET");
            assertThat(readOnly.describe()).doesNotContain(mock.credentials().bearerToken()).endsWith("(read only)");
        }
    }

    @Test
    void onAReadOnlyTargetEveryWriteStepIsListedAsNotRunWithAFindingOfItsOwn() {
        try (MockProvider mock = MockProvider.start()) {
            ContractTarget readOnly = ContractTarget.fromEnvironment(Map.of(
                    ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString(),
                    ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken()));

            SuiteReport report = new ProviderSuite().run(readOnly);

            assertThat(report.notRun()).extracting(SuiteReport.NotRun::operationId).containsExactly("createAgent", "updateRequestingAgent",
                    "createChat", "updateChat", "bulkDeleteChats", "updateAccount", "updateVisitor", "updateConversationVisitor", "showAccount");
            assertThat(report.describeSteps()).isEqualTo("24 steps, 15 run, 9 not run");
            assertThat(report.report().results()).filteredOn(r -> !r.ran()).hasSize(9).allSatisfy(r -> {
                assertThat(r.findings()).extracting(Finding::key).containsExactly(FindingKeys.SUITE_STEP_NOT_RUN);
                assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
            });
            assertThat(report.report().results()).filteredOn(r -> !r.ran()).filteredOn(r -> !"showAccount".equals(r.operationId()))
                    .allSatisfy(r -> assertThat(r.notRun()).contains(ContractTarget.ALLOW_WRITES));
            assertThat(report.passed()).isTrue();
        }
    }

    @Test
    void exchangesAreLabelledWithTheirStepAndPathTemplateTheSameInEveryRun() {
        try (ContractTarget first = ContractTarget.embeddedMock(); ContractTarget second = ContractTarget.embeddedMock()) {
            List<String> labels = new ProviderSuite().run(first).report().results().stream().map(ExchangeResult::label).toList();

            assertThat(new ProviderSuite().run(second).report().results()).extracting(ExchangeResult::label).isEqualTo(labels);
            assertThat(labels).contains("list every agent: GET /agents", "show an agent: GET /agents/{agent_id}",
                    "create, show, update and show an agent: PUT /agents/{agent_id}", "restore: DELETE /agents/{agent_id}", "suite checks");
            assertThat(new ProviderSuite().run(first).report().results()).filteredOn(r -> r.method() != null)
                    .allSatisfy(r -> assertThat(r.duration()).isPositive());
        }
    }

    @Test
    void aProviderThatBreaksPaginationIsCaught() {
        try (MockProvider mock = MockProvider.start(); ContractTarget target = ContractTarget.of(mock)) {
            mock.faults().on("listAgents").status(500).times(1);

            SuiteReport report = new ProviderSuite().run(target);

            assertThat(report.report().findings()).extracting(Finding::key).contains("suite.step.failed");
            assertThat(report.passed()).isFalse();
        }
    }

    private static int count(MockProvider mock, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(mock.zendeskBaseUrl() + path))
                .header("Authorization", "Bearer " + mock.credentials().bearerToken()).build();
        String body = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).size();
    }
}
