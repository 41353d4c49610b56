package dev.chatcontracts.contracts.walkers;

import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Unknown fields, seen fields and readOnly fields, following $ref, allOf and the chosen oneOf branch. */
class InstanceWalkerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiContract ZENDESK = Contracts.bundled().all().get(0);
    private static final InstanceWalker WALKER = new InstanceWalker(ZENDESK.spec().tree());

    @Test
    void theDiscriminatorChoosesTheBranchWhoseFieldsAreDeclared() throws IOException {
        WalkResult offline = walk("ChatOrOfflineMessage", "offline-message-valid.json");

        assertThat(offline.unknownPointers()).isEmpty();
        assertThat(offline.readOnlyPointers()).contains("/message", "/id", "/visitor", "/session").doesNotContain("/unread");
    }

    @Test
    void aFieldOfTheOtherBranchIsUnknown() throws IOException {
        JsonNode chat = JSON.readTree(resource("chat-valid.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) chat).put("message", "only offline messages have one");

        WalkResult result = WALKER.walk(ZENDESK.node("/components/schemas/ChatOrOfflineMessage"), chat);

        assertThat(result.unknownPointers()).containsExactly("/message");
    }

    @Test
    void allOfMembersAreMerged() throws IOException {
        WalkResult create = walk("AgentCreate", "agent-create-valid.json");

        assertThat(create.unknownPointers()).isEmpty();
        assertThat(create.seenPaths()).contains("/email", "/password", "/enabled");
    }

    @Test
    void nestedUnknownFieldsInArraysAndMapsHaveTheirPointers() throws IOException {
        JsonNode list = JSON.readTree(resource("chat-list-valid.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) list.get("chats").get(1).get("visitor")).put("twitter", "@x");

        WalkResult result = WALKER.walk(ZENDESK.node("/components/schemas/ChatList"), list);

        assertThat(result.unknownPointers()).containsExactly("/chats/1/visitor/twitter");
        assertThat(result.unknownPaths()).containsExactly("/chats/*/visitor/twitter");
        assertThat(result.seenPaths()).contains("/chats/*/history/*/msg", "/next_url");
    }

    @Test
    void openObjectsHaveNoUnknownFields() throws IOException {
        JsonNode create = JSON.readTree(resource("offline-message-create-valid.json"));

        WalkResult result = WALKER.walk(ZENDESK.node("/components/schemas/OfflineMessageCreate"), create);

        assertThat(result.unknownPointers()).as("ChatSessionInput allows additional properties").isEmpty();
    }

    @Test
    void documentedFieldsLeaveOutWhatTheViewForbids() {
        assertThat(ZENDESK.documentedFields("/components/schemas/Agent", SchemaView.RESPONSE))
                .contains("/id", "/roles/owner").doesNotContain("/password");
        assertThat(ZENDESK.documentedFields("/components/schemas/Agent", SchemaView.REQUEST))
                .contains("/password").doesNotContain("/id");
    }

    private static WalkResult walk(String component, String body) throws IOException {
        return WALKER.walk(ZENDESK.node("/components/schemas/" + component), JSON.readTree(resource(body)));
    }
}
