package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body built from a schema, for interactions no documented example can give (204 deletes, the
 * ids-to-docs map, the documented errors). Only what every answer of the schema has is written, so
 * the body, with type matchers, accepts every conforming answer: an object's {@code required}
 * properties, and, when it requires none but tags (a property with a single allowed value, such as a
 * chat's {@code type}), its documented scalar properties that are not nullable
 * (never a {@code writeOnly} one in a response, never a {@code readOnly} one in a request, never an
 * {@code x-undocumented} one). An array has one item; a discriminated {@code oneOf} takes its first
 * mapped branch, with the discriminator set; a string takes its enum's first value, its example, or a
 * value of its format.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 16;

    private final JsonNode spec;
    private final boolean response;

    /** Values for the response view ({@code response} true) or the request view. */
    SchemaValues(JsonNode spec, boolean response) {
        this.spec = spec;
        this.response = response;
    }

    /** The value of {@code schema}. */
    JsonNode value(JsonNode schema) {
        return value(schema, 0);
    }

    /** An object of {@code schema} whose {@code additionalProperties} map holds one value for each key (its {@code id} the key). */
    ObjectNode map(JsonNode schema, String property, List<String> keys) {
        ObjectNode value = (ObjectNode) value(schema);
        JsonNode members = LocalRefs.deref(spec, merged(LocalRefs.deref(spec, schema)).properties.get(property));
        ObjectNode map = value.putObject(property);
        keys.forEach(key -> {
            JsonNode member = value(members.path("additionalProperties"), 1);
            if (member.path("id").isTextual()) {
                ((ObjectNode) member).put("id", key);
            }
            map.set(key, member);
        });
        return value;
    }

    private JsonNode value(JsonNode raw, int depth) {
        JsonNode schema = LocalRefs.deref(spec, raw);
        if (depth > MAX_DEPTH || !schema.isObject()) {
            return NODES.nullNode();
        }
        for (String composition : List.of("oneOf", "anyOf")) {
            if (schema.path(composition).size() > 0) {
                return branch(schema, composition, depth);
            }
        }
        Merged merged = merged(schema);
        String type = merged.type;
        if (type == null && !merged.properties.isEmpty()) {
            type = "object";
        }
        if (type == null) {
            return NODES.nullNode();
        }
        return switch (type) {
            case "object" -> object(merged, depth);
            case "array" -> NODES.arrayNode().add(value(merged.items, depth + 1));
            case "string" -> string(merged);
            case "integer" -> NODES.numberNode(Math.max(1, merged.schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.nullNode();
        };
    }

    /**
     * A value of a composition: its first branch; for a discriminated one, the first mapped branch cut to
     * the properties every branch declares, so that it stands for any of them, with the discriminator set.
     */
    private JsonNode branch(JsonNode schema, String composition, int depth) {
        JsonNode discriminator = schema.path("discriminator");
        String property = discriminator.path("propertyName").asText("");
        var mapping = discriminator.path("mapping").fields();
        JsonNode value;
        String tag = null;
        if (!property.isEmpty() && mapping.hasNext()) {
            var first = mapping.next();
            tag = first.getKey();
            value = value(NODES.objectNode().put("$ref", first.getValue().asText()), depth + 1);
        } else {
            value = value(schema.path(composition).get(0), depth + 1);
        }
        if (tag != null && value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            for (JsonNode branch : schema.path(composition)) {
                Set<String> declared = merged(LocalRefs.deref(spec, branch)).properties.keySet();
                object.retain(object.properties().stream().map(Map.Entry::getKey).filter(declared::contains).toList());
            }
            object.put(property, tag);
        }
        return value;
    }

    private ObjectNode object(Merged merged, int depth) {
        ObjectNode out = NODES.objectNode();
        boolean requiresOnlyTags = merged.required.stream().allMatch(name -> isTag(merged.properties.get(name)));
        merged.properties.forEach((name, raw) -> {
            JsonNode property = LocalRefs.deref(spec, raw);
            boolean required = merged.required.contains(name);
            if (required || requiresOnlyTags && isPlainScalar(raw, property)) {
                out.set(name, value(raw, depth + 1));
            }
        });
        return out;
    }

    /** A property with a single allowed value, such as a chat's {@code type}: it names the kind, not the content. */
    private boolean isTag(JsonNode declaration) {
        return declaration != null && LocalRefs.deref(spec, declaration).path("enum").size() == 1;
    }

    private boolean isPlainScalar(JsonNode declaration, JsonNode property) {
        String type = property.path("type").asText("");
        boolean hidden = response ? flag(declaration, property, "writeOnly") : flag(declaration, property, "readOnly");
        return Set.of("string", "integer", "number", "boolean").contains(type) && !property.path("nullable").asBoolean(false)
                && !hidden && !flag(declaration, property, "x-undocumented");
    }

    private static boolean flag(JsonNode declaration, JsonNode property, String name) {
        return declaration.path(name).asBoolean(false) || property.path(name).asBoolean(false);
    }

    private static JsonNode string(Merged merged) {
        JsonNode schema = merged.schema;
        if (schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        if (schema.path("example").isTextual()) {
            return schema.get("example");
        }
        return NODES.textNode(switch (schema.path("format").asText("")) {
            case "date-time" -> "2014-10-09T05:28:35Z";
            case "date" -> "2014-10-09";
            case "email" -> "agent@example.com";
            case "uri", "url" -> "https://example.com/";
            default -> "text";
        });
    }

    /** A schema with its {@code allOf} members merged: type, properties and required of all. */
    private Merged merged(JsonNode schema) {
        Merged merged = new Merged(schema);
        merge(schema, merged, 0);
        return merged;
    }

    private void merge(JsonNode schema, Merged into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (into.type == null && schema.has("type")) {
            into.type = schema.get("type").asText();
        }
        if (into.items == null && schema.has("items")) {
            into.items = schema.get("items");
        }
        schema.path("properties").fields().forEachRemaining(p -> into.properties.putIfAbsent(p.getKey(), p.getValue()));
        schema.path("required").forEach(name -> into.required.add(name.asText()));
        schema.path("allOf").forEach(member -> merge(LocalRefs.deref(spec, member), into, depth + 1));
    }

    private static final class Merged {
        private final JsonNode schema;
        private final Map<String, JsonNode> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private String type;
        private JsonNode items;

        Merged(JsonNode schema) {
            this.schema = schema;
        }
    }
}
