package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentsTest extends MockTestSupport {

    @Test
    void showsAnAgentWithTheDocumentedTypes() {
        JsonNode agent = api.get("/agents/360000000005").json();

        assertThat(agent.get("id").isIntegralNumber()).isTrue();
        assertThat(agent.get("id").asLong()).isEqualTo(360000000005L);
        assertThat(agent.get("email").isTextual()).isTrue();
        assertThat(agent.get("enabled").isBoolean()).isTrue();
        assertThat(agent.get("roles").get("owner").isBoolean()).isTrue();
        assertThat(agent.get("role_id").isIntegralNumber()).isTrue();
        assertThat(agent.get("departments").isArray()).isTrue();
        assertThat(agent.get("skills").isArray()).isTrue();
        assertThat(agent.get("create_date").asText()).isEqualTo("2014-09-30T08:25:09Z");
        assertThat(agent.has("password")).isFalse();
    }

    @Test
    void showsAnAgentByEmailIgnoringCase() {
        TestApi.Reply reply = api.get("/agents/email/JohnDoe@Example.com");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asLong()).isEqualTo(360000000005L);
    }

    @Test
    void unknownAgentsAreNotFound() {
        assertThat(api.get("/agents/42").status()).isEqualTo(404);
        assertThat(api.get("/agents/email/nobody@example.com").status()).isEqualTo(404);
        assertThat(api.get("/agents/42").json().get("error").asText()).isEqualTo("Not Found");
    }

    @Test
    void anAgentIdMustBeAnInteger() {
        // the Get Agent by Email curl sample calls /agents/{email_id} (discrepancy D15)
        assertThat(api.get("/agents/johndoe@example.com").status()).isEqualTo(400);
    }

    @Test
    void createAnswers201WithTheNextIdAndNeverReturnsThePassword() {
        TestApi.Reply reply = api.post("/agents", json("{'email':'agentsmith@agency.com','password':'secretpassword',"
                + "'first_name':'John','last_name':'Smith','display_name':'Smith','enabled':1}"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode agent = reply.json();
        assertThat(agent.get("id").asLong()).isEqualTo(360000000009L);
        assertThat(agent.get("enabled").isBoolean()).isTrue();
        assertThat(agent.get("enabled").asBoolean()).isTrue();
        assertThat(agent.get("display_name").asText()).isEqualTo("Smith");
        assertThat(agent.get("create_date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(reply.body()).doesNotContain("secretpassword").doesNotContain("password");
        assertThat(api.get("/agents/360000000009").json().get("email").asText()).isEqualTo("agentsmith@agency.com");
    }

    @Test
    void theNewAgentCanLogInWithItsPassword() {
        createAgent("newbie@example.com");

        TestApi.Reply me = api.as(Credentials.basicAuthorization("newbie@example.com", "pw-newbie@example.com"))
                .get("/agents/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asText()).isEqualTo("newbie@example.com");
    }

    @Test
    void createWithoutPasswordIsABadRequest() {
        TestApi.Reply reply = api.post("/agents", json("{'email':'nopass@example.com','first_name':'No'}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("description").asText()).contains("password");
        assertThat(api.get("/agents/email/nopass@example.com").status()).isEqualTo(404);
    }

    @Test
    void aTakenEmailAddressIsABadRequest() {
        TestApi.Reply reply = api.post("/agents", json("{'email':'admin@example.com','password':'x'}"));

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void updateChangesWhatLaterCallsSeeAndTheRoleFlagsFollowTheRoleId() {
        TestApi.Reply reply = api.put("/agents/360000000005",
                json("{'first_name':'John','last_name':'Smith','role_id':2,'enabled':0}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode agent = api.get("/agents/360000000005").json();
        assertThat(agent.get("last_name").asText()).isEqualTo("Smith");
        assertThat(agent.get("role_id").asLong()).isEqualTo(2);
        assertThat(agent.get("roles").get("administrator").asBoolean()).isTrue();
        assertThat(agent.get("enabled").asBoolean()).isFalse();
    }

    @Test
    void updateIgnoresReadOnlyFieldsByDefault() {
        TestApi.Reply reply = api.put("/agents/360000000005",
                json("{'id':1,'create_date':'2000-01-01T00:00:00Z','departments':[1],'first_name':'Jo'}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode agent = reply.json();
        assertThat(agent.get("id").asLong()).isEqualTo(360000000005L);
        assertThat(agent.get("create_date").asText()).isEqualTo("2014-09-30T08:25:09Z");
        assertThat(agent.get("departments")).isEmpty();
        assertThat(agent.get("first_name").asText()).isEqualTo("Jo");
        assertThat(api.as(Credentials.basicAuthorization("johndoe@example.com", "johndoe-password"))
                .get("/agents/me").status()).isEqualTo(200);
    }

    @Test
    void aPasswordSentOnUpdateIsWriteOnlyAsTheSpecSays() {
        TestApi.Reply reply = api.put("/agents/360000000005", json("{'password':'new-password'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("password");
        assertThat(api.as(Credentials.basicAuthorization("johndoe@example.com", "new-password"))
                .get("/agents/me").status()).isEqualTo(200);
        assertThat(api.as(Credentials.basicAuthorization("johndoe@example.com", "johndoe-password"))
                .get("/agents/me").status()).isEqualTo(401);
    }

    @Test
    void strictModeRejectsReadOnlyFieldsAndNamesThem() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            TestApi strictApi = TestApi.zendesk(strict);

            TestApi.Reply reply = strictApi.put("/agents/360000000005", json("{'id':1,'roles':{},'first_name':'Jo'}"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("description").asText()).contains("read-only").contains("id").contains("roles");
            assertThat(strictApi.get("/agents/360000000005").json().get("first_name").asText()).isEqualTo("John");
        }
    }

    @Test
    void requestingAgentIsResolvedFromTheCredentials() {
        Credentials credentials = mock.credentials();

        assertThat(api.get("/agents/me").json().get("id").asLong()).isEqualTo(credentials.ownerAgentId());
        assertThat(api.as(credentials.ownerBasicAuthorization()).get("/agents/me").json().get("id").asLong())
                .isEqualTo(credentials.ownerAgentId());
        assertThat(api.as(credentials.adminBasicAuthorization()).get("/agents/me").json().get("id").asLong())
                .isEqualTo(credentials.adminAgentId());
        assertThat(api.as(credentials.agentBasicAuthorization()).get("/agents/me").json().get("id").asLong())
                .isEqualTo(credentials.agentAgentId());
    }

    @Test
    void updateRequestingAgentChangesTheCallersOwnRecord() {
        TestApi admin = api.as(mock.credentials().adminBasicAuthorization());

        TestApi.Reply reply = admin.put("/agents/me", json("{'first_name':'Jonathan'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asLong()).isEqualTo(mock.credentials().adminAgentId());
        assertThat(api.get("/agents/" + mock.credentials().adminAgentId()).json().get("first_name").asText())
                .isEqualTo("Jonathan");
    }

    @Test
    void deleteAnswers204ThenTheAgentIsGoneAndCannotLogIn() {
        TestApi.Reply reply = api.delete("/agents/360000000005");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertThat(api.get("/agents/360000000005").status()).isEqualTo(404);
        assertThat(api.delete("/agents/360000000005").status()).isEqualTo(404);
        assertThat(api.as(Credentials.basicAuthorization("johndoe@example.com", "johndoe-password"))
                .get("/agents/me").status()).isEqualTo(401);
    }

    @Test
    void theOwnerCannotBeDeleted() {
        assertThat(api.delete("/agents/360000000001").status()).isEqualTo(403);
        assertThat(api.get("/agents/360000000001").status()).isEqualTo(200);
    }

    @Test
    void aDisabledAgentCannotLogIn() {
        TestApi.Reply reply = api.as(Credentials.basicAuthorization("kevin@example.com", "kevin-password"))
                .get("/agents/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("Unauthorized");
    }

    static Stream<Arguments> rolesAndOperations() {
        Function<Credentials, String> agent = Credentials::agentBasicAuthorization;
        Function<Credentials, String> admin = Credentials::adminBasicAuthorization;
        return Stream.of(
                Arguments.of("agent may list agents", agent, "GET", "/agents", null, 200),
                Arguments.of("agent may show itself", agent, "GET", "/agents/me", null, 200),
                Arguments.of("agent may not show another agent", agent, "GET", "/agents/360000000001", null, 403),
                Arguments.of("agent may not create agents", agent, "POST", "/agents",
                        json("{'email':'x@example.com','password':'x'}"), 403),
                Arguments.of("agent may not update itself", agent, "PUT", "/agents/me", json("{'first_name':'X'}"), 403),
                Arguments.of("agent may not list chats", agent, "GET", "/chats", null, 403),
                Arguments.of("admin may create agents", admin, "POST", "/agents",
                        json("{'email':'y@example.com','password':'y'}"), 201),
                Arguments.of("admin may show the account", admin, "GET", "/account", null, 200),
                Arguments.of("admin may not update the account", admin, "PUT", "/account",
                        json("{'billing':{'first_name':'X'}}"), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rolesAndOperations")
    void operationsAreAllowedForTheDocumentedRoles(String name, Function<Credentials, String> who, String method,
                                                   String path, String body, int expectedStatus) {
        TestApi.Reply reply = api.as(who.apply(mock.credentials())).send(method, path, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(expectedStatus);
        if (expectedStatus == 403) {
            assertThat(reply.json().get("error").asText()).isEqualTo("Forbidden");
        }
    }
}
