package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A routed, authenticated request as the resource handlers see it.
 *
 * @param operation  the operation the route resolved to
 * @param pathParams decoded path parameters by template name (e.g. {@code agent_id})
 * @param query      decoded query parameters
 * @param body       the raw request body (empty when there is none)
 * @param caller     the authenticated caller
 * @param origin     the mock's public base URL (never the request's Host header), e.g. {@code http://127.0.0.1:8080}
 * @param basePath   the vendor base path the client used, e.g. {@code /api/v2/chat}
 * @param strict     whether strict mode is on (read-only and unknown fields are rejected)
 */
record ApiRequest(Operation operation, Map<String, String> pathParams, QueryParams query, byte[] body,
                  Caller caller, String origin, String basePath, boolean strict) {

    String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("No path parameter " + name + " in " + operation.pathTemplate());
        }
        return value;
    }

    /** A path parameter that must be an integer (e.g. an agent id); anything else is a 400. */
    long longPathParam(String name) {
        String value = pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Path parameter '" + name + "' must be an integer, got '" + value + "'");
        }
    }

    /** The body as a JSON object; a body that is not JSON, or not an object, is a 400. */
    ObjectNode jsonObject() {
        JsonNode node = Json.parseRequestBody(body);
        if (!node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object, got " + node.getNodeType());
        }
        return (ObjectNode) node;
    }

    /** An absolute URL under the base path the client used, e.g. for {@code next_url}. */
    String absoluteUrl(String relative) {
        return origin + basePath + relative;
    }
}
