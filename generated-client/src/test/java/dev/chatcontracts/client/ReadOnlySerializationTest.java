package dev.chatcontracts.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.client.zendeskchat.ApiClient;
import dev.chatcontracts.client.zendeskchat.model.Agent;
import dev.chatcontracts.client.zendeskchat.model.AgentCreate;
import dev.chatcontracts.client.zendeskchat.model.Chat;
import dev.chatcontracts.client.zendeskchat.model.ChatOrOfflineMessage;
import dev.chatcontracts.client.zendeskchat.model.OfflineMessage;
import dev.chatcontracts.client.zendeskchat.model.Visitor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated models read every field of a response, but a model sent back in a request never
 * carries a readOnly field; writeOnly fields are sent and not required in responses.
 */
class ReadOnlySerializationTest {

    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    @Test
    void aVisitorReadFromAResponseIsSentBackWithoutItsReadOnlyFields() throws Exception {
        Visitor visitor = mapper.readValue("""
                {"banned": false, "created": "2014-09-01T10:29:59Z", "email": "v@example.com", "external_id": "ext",
                 "id": "1.12345", "name": "Visitor 1", "notes": "cool", "phone": "+65 1"}""", Visitor.class);
        visitor.setName("John");

        JsonNode sent = mapper.valueToTree(visitor);

        assertThat(visitor.getId()).isEqualTo("1.12345");
        assertThat(visitor.getExternalId()).isEqualTo("ext");
        assertThat(fieldNames(sent)).containsExactlyInAnyOrder("banned", "email", "name", "notes", "phone");
        assertThat(sent.get("name").asText()).isEqualTo("John");
    }

    @Test
    void anAgentSendsItsPasswordButNeverItsIdRolesOrDates() throws Exception {
        Agent read = mapper.readValue("""
                {"id": 360000000005, "first_name": "John", "create_date": "2014-09-30T08:25:09Z", "email": "j@example.com",
                 "roles": {"owner": false, "administrator": true}, "role_id": 3, "enabled": true, "departments": [1],
                 "skills": [2], "last_login": null, "login_count": 4}""", Agent.class);
        AgentCreate created = new AgentCreate().email("new@example.com").password("secret").firstName("New").enabled(true);

        assertThat(read.getId()).isEqualTo(360000000005L);
        assertThat(read.getRoles().getAdministrator()).isTrue();
        assertThat(read.getPassword()).as("writeOnly: not required in a response").isNull();
        assertThat(fieldNames(mapper.valueToTree(read))).containsExactlyInAnyOrder("first_name", "email", "role_id", "enabled");
        assertThat(fieldNames(mapper.valueToTree(created))).containsExactlyInAnyOrder("email", "password", "first_name", "enabled");
    }

    @Test
    void aChatReadFromAResponseSendsOnlyItsWritableFields() throws Exception {
        Chat chat = mapper.readValue(getClass().getResource("/chat-valid.json"), Chat.class);
        chat.setVisitorName("Joe");

        JsonNode sent = mapper.valueToTree(chat);

        assertThat(chat.getAgentIds()).containsExactly("123");
        assertThat(chat.getConversions().get(0).getAttribution().getAgentId()).isEqualTo(123L);
        assertThat(fieldNames(sent)).containsExactlyInAnyOrder("comment", "rating", "tags", "unread", "visitor.name");
    }

    @Test
    void aShownChatIsAChatOrAnOfflineMessageByItsType() throws Exception {
        ChatOrOfflineMessage chat = mapper.readValue(getClass().getResource("/chat-valid.json"), ChatOrOfflineMessage.class);
        ChatOrOfflineMessage offline = mapper.readValue("""
                {"id": "1410.655464.Qz8Xw2LmNb", "type": "offline_msg", "message": "Hi there!", "department_name": "Billing Department",
                 "timestamp": "2014-10-09T05:28:35Z", "unread": false, "zendesk_ticket_id": null}""", ChatOrOfflineMessage.class);

        assertThat(chat.getActualInstance()).isInstanceOf(Chat.class);
        assertThat(offline.getActualInstance()).isInstanceOf(OfflineMessage.class);
        assertThat(offline.getOfflineMessage().getDepartmentName()).isEqualTo("Billing Department");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
