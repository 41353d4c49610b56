package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Show Agent, Show Requesting Agent and Show Chat write bytes serialised once per stored version: a show
 * after a write (update, delete, provider state, reset) answers the new version, never the cached bytes.
 */
class SerializedOnceTest extends MockTestSupport {

    @Test
    void anAgentShownBeforeAnUpdateIsShownUpdatedAfterIt() {
        JsonNode before = api.get("/agents/360000000005").json();
        assertThat(api.get("/agents/360000000005").json()).isEqualTo(before); // from the cached bytes

        JsonNode updated = api.put("/agents/360000000005", json("{'first_name':'Jonathan'}")).json();

        JsonNode after = api.get("/agents/360000000005").json();
        assertThat(after.get("first_name").asText()).isEqualTo("Jonathan");
        assertThat(after).isEqualTo(updated);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void theRequestingAgentIsShownUpdatedAfterAnUpdateOfMe() {
        TestApi admin = api.as(mock.credentials().adminBasicAuthorization());
        JsonNode before = admin.get("/agents/me").json();

        admin.put("/agents/me", json("{'display_name':'Admin Renamed'}"));

        JsonNode after = admin.get("/agents/me").json();
        assertThat(after.get("display_name").asText()).isEqualTo("Admin Renamed");
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(api.get("/agents/" + after.get("id").asLong()).json()).isEqualTo(after);
    }

    @Test
    void aDeletedAgentIsNotFoundAfterBeingShown() {
        assertThat(api.get("/agents/360000000005").status()).isEqualTo(200);

        assertThat(api.delete("/agents/360000000005").status()).isEqualTo(204);

        assertThat(api.get("/agents/360000000005").status()).isEqualTo(404);
    }

    @Test
    void aChatShownBeforeAnUpdateIsShownUpdatedAfterIt() {
        JsonNode before = api.get("/chats/1234").json();
        assertThat(api.get("/chats/1234").json()).isEqualTo(before);

        JsonNode updated = api.put("/chats/1234", json("{'comment':'Shown again'}")).json();

        JsonNode after = api.get("/chats/1234").json();
        assertThat(after.get("comment").asText()).isEqualTo("Shown again");
        assertThat(after).isEqualTo(updated).isNotEqualTo(before);
    }

    @Test
    void aResetShowsTheSeededAgentAndChatAgain() {
        JsonNode agent = api.get("/agents/360000000005").json();
        JsonNode chat = api.get("/chats/1234").json();
        api.put("/agents/360000000005", json("{'last_name':'Changed'}"));
        api.put("/chats/1234", json("{'comment':'Changed'}"));

        mock.reset();

        assertThat(api.get("/agents/360000000005").json()).isEqualTo(agent);
        assertThat(api.get("/chats/1234").json()).isEqualTo(chat);
    }
}
