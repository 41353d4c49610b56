package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The bundled specs read by the tests on their own (plain Jackson YAML, not the mock's code), with a small
 * resolver: {@code $ref} followed, {@code allOf} merged. Tests derive what they expect from these trees.
 */
final class SpecTrees {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonNode ZENDESK = read("/openapi/zendesk-chat.yaml");
    private static final JsonNode SALESIQ = read("/openapi/zoho-salesiq.yaml");

    private SpecTrees() {
    }

    static JsonNode of(Vendor vendor) {
        return vendor == Vendor.ZOHO_SALESIQ ? SALESIQ : ZENDESK;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SpecTrees.class.getResourceAsStream(resource)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows $ref, and merges allOf members (properties, required, flags) into one schema. */
    static JsonNode schema(JsonNode spec, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = spec.at(resolved.get("$ref").asText().substring(1));
        }
        if (!resolved.has("allOf")) {
            return resolved;
        }
        ObjectNode merged = ((ObjectNode) resolved).deepCopy();
        merged.remove("allOf");
        for (JsonNode member : resolved.get("allOf")) {
            JsonNode part = schema(spec, member);
            for (Iterator<Map.Entry<String, JsonNode>> fields = part.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                switch (field.getKey()) {
                    case "properties" -> merged.withObject("properties").setAll((ObjectNode) field.getValue());
                    case "required" -> field.getValue().forEach(name -> merged.withArray("required").add(name));
                    default -> {
                        if (!merged.has(field.getKey())) {
                            merged.set(field.getKey(), field.getValue());
                        }
                    }
                }
            }
        }
        return merged;
    }

    /** The operation object, its method and path, for an operation id. */
    record OperationAt(String method, String path, JsonNode operation) {
    }

    static OperationAt operation(JsonNode spec, String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (operationId.equals(method.getValue().path("operationId").asText())) {
                    return new OperationAt(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), method.getValue());
                }
            }
        }
        throw new AssertionError("no operation " + operationId);
    }
}
