package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.harness.ContractTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --plan}: the writes of the generated pacts on a real target, read from our own model of the pact files. */
class PactPlanTest {

    private static ContractTarget realTarget(boolean writes) {
        return ContractTarget.fromEnvironment(Map.of(ContractTarget.ZENDESK_URL, "https://acme.zendesk.com/api/v2/chat",
                ContractTarget.ZENDESK_TOKEN, "plan-token", ContractTarget.SALESIQ_URL, "https://salesiq.zoho.com/api",
                ContractTarget.ALLOW_WRITES, String.valueOf(writes)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theV3AndV4PactsPlanTheSameWrites(boolean writes) {
        assertThat(PactPlan.writes(realTarget(writes), TestPacts.read(PactSpecVersion.V4).pacts()))
                .isEqualTo(PactPlan.writes(realTarget(writes), TestPacts.read(PactSpecVersion.V3).pacts()));
    }

    @Test
    void eachWriteHasItsUndoAndEachWritingStateIsListed() {
        List<String> plan = PactPlan.writes(realTarget(true), TestPacts.read(PactSpecVersion.V3).pacts());

        assertThat(plan).contains("createAgent createAgent: POST /agents -> undo: DELETE /agents/<id of the answer>",
                "bulkDeleteChats bulkDeleteChats: DELETE /chats -> undo: not sent: a delete cannot be taken back; a run deletes only"
                        + " what it created itself");
        assertThat(plan).anyMatch(line -> line.matches("updateAgent updateAgent: PUT /agents/\\d+ \\(ids as its states give them\\)"
                + " -> undo: GET /agents/\\d+ first, then PUT /agents/\\d+ with the old values of first_name, last_name, role_id"));
        assertThat(plan).anyMatch(line -> line.matches("deleteAgent 204 from the schema: DELETE /agents/\\d+ \\(ids as its states give"
                + " them\\) -> undo: none needed: it deletes what its state created"));
        assertThat(plan).anyMatch(line -> line.matches("showAgent showAgent: state 'agent \\d+ exists' -> POST /agents \\(a new agent,"
                + " its id into the path\\) -> undo: DELETE it when the run restores"));
        assertThat(plan).anyMatch(line -> line.startsWith("updateConversationVisitor updateConversationVisitor: PUT /visitor/v1/")
                && line.endsWith("-> undo: not sent: SalesIQ has no read operation, so the values it would overwrite cannot be put back"));
        assertThat(plan).as("reads are not planned").noneMatch(line -> line.matches(".*: GET \\S+( \\(ids as its states give them\\))? -> .*"))
                .noneMatch(line -> line.contains("plan-token"));
    }

    @Test
    void withoutWritesNothingThatWritesIsSent() {
        List<String> plan = PactPlan.writes(realTarget(false), TestPacts.read(PactSpecVersion.V3).pacts());

        assertThat(plan).isNotEmpty().allMatch(line -> line.endsWith(" -> not sent: the target does not allow writes")
                || line.endsWith(" (not sent: no writes)"));
        assertThat(plan).contains("createAgent createAgent: POST /agents -> not sent: the target does not allow writes");
    }

    @Test
    void onTheEmbeddedMockTheSeedIsPutBackInstead() {
        assertThat(PactPlan.writes(ContractTarget.embeddedMock(), TestPacts.read(PactSpecVersion.V3).pacts())).singleElement()
                .asString().startsWith("the embedded mock:");
    }
}
