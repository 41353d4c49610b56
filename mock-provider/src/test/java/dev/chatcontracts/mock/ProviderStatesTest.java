package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderStatesTest extends MockTestSupport {

    private static final String ZOHO_PATH = "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";

    private static final List<String> KNOWN_STATES = List.of(
            "agent {agent_id} exists",
            "agent {agent_id} does not exist",
            "agent with e-mail {email_id} exists",
            "agent with e-mail {email_id} does not exist",
            "chat {chat_id} exists",
            "offline message {chat_id} exists",
            "chat {chat_id} does not exist",
            "visitor {visitor_id} exists",
            "visitor {visitor_id} does not exist",
            "conversation {conversation_id} of {screen_name} exists",
            "the request has no valid credentials");

    /** The state-change endpoint, with an Authorization header it must not care about. */
    private TestApi states;

    @BeforeEach
    void stateChangeClient() {
        states = TestApi.of(mock.providerStatesUrl(), "Bearer not-the-token");
    }

    private TestApi.Reply change(String body) {
        return states.post("", body);
    }

    private TestApi.Reply setup(String state) {
        return change(body(state, "setup"));
    }

    static String body(String state, String action) {
        return TestApi.MAPPER.createObjectNode().put("state", state).put("action", action).toString();
    }

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{'state':'','params':{},'action':'setup'}", "{'state':''}", "{'state':'','states':[]}"})
    void theEmptyStateChangesNothing(String body) {
        api.post("/visitors", json("{'name':'Before'}"));
        String before = mock.stateDump();

        TestApi.Reply reply = change(json(body));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(TestApi.MAPPER.createObjectNode());
        assertThat(mock.stateDump()).isEqualTo(before);
    }

    @Test
    void teardownPutsTheSeedBackAndLeavesFaultsAlone() {
        String fresh;
        try (MockProvider other = MockProvider.start()) {
            fresh = other.stateDump();
        }
        setup("agent 1001 exists");
        setup("chat 123 does not exist");
        setup("conversation 1 of pactportal exists");
        api.post("/visitors", json("{'name':'Someone'}"));
        api.delete("/chats/1234");
        mock.faults().on("showAccount").status(503);
        assertThat(mock.stateDump()).isNotEqualTo(fresh);

        TestApi.Reply reply = change(body("anything at all", "teardown"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(TestApi.MAPPER.createObjectNode());
        assertThat(mock.stateDump()).isEqualTo(fresh);
        assertThat(api.get("/account").status()).as("the fault survives teardown").isEqualTo(503);
    }

    @Test
    void stateChangesSkipTheRateLimitAndTeardownKeepsItsCounters() {
        try (MockProvider limited = MockProvider.builder().rateLimit(2).start()) {
            TestApi limitedStates = TestApi.of(limited.providerStatesUrl(), null);
            TestApi limitedApi = TestApi.zendesk(limited);
            assertThat(limitedApi.get("/account").status()).isEqualTo(200);
            assertThat(limitedApi.get("/account").status()).isEqualTo(200);

            for (int i = 0; i < 5; i++) {
                assertThat(limitedStates.post("", body("visitor v" + i + " exists", "setup")).status()).isEqualTo(200);
            }
            assertThat(limitedStates.post("", body("", "teardown")).status()).isEqualTo(200);

            assertThat(limitedApi.get("/account").status()).isEqualTo(429);
        }
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer wrong", "Zoho-oauthtoken mock-zoho-token", "Basic %%%"})
    void anyAuthorizationOrNoneIsAccepted(String authorization) {
        TestApi.Reply reply = states.as(authorization).post("", body("visitor v1 exists", "setup"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/visitors/v1").status()).isEqualTo(200);
    }

    @Test
    void theOlderStatesFormAppliesEveryName() {
        TestApi.Reply reply = change(json("{'state':'agent 1001 exists',"
                + "'states':['visitor v-1 exists','chat 1501.655464.Pact exists','agent 1001 exists'],'params':{}}"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(parse(json(
                "{'visitor_id':'v-1','chat_id':'1501.655464.Pact','agent_id':1001}")));
        assertThat(api.get("/visitors/v-1").status()).isEqualTo(200);
        assertThat(api.get("/chats/1501.655464.Pact").status()).isEqualTo(200);
        assertThat(api.get("/agents/1001").status()).isEqualTo(200);
    }

    static Stream<Arguments> params() {
        return Stream.of(
                Arguments.of("agent_id as a number", "agent 1001 exists", "{'agent_id':1001}", 200),
                Arguments.of("agent_id as a string", "agent 1001 exists", "{'agent_id':'1001'}", 200),
                Arguments.of("null param", "agent 1001 exists", "{'agent_id':null}", 200),
                Arguments.of("extra param", "agent 1001 exists", "{'other':'x'}", 200),
                Arguments.of("agent_id differs", "agent 1001 exists", "{'agent_id':1002}", 400),
                Arguments.of("agent_id not an integer", "agent 1001 exists", "{'agent_id':1001.5}", 400),
                Arguments.of("agent_id a boolean", "agent 1001 exists", "{'agent_id':true}", 400),
                Arguments.of("screen_name differs", "conversation 1 of pactportal exists",
                        "{'conversation_id':'1','screen_name':'zylkerinc'}", 400),
                Arguments.of("chat_id differs", "chat 1501.655464.Pact exists", "{'chat_id':'123'}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void paramsMustAgreeWithTheName(String rule, String state, String params, int status) {
        String before = mock.stateDump();
        ObjectNode body = TestApi.MAPPER.createObjectNode().put("state", state).put("action", "setup");
        body.set("params", parse(json(params)));

        TestApi.Reply reply = change(body.toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (status == 400) {
            assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
            assertThat(reply.json().get("description").asText()).contains(state);
            assertThat(mock.stateDump()).isEqualTo(before);
        } else {
            assertThat(mock.stateDump()).isNotEqualTo(before);
        }
    }

    @Test
    void anUnknownStateIsA400ListingTheKnownStatesAndChangesNothing() {
        String before = mock.stateDump();

        TestApi.Reply reply = change(json("{'states':['agent 1001 exists','agent 1001 is happy']}"));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).isEqualTo("Bad Request");
        assertThat(body.get("description").asText()).isEqualTo("Unknown provider state 'agent 1001 is happy'. "
                + "Known states: " + String.join(", ", KNOWN_STATES));
        assertThat(texts(body.get("known_states"))).isEqualTo(KNOWN_STATES);
        assertThat(mock.stateDump()).as("no state of the change is applied").isEqualTo(before);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "{\"state\":",
        "[]",
        "\"agent 1001 exists\"",
        "{\"params\":{}}",
        "{\"state\":5}",
        "{\"states\":\"agent 1001 exists\"}",
        "{\"states\":[1001]}",
        "{\"state\":\"agent 1001 exists\",\"params\":[]}",
        "{\"state\":\"agent 1001 exists\",\"action\":\"start\"}",
        "{\"state\":\"agent 1001 exists\"} {}",
        "{\"state\":\"agent abc exists\"}",
        "{\"state\":\"agent 0 exists\"}",
        "{\"state\":\"agent -5 exists\"}",
        "{\"state\":\"agent 01001 exists\"}",
        "{\"state\":\"agent 9223372036854775808 exists\"}",
        "{\"state\":\"agent  1001 exists\"}",
        "{\"state\":\"Agent 1001 exists\"}"})
    void malformedChangesAre400WithAZendeskStyleBody(String body) {
        String before = mock.stateDump();

        TestApi.Reply reply = change(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(reply.json().get("description").asText()).isNotBlank();
        assertThat(mock.stateDump()).isEqualTo(before);
    }

    @Test
    void anInvalidAgentIdNamesTheState() {
        TestApi.Reply reply = setup("agent abc does not exist");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("description").asText())
                .isEqualTo("Provider state 'agent abc does not exist': agent_id must be a positive int64, got 'abc'");
    }

    @Test
    void theEndpointIsPostOnlyAndExact() {
        TestApi.Reply get = states.get("");
        TestApi.Reply below = states.post("/more", body("visitor v1 exists", "setup"));

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(below.status()).isEqualTo(404);
        assertThat(below.json().get("error").asText()).isEqualTo("Not Found");
    }

    @Test
    void turnedOffThePathIsA404() {
        try (MockProvider off = MockProvider.builder().providerStates(false).start()) {
            TestApi.Reply reply = TestApi.of(off.providerStatesUrl(), null).post("", body("visitor v1 exists", "setup"));

            assertThat(off.config().providerStates()).isFalse();
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").asText()).isEqualTo("Not Found");
            assertThat(TestApi.zendesk(off).get("/visitors/v1").status()).isEqualTo(404);
        }
        assertThat(mock.config().providerStates()).as("on by default").isTrue();
        assertThat(mock.providerStatesUrl().toString()).isEqualTo(mock.baseUrl() + "/_pact/provider-states");
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
