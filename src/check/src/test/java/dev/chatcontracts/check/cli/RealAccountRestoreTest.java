package dev.chatcontracts.check.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.cli.CliApp;
import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.mock.MockProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} with writes against the mock played as a real account (reached only through the
 * environment variables a user sets): every state the API can read is byte-identical after the run.
 */
class RealAccountRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithWritesLeavesEveryStateAsItFoundIt() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            String before = mock.stateDump();

            Run run = run(environment, "check", "--junit-xml", dir.resolve("junit.xml").toString(), "--html", dir.resolve("check.html").toString());

            assertThat(run.exitCode()).as(run.out()).isEqualTo(CliExit.PASSED);
            assertThat(run.err()).contains("restored: ", "pact PASSED zendesk-chat showAgent showAgent", "pact PASSED zendesk-chat deleteChat 204",
                    "pact PASSED zendesk-chat updateVisitor updateVisitor");
            assertThat(run.out()).doesNotContain("restore.failed")
                    .contains("provider suite: 25 steps, 25 run, 0 not run, passed", "pacts: 34 interactions, 29 verified, 0 failed, 5 not sent");
            assertThat(mock.stateDump()).as(run.out()).isEqualTo(before);
        }
    }

    @Test
    void thePlanListsEveryWriteWithItsUndoAndSendsNothing() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            Map<String, String> environment = writableAccount(mock);
            String before = mock.stateDump();

            Run run = run(environment, "check", "--plan");

            assertThat(run.exitCode()).isEqualTo(CliExit.PASSED);
            assertThat(run.out()).contains("provider suite: createAgent: POST /agents", "-> undo: DELETE /agents/<its id>",
                    "provider suite: updateAccount: PUT /account", "pact: updateAccount updateAccount: PUT /account -> undo: GET /account first",
                    "pact: createVisitor createVisitor (corrected: D5): POST /visitors -> undo: not sent: a visitor cannot be deleted",
                    "pact: createAgent createAgent: POST /agents -> undo: DELETE /agents/<id of the answer>");
            assertThat(mock.stateDump()).isEqualTo(before);
        }
    }

    static Map<String, String> writableAccount(MockProvider mock) throws Exception {
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
        environment.put(ContractTarget.VISITOR_ID, runVisitor(mock));
        return environment;
    }

    /** The run's own visitor, created once before (as the first run, or the user, would). */
    private static String runVisitor(MockProvider mock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.zendeskBaseUrl() + "/visitors"))
                .header("Authorization", "Bearer " + mock.credentials().bearerToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + ContractTarget.RUN_VISITOR_NAME + "\"}")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(body).get("id").asText();
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliApp commandLine = ChatContractsCheckCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
