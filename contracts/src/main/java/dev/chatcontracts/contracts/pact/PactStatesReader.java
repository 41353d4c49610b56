package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a pact interaction needs of the provider beforehand: its provider states (V3/V4
 * {@code providerStates}, each with a {@code name} and {@code params}; V2 one {@code providerState} name) and
 * the path its states fill in (a {@code ProviderState} generator of the request path). Leniently: what does
 * not have the expected shape is left out, as it does not decide whether the interaction can be checked.
 */
final class PactStatesReader {

    private PactStatesReader() {
    }

    static List<ProviderState> states(JsonNode interaction) {
        List<ProviderState> states = new ArrayList<>();
        JsonNode list = interaction.get("providerStates");
        if (list != null && list.isArray()) {
            for (JsonNode state : list) {
                if (state.isObject()) {
                    Map<String, JsonNode> params = new LinkedHashMap<>();
                    JsonNode given = state.path("params");
                    if (given.isObject()) {
                        given.fields().forEachRemaining(param -> params.put(param.getKey(), param.getValue()));
                    }
                    states.add(new ProviderState(text(state.get("name")), params));
                }
            }
        } else if (interaction.path("providerState").isTextual()) {
            states.add(new ProviderState(interaction.get("providerState").asText(), Map.of()));
        }
        return states;
    }

    /** The expression of the request path's {@code ProviderState} generator, or {@code null}. */
    static String pathExpression(JsonNode generators) {
        JsonNode path = generators.path("path");
        return path.path("type").asText("").equals("ProviderState") ? text(path.get("expression")) : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
