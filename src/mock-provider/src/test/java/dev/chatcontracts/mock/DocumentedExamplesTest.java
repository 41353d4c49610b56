package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentedExamplesTest {

    /** How the capture of the docs shows e-mail addresses (Cloudflare obfuscation; the space is sometimes U+00A0). */
    private static final String OBFUSCATED_EMAIL = "\\[email\\p{Zs}protected]";

    private MockProvider mock;
    private TestApi zendesk;
    private TestApi zoho;

    @BeforeEach
    void start() {
        mock = MockProvider.builder().documentedExamples(true).start();
        zendesk = TestApi.zendesk(mock);
        zoho = TestApi.salesIq(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    void everyOperationAnswersTheDocumentedStatusAndTheSpecsExampleVerbatim(Operation operation) {
        TestApi.Reply reply = call(operation);

        assertThat(reply.status()).isEqualTo(operation.documentedStatus());
        if (operation.documentedStatus() == 204) {
            assertThat(reply.body()).isEmpty();
        } else {
            assertThat(reply.json()).isEqualTo(SpecExamples.documented(operation.vendor(), operation.id(), null));
        }
    }

    @Test
    void listChatsByIdsIsTheSpecsNamedExample() {
        assertThat(zendesk.get("/chats?ids=100,110").json())
                .isEqualTo(SpecExamples.documented(Vendor.ZENDESK_CHAT, "listChats", "listChatsByIds"));
    }

    @Test
    void listChatsShowsTheDocumentsOwnTypeBreaks() {
        JsonNode body = zendesk.get("/chats").json();

        assertThat(body.get("chats").get(1).get("unread").isInt()).as("D3: unread 0").isTrue();
        assertThat(body.get("chats").get(1).get("unread").asInt()).isZero();
        assertThat(body.get("next_url").isTextual()).as("D6: the string \"null\"").isTrue();
        assertThat(body.get("next_url").asText()).isEqualTo("null");
        assertThat(body.get("chats").get(1).get("session").get("start_date").asText())
                .as("D7").isEqualTo("2014-09-31T08:25:09Z");
        assertThat(body.get("chats").get(1).get("visitor").get("email").asText()).matches(OBFUSCATED_EMAIL);
    }

    @Test
    void listChatsByIdsServesTheDocsMapExample() {
        JsonNode body = zendesk.get("/chats?ids=100,110").json();

        assertThat(body.get("count").asInt()).isEqualTo(24);
        assertThat(body.get("docs").has("100")).isTrue();
    }

    @Test
    void listAgentsServesTheDocumentedHeadersAndIntegerEnabled() {
        TestApi.Reply reply = zendesk.get("/agents?since_id=5&limit=2");

        assertThat(reply.header("X-Next-Page")).isEqualTo("/api/v2/agents?since_id=9&limit=2");
        assertThat(reply.header("X-Previous-Page")).isEqualTo("/api/v2/agents?max_id=4&limit=2");
        assertThat(reply.json().get(0).get("enabled").isInt()).as("D13").isTrue();
        assertThat(reply.json().get(1).get("last_name").asText()).isEqualTo("Doe");
    }

    @Test
    void visitorsHaveTheDocumentedIntegerId() {
        JsonNode visitor = zendesk.get("/visitors/1").json();

        assertThat(visitor.get("id").isInt()).as("D5").isTrue();
    }

    @Test
    void updateAccountIsTheDocumentedPartialAnswer() {
        JsonNode account = zendesk.put("/account", "{\"billing\":{\"first_name\":\"John\"}}").json();

        assertThat(account.get("billing").size()).as("D14").isEqualTo(2);
        assertThat(account.get("billing").get("last_name").asText()).matches(OBFUSCATED_EMAIL);
        assertThat(account.get("plan").size()).isEqualTo(1);
    }

    @Test
    void theExamplesDoNotDependOnStateAndCredentialsAreStillChecked() {
        zendesk.delete("/chats/123");

        assertThat(zendesk.get("/chats/123").status()).isEqualTo(200);
        assertThat(zendesk.as(null).get("/chats/123").status()).isEqualTo(401);
        assertThat(zoho.as("Zoho-oauthtoken wrong").put("/visitor/v1/a/conversations/1/visitor", "{}").status())
                .isEqualTo(401);
    }

    private TestApi.Reply call(Operation operation) {
        String path = operation.pathTemplate().replace("{agent_id}", "2").replace("{email_id}", "kevin@doe.com")
                .replace("{chat_id}", "123").replace("{visitor_id}", "1").replace("{screen_name}", "zylkerinc")
                .replace("{conversation_id}", "666300030000479029");
        if (operation == Operation.SEARCH_CHATS) {
            path += "?q=chocolate";
        }
        if (operation == Operation.BULK_DELETE_CHATS) {
            path += "?ids=100,110,111";
        }
        String body = operation.method().equals("GET") || operation.method().equals("DELETE") ? null : "{}";
        TestApi client = operation.vendor() == Vendor.ZOHO_SALESIQ ? zoho : zendesk;
        return client.send(operation.method(), path, body);
    }
}
