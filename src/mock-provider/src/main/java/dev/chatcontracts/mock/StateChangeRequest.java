package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of a Pact provider-state change, in either form verifiers send:
 * {@code {"state": "<name>", "params": {...}, "action": "setup" | "teardown"}} (Pact V3, the Rust
 * verifier, Pact JVM) or the older {@code {"state": "<name>", "states": ["<name>", ...], "params": {...}}}.
 *
 * @param names    the state names to apply, in order, without empty names or repeats (empty when the
 *                 verifier sent the empty state of an interaction without states)
 * @param params   the params, an empty object when none were sent
 * @param teardown whether the action is {@code teardown} rather than {@code setup}
 */
record StateChangeRequest(List<String> names, ObjectNode params, boolean teardown) {

    StateChangeRequest {
        names = List.copyOf(names);
    }

    /** Parses a request body; anything but one of the two forms is a 400. */
    static StateChangeRequest parse(byte[] body) {
        JsonNode node = Json.parseRequestBody(body);
        if (!node.isObject()) {
            throw ApiException.badRequest("A provider state change must be a JSON object such as "
                    + "{\"state\": \"agent 1001 exists\", \"params\": {}, \"action\": \"setup\"}");
        }
        JsonNode state = present(node, "state");
        JsonNode states = present(node, "states");
        if (state == null && states == null) {
            throw ApiException.badRequest("A provider state change needs 'state' (a string) or 'states' (an array)");
        }
        if (state != null && !state.isTextual()) {
            throw ApiException.badRequest("'state' must be a string, got " + state);
        }
        if (states != null && !states.isArray()) {
            throw ApiException.badRequest("'states' must be an array of strings");
        }
        Set<String> names = new LinkedHashSet<>();
        if (states != null) {
            for (JsonNode name : states) {
                if (!name.isTextual()) {
                    throw ApiException.badRequest("'states' must be an array of strings, got an element " + name);
                }
                names.add(name.asText());
            }
        }
        if (state != null) {
            names.add(state.asText());
        }
        names.remove("");
        return new StateChangeRequest(new ArrayList<>(names), params(node), teardown(node));
    }

    private static ObjectNode params(JsonNode body) {
        JsonNode params = present(body, "params");
        if (params == null) {
            return Json.object();
        }
        if (!params.isObject()) {
            throw ApiException.badRequest("'params' must be a JSON object");
        }
        return (ObjectNode) params;
    }

    private static boolean teardown(JsonNode body) {
        JsonNode action = present(body, "action");
        if (action == null || action.isTextual() && action.asText().equals("setup")) {
            return false;
        }
        if (action.isTextual() && action.asText().equals("teardown")) {
            return true;
        }
        throw ApiException.badRequest("'action' must be \"setup\" or \"teardown\", got " + action);
    }

    /** The field's value, or {@code null} when it is absent or JSON null. */
    private static JsonNode present(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
