package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chatcontracts.contracts.pact.ProviderState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider states the generated pacts use: each names the resource it needs with its own id,
 * so that no two interactions need contradictory states. The mock provider answers the same names at
 * {@code POST /_pact/provider-states}; a real target's state handlers make them true through the API.
 *
 * <table>
 *   <caption>States</caption>
 *   <tr><th>name</th><th>params</th></tr>
 *   <tr><td>{@code agent <agent_id> exists} / {@code does not exist}</td><td>{@code agent_id} (int64)</td></tr>
 *   <tr><td>{@code agent with e-mail <email_id> exists} / {@code does not exist}</td><td>{@code email_id}</td></tr>
 *   <tr><td>{@code chat <chat_id> exists} / {@code does not exist}</td><td>{@code chat_id}</td></tr>
 *   <tr><td>{@code offline message <chat_id> exists}</td><td>{@code chat_id}</td></tr>
 *   <tr><td>{@code visitor <visitor_id> exists} / {@code does not exist}</td><td>{@code visitor_id}</td></tr>
 *   <tr><td>{@code conversation <conversation_id> of <screen_name> exists}</td><td>{@code conversation_id}, {@code screen_name}</td></tr>
 *   <tr><td>{@code the request has no valid credentials}</td><td>none: the next request is answered as one without credentials</td></tr>
 * </table>
 */
public final class PactStates {

    /** The next request is treated as carrying no credentials (verifiers add their own Authorization header to every request). */
    public static final String NO_CREDENTIALS = "the request has no valid credentials";

    private PactStates() {
    }

    static ProviderState agent(long id, boolean exists) {
        return state("agent " + id + suffix(exists), Map.of("agent_id", LongNode.valueOf(id)));
    }

    static ProviderState agentWithEmail(String email, boolean exists) {
        return state("agent with e-mail " + email + suffix(exists), Map.of("email_id", TextNode.valueOf(email)));
    }

    static ProviderState chat(String id, boolean exists) {
        return state("chat " + id + suffix(exists), Map.of("chat_id", TextNode.valueOf(id)));
    }

    static ProviderState offlineMessage(String id) {
        return state("offline message " + id + " exists", Map.of("chat_id", TextNode.valueOf(id)));
    }

    static ProviderState visitor(String id, boolean exists) {
        return state("visitor " + id + suffix(exists), Map.of("visitor_id", TextNode.valueOf(id)));
    }

    static ProviderState conversation(String screenName, String conversationId) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        params.put("conversation_id", TextNode.valueOf(conversationId));
        params.put("screen_name", TextNode.valueOf(screenName));
        return state("conversation " + conversationId + " of " + screenName + " exists", params);
    }

    static ProviderState noCredentials() {
        return state(NO_CREDENTIALS, Map.of());
    }

    /** Every state name pattern, for documentation and messages. */
    public static List<String> patterns() {
        return List.of("agent {agent_id} exists", "agent {agent_id} does not exist", "agent with e-mail {email_id} exists",
                "agent with e-mail {email_id} does not exist", "chat {chat_id} exists", "offline message {chat_id} exists",
                "chat {chat_id} does not exist", "visitor {visitor_id} exists", "visitor {visitor_id} does not exist",
                "conversation {conversation_id} of {screen_name} exists", NO_CREDENTIALS);
    }

    private static String suffix(boolean exists) {
        return exists ? " exists" : " does not exist";
    }

    private static ProviderState state(String name, Map<String, JsonNode> params) {
        return new ProviderState(name, params);
    }
}
