package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each provider state does to the mock's state (the endpoint's request handling: {@link ProviderStateRequestsTest}). */
class ProviderStatesTest extends ProviderStatesSupport {

    private static final String ZOHO_PATH = "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";

    static Stream<Arguments> setups() {
        return Stream.of(
                zendesk("agent 1001 exists", "{'agent_id':1001}", "GET", "/agents/1001", null, 200,
                        "/email", "pact-agent-1001@example.com"),
                zendesk("agent 360000000005 does not exist", "{'agent_id':360000000005}", "GET",
                        "/agents/360000000005", null, 404, null, null),
                zendesk("agent 999 does not exist", "{'agent_id':999}", "GET", "/agents/999", null, 404, null, null),
                zendesk("agent with e-mail pact-new@example.com exists",
                        "{'email_id':'pact-new@example.com','agent_id':360000000009}", "GET",
                        "/agents/email/pact-new@example.com", null, 200, "/id", "360000000009"),
                zendesk("agent with e-mail JohnDoe@Example.com exists",
                        "{'email_id':'JohnDoe@Example.com','agent_id':360000000005}", "GET",
                        "/agents/email/johndoe@example.com", null, 200, "/first_name", "John"),
                zendesk("agent with e-mail kevin@example.com does not exist", "{'email_id':'kevin@example.com'}",
                        "GET", "/agents/email/kevin@example.com", null, 404, null, null),
                zendesk("chat 1501.655464.PactChat01 exists", "{'chat_id':'1501.655464.PactChat01'}", "GET",
                        "/chats/1501.655464.PactChat01", null, 200, "/type", "chat"),
                zendesk("offline message 1501.655464.PactOffline exists", "{'chat_id':'1501.655464.PactOffline'}",
                        "GET", "/chats/1501.655464.PactOffline", null, 200, "/type", "offline_msg"),
                zendesk("chat 123 does not exist", "{'chat_id':'123'}", "GET", "/chats/123", null, 404, null, null),
                zendesk("chat 1234 does not exist", "{'chat_id':'1234'}", "PUT", "/chats/1234", "{'comment':'x'}", 404,
                        null, null),
                zendesk("chat 1410.655464.Qz8Xw2LmNb does not exist", "{'chat_id':'1410.655464.Qz8Xw2LmNb'}", "DELETE",
                        "/chats/1410.655464.Qz8Xw2LmNb", null, 404, null, null),
                zendesk("visitor 655464.PactVisitor exists", "{'visitor_id':'655464.PactVisitor'}", "GET",
                        "/visitors/655464.PactVisitor", null, 200, "/id", "655464.PactVisitor"),
                zendesk("visitor 1 does not exist", "{'visitor_id':'1'}", "GET", "/visitors/1", null, 404, null, null),
                Arguments.of("conversation 777000 of pactportal exists",
                        "{'conversation_id':'777000','screen_name':'pactportal'}", "zoho", "PUT",
                        "/visitor/v1/pactportal/conversations/777000/visitor", "{'last_name':'X'}", 200,
                        "/data/visitor/name", "X"));
    }

    private static Arguments zendesk(String state, String values, String method, String path, String body,
                                     int status, String pointer, String expected) {
        return Arguments.of(state, values, "zendesk", method, path, body, status, pointer, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void eachSetupAnswersItsValuesAndEnablesItsApiCall(String state, String values, String vendor, String method,
                                                       String path, String body, int status, String pointer,
                                                       String expected) {
        TestApi.Reply reply = setup(state);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(parse(json(values)));
        TestApi client = vendor.equals("zoho") ? TestApi.salesIq(mock) : api;
        TestApi.Reply call = client.send(method, path, body == null ? null : json(body));
        assertThat(call.status()).as(call.toString()).isEqualTo(status);
        if (pointer != null) {
            assertThat(call.json().at(pointer).asText()).isEqualTo(expected);
        }
    }

    @Test
    void anAgentPutByAStateIsAPlainAgentWithPactNamesAPasswordAndTheNextIdsAreUndisturbed() {
        setup("agent 1001 exists");

        JsonNode agent = api.get("/agents/1001").json();
        assertThat(agent.get("first_name").asText()).isEqualTo("Pact");
        assertThat(agent.get("last_name").asText()).isEqualTo("Agent 1001");
        assertThat(agent.get("display_name").asText()).isEqualTo("Pact agent 1001");
        assertThat(agent.get("role_id").asLong()).isEqualTo(3);
        assertThat(agent.get("roles").get("owner").asBoolean()).isFalse();
        assertThat(agent.get("roles").get("administrator").asBoolean()).isFalse();
        assertThat(agent.get("enabled").asBoolean()).isTrue();
        TestApi.Reply me = api.as(Credentials.basicAuthorization("pact-agent-1001@example.com", "pact-agent-1001"))
                .get("/agents/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(1001);
        assertThat(createAgent("after-pact@example.com")).isEqualTo(360000000009L);
    }

    @Test
    void anAgentPutByAStateReplacesTheAgentWithItsIdAndTheOneWithItsEmail() {
        long clash = createAgent("pact-agent-2002@example.com");

        setup("agent 360000000005 exists");
        setup("agent 2002 exists");

        assertThat(api.get("/agents/360000000005").json().get("first_name").asText()).isEqualTo("Pact");
        assertThat(api.get("/agents/" + clash).status()).isEqualTo(404);
        assertThat(api.get("/agents/email/pact-agent-2002@example.com").json().get("id").asLong()).isEqualTo(2002);
        assertThat(api.get("/agents").json().size()).as("5 seeded + the clash - the clash + 2002").isEqualTo(6);
    }

    @Test
    void anAgentWithEmailCreatedByAStateGetsTheNextIdAndAPactPassword() {
        long id = setup("agent with e-mail new.agent@example.com exists").json().get("agent_id").asLong();

        assertThat(id).isEqualTo(360000000009L);
        assertThat(api.as(Credentials.basicAuthorization("new.agent@example.com", "pact-agent-" + id))
                .get("/agents/me").json().get("email").asText()).isEqualTo("new.agent@example.com");
        assertThat(setup("agent with e-mail new.agent@example.com exists").json().get("agent_id").asLong())
                .as("an existing agent is kept").isEqualTo(id);
    }

    @Test
    void theOwnerIsNeitherDeletedNorReplaced() {
        String before = mock.stateDump();

        TestApi.Reply byId = setup("agent 360000000001 does not exist");
        TestApi.Reply byEmail = setup("agent with e-mail OWNER@example.com does not exist");
        TestApi.Reply exists = setup("agent 360000000001 exists");

        assertThat(byId.status()).isEqualTo(400);
        assertThat(byId.json().get("description").asText())
                .contains("agent 360000000001 does not exist").contains("owner");
        assertThat(byEmail.status()).isEqualTo(400);
        assertThat(exists.status()).isEqualTo(200);
        assertThat(exists.json().get("agent_id").asLong()).isEqualTo(360000000001L);
        assertThat(mock.stateDump()).isEqualTo(before);
        assertThat(api.get("/account").status()).as("the bearer token still acts as the owner").isEqualTo(200);
    }

    @Test
    void noValidCredentialsAnswersTheNextZendeskRequestAsOneWithoutAuthorizationOnce() {
        TestApi.Reply anonymous = api.as(null).get("/account");

        assertThat(setup("the request has no valid credentials").json()).isEqualTo(TestApi.MAPPER.createObjectNode());
        TestApi.Reply first = api.as("Bearer mock-oauth-token").get("/account");
        TestApi.Reply second = api.as("Bearer mock-oauth-token").get("/account");

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.json()).isEqualTo(anonymous.json());
        assertThat(first.json().get("error").asText()).isEqualTo("Unauthorized");
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    void noValidCredentialsAppliesToZohoToo() {
        TestApi zoho = TestApi.salesIq(mock);
        setup("the request has no valid credentials");

        TestApi.Reply first = zoho.put(ZOHO_PATH, json("{'last_name':'X'}"));
        TestApi.Reply second = zoho.put(ZOHO_PATH, json("{'last_name':'X'}"));

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.json().get("error").get("code").asInt()).isEqualTo(1002);
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    void teardownAndResetClearAPendingNoValidCredentials() {
        setup("the request has no valid credentials");
        assertThat(change(body("the request has no valid credentials", "teardown")).status()).isEqualTo(200);
        assertThat(api.get("/account").status()).isEqualTo(200);

        setup("the request has no valid credentials");
        mock.reset();
        assertThat(api.get("/account").status()).isEqualTo(200);
    }

    @Test
    void chatDoesNotExistForgetsTheChatAndChatExistsRevivesADeletedOne() {
        setup("chat 123 does not exist");
        JsonNode bulk = api.delete("/chats?ids=123").json();
        assertThat(texts(bulk.get("failed").get("not_found"))).containsExactly("123");

        api.delete("/chats/1234");
        setup("chat 1234 exists");
        assertThat(api.get("/chats/1234").status()).isEqualTo(200);
        assertThat(api.delete("/chats?ids=1234").json().get("number_success").asInt()).isEqualTo(1);
    }

    @Test
    void everyPatternMatchesItsOwnNamesAndNoOther() {
        assertThat(ProviderStates.patterns()).isEqualTo(KNOWN_STATES);
        for (ProviderStates.StateDefinition definition : ProviderStates.STATES) {
            String sample = definition.pattern().replaceAll("\\{[a-z_]+}", "12");
            List<String> matching = new ArrayList<>();
            ProviderStates.STATES.forEach(other -> other.match(sample).ifPresent(match -> matching.add(other.pattern())));
            assertThat(matching).as(sample).containsExactly(definition.pattern());
        }
    }
}
