package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AccountTest extends MockTestSupport {

    @Test
    void theOwnerSeesBilling() {
        JsonNode account = api.get("/account").json();

        assertThat(account.get("account_key").asText()).isEqualTo("zendesk-chat-account-key");
        assertThat(account.get("billing").get("city").asText()).isEqualTo("West Fiction");
        assertThat(account.get("billing").get("cycle").isIntegralNumber()).isTrue();
        assertThat(account.get("plan").get("max_agents").isIntegralNumber()).isTrue();
        assertThat(account.get("plan").get("max_concurrent_chats").asText()).isEqualTo("unlimited");
        assertThat(account.get("status").asText()).isEqualTo("active");
    }

    @Test
    void anAdministratorDoesNotSeeBilling() {
        JsonNode account = api.as(mock.credentials().adminBasicAuthorization()).get("/account").json();

        assertThat(account.has("billing")).isFalse();
        assertThat(account.get("plan").get("name").asText()).isEqualTo("team");
    }

    @Test
    void updateByTheOwnerMergesBillingAndLaterCallsSeeIt() {
        TestApi.Reply reply = api.put("/account", json("{'billing':{'email':'john@example.com','first_name':'John'}}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode billing = api.as(mock.credentials().ownerBasicAuthorization()).get("/account").json().get("billing");
        assertThat(billing.get("first_name").asText()).isEqualTo("John");
        assertThat(billing.get("email").asText()).isEqualTo("john@example.com");
        assertThat(billing.get("last_name").asText()).as("untouched fields stay").isEqualTo("Doe");
        assertThat(reply.json().get("plan").size()).as("a full account, not the documented partial one")
                .isGreaterThan(1);
    }

    @Test
    void onlyTheOwnerMayUpdate() {
        TestApi.Reply reply = api.as(mock.credentials().adminBasicAuthorization())
                .put("/account", json("{'billing':{'first_name':'Mallory'}}"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").asText()).isEqualTo("Forbidden");
        assertThat(api.get("/account").json().get("billing").get("first_name").asText()).isEqualTo("Jonathan");
    }

    @Test
    void readOnlyFieldsAreIgnoredByDefaultAndRejectedInStrictMode() {
        assertThat(api.put("/account", json("{'status':'closed','plan':{}}")).json().get("status").asText())
                .isEqualTo("active");
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            TestApi.Reply reply = TestApi.zendesk(strict).put("/account", json("{'status':'closed'}"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("description").asText()).contains("status");
        }
    }

    @Test
    void wronglyTypedBillingIsABadRequest() {
        assertThat(api.put("/account", json("{'billing':{'cycle':'monthly'}}")).status()).isEqualTo(400);
        assertThat(api.put("/account", json("{'billing':'none'}")).status()).isEqualTo(400);
    }
}
