package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Request values built from a schema (type, enum, format, minimum, maxLength, properties, items) that differ
 * from a field's current value where the schema allows it, so that a stored value can be told from an ignored one.
 */
final class SpecSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private SpecSamples() {
    }

    /** A value the schema accepts, other than {@code current} (null: none). */
    static JsonNode value(JsonNode spec, JsonNode rawSchema, JsonNode current, String name) {
        return value(spec, rawSchema, current == null || current.isMissingNode() ? null : current, name, 0);
    }

    private static JsonNode value(JsonNode spec, JsonNode rawSchema, JsonNode current, String name, int depth) {
        JsonNode schema = SpecTrees.schema(spec, rawSchema);
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (!allowed.isNull() && !allowed.equals(current)) {
                    return allowed;
                }
            }
            return schema.get("enum").get(0);
        }
        for (String composition : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(composition)) {
                return value(spec, schema.get(composition).get(0), current, name, depth + 1);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "boolean" -> BooleanNode.valueOf(current == null || !current.isBoolean() || !current.booleanValue());
            case "integer" -> integer(schema, current);
            case "number" -> NODES.numberNode(current != null && current.isNumber() ? current.doubleValue() + 1.5 : 2.5);
            case "array" -> array(spec, schema, current, name, depth);
            case "object" -> object(spec, schema, current, name, depth);
            default -> string(schema, current, name);
        };
    }

    private static JsonNode integer(JsonNode schema, JsonNode current) {
        if (schema.has("minimum") && !sameNumber(schema.get("minimum"), current)) {
            return NODES.numberNode(schema.get("minimum").longValue());
        }
        if (current != null && current.isIntegralNumber()) {
            return NODES.numberNode(current.longValue() + 1);
        }
        return NODES.numberNode(2L);
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        return b != null && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static JsonNode string(JsonNode schema, JsonNode current, String name) {
        String text;
        if ("date-time".equals(schema.path("format").asText())) {
            text = "2001-02-03T04:05:06Z";
            if (current != null && text.equals(current.asText())) {
                text = "2002-03-04T05:06:07Z";
            }
        } else {
            text = "changed " + name;
            if (current != null && text.equals(current.asText())) {
                text = text + " again";
            }
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            text = text.substring(0, schema.get("maxLength").asInt());
        }
        return NODES.textNode(text);
    }

    private static JsonNode array(JsonNode spec, JsonNode schema, JsonNode current, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        if (depth < MAX_DEPTH) {
            array.add(value(spec, schema.path("items"), null, name, depth + 1));
        }
        return array;
    }

    private static JsonNode object(JsonNode spec, JsonNode schema, JsonNode current, String name, int depth) {
        ObjectNode object = NODES.objectNode();
        if (!schema.has("properties")) {
            object.put("key", "changed " + name);
            return object;
        }
        if (depth < MAX_DEPTH) {
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                JsonNode currentValue = current == null ? null : current.get(property.getKey());
                object.set(property.getKey(), value(spec, property.getValue(), currentValue, property.getKey(), depth + 1));
            }
        }
        return object;
    }

    /**
     * Whether an answer shows a sent value: equal JSON (numbers by value), epoch seconds answered as the same
     * ISO-8601 instant (D11), or, for an object, every sent member shown (objects are merged or completed).
     */
    static boolean shows(JsonNode sent, JsonNode answered) {
        if (answered == null || answered.isMissingNode()) {
            return false;
        }
        if (sent.isNumber() && answered.isNumber()) {
            return sent.decimalValue().compareTo(answered.decimalValue()) == 0;
        }
        if (sent.isIntegralNumber() && answered.isTextual()) {
            return Timestamps.parseInstant(answered.asText()).map(Instant::getEpochSecond).filter(s -> s == sent.longValue()).isPresent();
        }
        if (sent.isObject() && answered.isObject()) {
            for (Map.Entry<String, JsonNode> member : sent.properties()) {
                if (!shows(member.getValue(), answered.get(member.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return sent.equals(answered);
    }
}
