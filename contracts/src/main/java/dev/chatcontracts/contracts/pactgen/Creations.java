package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.pact.ProviderState;
import dev.chatcontracts.openapi.model.ApiOperation;
import java.util.List;

/**
 * The states a create needs so that it can be sent again: an agent's e-mail address is unique, so
 * creating an agent needs {@code agent with e-mail <address> does not exist}.
 */
final class Creations {

    private Creations() {
    }

    static List<ProviderState> states(ApiOperation operation, JsonNode requestBody) {
        if (requestBody != null && operation.method().equals("POST") && operation.path().endsWith("/agents")
                && requestBody.path("email").isTextual()) {
            return List.of(PactStates.agentWithEmail(requestBody.get("email").asText(), false));
        }
        return List.of();
    }
}
