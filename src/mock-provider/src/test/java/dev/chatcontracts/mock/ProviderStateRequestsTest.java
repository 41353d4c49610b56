package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the provider-state endpoint handles requests: body forms, teardown, params, errors, turning it off. */
class ProviderStateRequestsTest extends ProviderStatesSupport {

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
}
