package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of a spec, with its references to parameters, request body and responses
 * resolved one level (the schemas inside stay as written, with their {@code $ref}s).
 *
 * @param spec the spec name ({@code zendesk-chat})
 * @param operationId the operation id, safe as a file name
 * @param method the HTTP method, upper-case ({@code GET})
 * @param path the path template ({@code /visitors/{visitor_id}})
 * @param tags the operation's tags
 * @param pointer the JSON pointer of the operation in the spec, for messages
 * @param parameters path-level and operation-level parameters, resolved; the operation's win
 * @param requestBody the resolved request body, or {@code null}
 * @param responses status ({@code 200}, {@code 4XX}, {@code default}) to resolved response, in spec order
 */
public record ApiOperation(
        String spec,
        String operationId,
        String method,
        String path,
        List<String> tags,
        String pointer,
        List<JsonNode> parameters,
        JsonNode requestBody,
        Map<String, JsonNode> responses) {

    public ApiOperation {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }

    /** The schema of the request body's JSON media type, if the operation takes a JSON body. */
    public Optional<JsonNode> requestSchema() {
        return requestBody == null ? Optional.empty() : jsonSchema(requestBody.path("content"));
    }

    /** Status to the schema of each response that has a JSON media type, in spec order. */
    public Map<String, JsonNode> responseSchemas() {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        responses.forEach((status, response) -> jsonSchema(response.path("content")).ifPresent(s -> schemas.put(status, s)));
        return schemas;
    }

    /** The parameters of one location ({@code path}, {@code query}, {@code header}), in spec order. */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        parameters.forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    /** The JSON media type of a {@code content} map: {@code application/json} first, else any {@code ...json} type. */
    public static Optional<String> jsonMediaType(JsonNode content) {
        if (content.has("application/json")) {
            return Optional.of("application/json");
        }
        for (var it = content.fieldNames(); it.hasNext(); ) {
            String type = it.next();
            String base = type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (base.equals("application/json") || base.endsWith("+json")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> jsonSchema(JsonNode content) {
        return jsonMediaType(content).map(type -> content.path(type).get("schema"));
    }
}
