package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the spec decided the types are, checked on everything the stateful mock returns. */
class ResponseShapeTest extends MockTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    void everyOperationIsServedWithItsDocumentedSuccessStatus(Operation operation) {
        String path = operation.pathTemplate().replace("{agent_id}", "360000000005")
                .replace("{email_id}", "johndoe@example.com").replace("{chat_id}", "123").replace("{visitor_id}", "1")
                .replace("{screen_name}", "zylkerinc").replace("{conversation_id}", "666300030000479029");
        String body = switch (operation) {
            case CREATE_AGENT -> json("{'email':'shape@example.com','password':'x'}");
            case CREATE_CHAT -> offlineMessage("shape", 1_444_156_010L);
            case UPDATE_CONVERSATION_VISITOR -> json("{'last_name':'Larry'}");
            default -> operation.method().equals("PUT") || operation.method().equals("POST") ? "{}" : null;
        };
        path += switch (operation) {
            case SEARCH_CHATS -> "?q=chocolate";
            case BULK_DELETE_CHATS -> "?ids=1234";
            default -> "";
        };
        TestApi client = operation.vendor() == Vendor.ZOHO_SALESIQ ? TestApi.salesIq(mock) : api;

        TestApi.Reply reply = client.send(operation.method(), path, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(operation.documentedStatus());
    }

    @Test
    void everyChatHasTheSpecifiedTypes() {
        createOfflineMessage("shape", 1_444_156_010L);

        for (JsonNode chat : api.get("/chats").json().get("chats")) {
            String id = chat.get("id").asText();
            assertThat(chat.get("id").isTextual()).as(id).isTrue();
            assertThat(chat.get("unread").isBoolean()).as(id + " unread").isTrue();
            assertThat(chat.get("visitor").get("id").isTextual()).as(id + " visitor.id").isTrue();
            assertThat(Instant.parse(chat.get("timestamp").asText())).as(id).isNotNull();
            assertThat(chat.get("zendesk_ticket_id").isNull() || chat.get("zendesk_ticket_id").isIntegralNumber())
                    .as(id + " zendesk_ticket_id").isTrue();
            assertThat(chat.get("department_id").isNull() || chat.get("department_id").isIntegralNumber()).as(id).isTrue();
            assertThat(chat.get("department_name").isNull() || chat.get("department_name").isTextual()).as(id).isTrue();
            if (chat.get("type").asText().equals("chat")) {
                assertChatFields(id, chat);
            } else {
                assertThat(chat.get("type").asText()).isEqualTo("offline_msg");
                assertThat(chat.get("message").isTextual()).as(id).isTrue();
            }
        }
    }

    private static void assertChatFields(String id, JsonNode chat) {
        chat.get("agent_ids").forEach(agentId -> assertThat(agentId.isTextual()).as(id + " agent_ids").isTrue());
        chat.get("conversions").forEach(conversion ->
                assertThat(conversion.get("attribution").get("agent_id").isIntegralNumber()).as(id).isTrue());
        assertThat(chat.get("triggered_response").isNull() || chat.get("triggered_response").isBoolean()).as(id).isTrue();
        assertThat(chat.get("rating").isNull() || chat.get("rating").asText().matches("good|bad")).as(id).isTrue();
        assertThat(chat.get("comment").isNull() || chat.get("comment").isTextual()).as(id).isTrue();
        assertThat(chat.get("response_time").get("avg").isNumber()).as(id).isTrue();
        assertThat(chat.get("response_time").get("first").isIntegralNumber()).as(id).isTrue();
        assertThat(chat.get("duration").isIntegralNumber()).as(id).isTrue();
        assertThat(chat.get("missed").isBoolean()).as(id).isTrue();
        assertThat(chat.get("triggered").isBoolean()).as(id).isTrue();
        assertThat(chat.get("started_by").asText()).as(id).isIn("visitor", "agent", "trigger");
        assertThat(chat.get("count").has("total")).as(id).isTrue();
        assertThat(chat.get("tags").isArray()).as(id).isTrue();
        assertThat(chat.get("webpath").isArray()).as(id).isTrue();
        assertThat(chat.get("history").isArray()).as(id).isTrue();
    }

    @Test
    void everyAgentHasInt64IdsBooleanEnabledAndNoPassword() {
        for (JsonNode agent : api.get("/agents").json()) {
            assertThat(agent.get("id").asLong()).isGreaterThan(1L << 32);
            assertThat(agent.get("enabled").isBoolean()).isTrue();
            assertThat(agent.get("email").isTextual()).isTrue();
            assertThat(agent.has("password")).isFalse();
            assertThat(agent.get("last_login").isNull() || agent.get("last_login").isTextual()).isTrue();
            assertThat(agent.get("login_count").isIntegralNumber()).isTrue();
            agent.get("departments").forEach(id -> assertThat(id.isIntegralNumber()).isTrue());
        }
    }
}
