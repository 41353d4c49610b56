package dev.chatcontracts.mock;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** The provider-state endpoint as the tests call it, and the state patterns it knows. */
abstract class ProviderStatesSupport extends MockTestSupport {

    static final List<String> KNOWN_STATES = List.of(
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
    TestApi states;

    @BeforeEach
    void stateChangeClient() {
        states = TestApi.of(mock.providerStatesUrl(), "Bearer not-the-token");
    }

    TestApi.Reply change(String body) {
        return states.post("", body);
    }

    TestApi.Reply setup(String state) {
        return change(body(state, "setup"));
    }

    static String body(String state, String action) {
        return TestApi.MAPPER.createObjectNode().put("state", state).put("action", action).toString();
    }
}
