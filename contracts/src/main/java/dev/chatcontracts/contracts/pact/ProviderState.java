package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider state of a pact interaction: what the provider must hold before the request is sent.
 *
 * @param name e.g. {@code visitor 1.12345 exists} ({@code null} when the pact gives none)
 * @param params e.g. {@code visitor_id: "1.12345"}, in file order
 */
public record ProviderState(String name, Map<String, JsonNode> params) {

    public ProviderState {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
