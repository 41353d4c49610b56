package dev.chatcontracts.harness.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The suite with writes against the mock played as a real account (reached through the environment
 * variables, so the suite knows nothing of the mock): every state readable through the API is the same after
 * the run as before it.
 */
class RestoredRealTargetTest {

    @Test
    void aRunWithWritesLeavesTheAccountAsItFoundIt() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            environment.put(ContractTarget.VISITOR_ID, runVisitor(mock));
            String before = mock.stateDump();

            SuiteReport report;
            try (ContractTarget target = ContractTarget.fromEnvironment(environment)) {
                report = new ProviderSuite().run(target);
            }

            assertThat(report.report().findings()).as(new ConsoleReport(false).render(report.report()))
                    .filteredOn(f -> f.severity() == Severity.ERROR || f.key().equals("suite.step.notRun")).isEmpty();
            assertThat(report.report().results()).extracting(ExchangeResult::method).contains("POST", "PUT", "DELETE");
            assertThat(mock.stateDump()).isEqualTo(before);
        }
    }

    @Test
    void thePlanNamesEveryOperationTheRunWritesWith() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            environment.put(ContractTarget.VISITOR_ID, runVisitor(mock));
            try (ContractTarget target = ContractTarget.fromEnvironment(environment)) {
                java.util.List<String> plan = SuitePlan.writes(target);
                SuiteReport report = new ProviderSuite().run(target);

                java.util.Set<String> written = new java.util.TreeSet<>();
                report.report().results().stream().filter(r -> r.method() != null && !r.method().equals("GET") && r.status() != null
                        && r.status() < 300).forEach(r -> written.add(r.operationId()));
                assertThat(written).contains("createAgent", "updateChat", "updateVisitor", "deleteChat");
                assertThat(written).allSatisfy(operation -> assertThat(plan).as(operation).anyMatch(line -> line.startsWith(operation + ":")
                        || operation.startsWith("delete") && line.contains("undo: DELETE /" + operation.substring(6).toLowerCase() + "s/")));
            }
        }
    }

    @Test
    void theFirstRunCreatesTheRunsVisitorOnceAndSaysWhichIdToSet() {
        try (MockProvider mock = MockProvider.start()) {
            String before = mock.stateDump();

            SuiteReport report;
            try (ContractTarget target = ContractTarget.fromEnvironment(writableAccount(mock))) {
                report = new ProviderSuite().run(target);
            }

            assertThat(report.report().findings()).filteredOn(f -> f.key().equals("suite.visitor.created")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(f -> assertThat(f.message()).contains(ContractTarget.VISITOR_ID + "="));
            assertThat(mock.stateDump()).isNotEqualTo(before).contains(ContractTarget.RUN_VISITOR_NAME);
        }
    }

    @Test
    void aConfiguredVisitorThatIsNotTheRunsOwnIsNotChanged() {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            environment.put(ContractTarget.VISITOR_ID, "1");
            String before = mock.stateDump();

            SuiteReport report;
            try (ContractTarget target = ContractTarget.fromEnvironment(environment)) {
                report = new ProviderSuite().run(target);
            }

            assertThat(report.report().findings()).extracting(Finding::key).contains("suite.visitor.notOwn");
            assertThat(mock.stateDump()).isEqualTo(before);
        }
    }

    @Test
    void withoutTheSalesIqNameToPutBackTheConversationIsNotUpdated() {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            environment.remove(ContractTarget.SALESIQ_VISITOR_NAME);

            SuiteReport report;
            try (ContractTarget target = ContractTarget.fromEnvironment(environment)) {
                report = new ProviderSuite().run(target);
            }

            assertThat(report.report().findings()).filteredOn(f -> f.key().equals("suite.step.notRun"))
                    .extracting(Finding::operationId).contains("updateConversationVisitor");
            assertThat(report.report().results()).filteredOn(ExchangeResult::ran).extracting(ExchangeResult::operationId)
                    .doesNotContain("updateConversationVisitor");
        }
    }

    static Map<String, String> writableAccount(MockProvider mock) {
        Map<String, String> environment = new HashMap<>();
        environment.put(ContractTarget.ZENDESK_URL, mock.zendeskBaseUrl().toString());
        environment.put(ContractTarget.ZENDESK_TOKEN, mock.credentials().bearerToken());
        environment.put(ContractTarget.ALLOW_WRITES, "true");
        environment.put(ContractTarget.SALESIQ_URL, mock.salesIqBaseUrl().toString());
        environment.put(ContractTarget.SALESIQ_TOKEN, mock.credentials().zohoToken());
        environment.put(ContractTarget.SALESIQ_SCREEN_NAME, "zylkerinc");
        environment.put(ContractTarget.SALESIQ_CONVERSATION, "666300030000479029");
        environment.put(ContractTarget.SALESIQ_VISITOR_NAME, "Larry");
        environment.put(ContractTarget.AGENT_EMAIL, mock.credentials().agentEmail());
        environment.put(ContractTarget.AGENT_PASSWORD, mock.credentials().agentPassword());
        environment.put(ContractTarget.REQUESTS_PER_MINUTE, "0");
        return environment;
    }

    /** Creates the run's own visitor once, as a first run (or a user) would. */
    static String runVisitor(MockProvider mock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.zendeskBaseUrl() + "/visitors"))
                .header("Authorization", "Bearer " + mock.credentials().bearerToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + ContractTarget.RUN_VISITOR_NAME + "\"}")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("id").asText();
    }
}
