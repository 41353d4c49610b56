package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request/response interaction, independent of the Pact specification version it is written in.
 *
 * @param description unique in its pact: {@code <operationId> <example name>}
 * @param providerStates the states the provider must be in ({@link PactStates})
 * @param request the request
 * @param response the response
 */
record Interaction(String description, List<ProviderState> providerStates, Request request, Response response) {

    /**
     * A provider state with its parameters.
     *
     * @param name e.g. {@code visitor 1.12345 exists}
     * @param params e.g. {@code visitor_id: "1.12345"}
     */
    record ProviderState(String name, Map<String, JsonNode> params) {
    }

    /**
     * @param method upper-case
     * @param path the full request path on the provider (the pact's base path first), parameters filled and percent-encoded
     * @param query query parameters, name to values
     * @param headers header name to value
     * @param body the JSON body, or {@code null}
     * @param contentType the body's media type, or {@code null}
     * @param pathExpression the path with {@code ${name}} for the values provider states give, or {@code null}
     */
    record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
            JsonNode body, String contentType, String pathExpression) {
    }

    /**
     * @param status the status code
     * @param headers header name to value
     * @param body the JSON body, or {@code null} for a status alone (a 204)
     * @param contentType the body's media type, or {@code null}
     * @param bodyRules matching rules of the body, JSON path to rule
     */
    record Response(int status, Map<String, String> headers, JsonNode body, String contentType, Map<String, MatchingRule> bodyRules) {
    }
}
