package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns OpenAPI 3.0 schemas of a {@link SpecDocument} into {@link FieldRules} and {@link ValueRule}s:
 * {@code $ref} resolved, {@code allOf} members merged (properties, required, and the flags {@code readOnly},
 * {@code writeOnly}, {@code nullable}), {@code oneOf}/{@code anyOf} kept as alternatives. A property's
 * {@code readOnly}/{@code writeOnly} is the one of its schema after resolution (a referenced schema such as
 * {@code Plan} can be read-only as a whole). Nesting deeper than {@value #MAX_DEPTH} levels accepts any value.
 */
final class SchemaCompiler {

    static final int MAX_DEPTH = 16;
    private static final String INTEGER_DOCUMENTED_TYPE = "integer";
    private static final String TIMESTAMP_DOCUMENTED_TYPE = "timestamp";

    private final SpecDocument spec;

    SchemaCompiler(SpecDocument spec) {
        this.spec = spec;
    }

    /** The rules of an object schema's properties, for an entity named in error messages. */
    FieldRules objectRules(String entity, JsonNode schema) {
        return objectRules(entity, flatten(schema, 0), 0);
    }

    /** The names of a schema's properties, across the members of a {@code oneOf}/{@code anyOf} too. */
    Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        collectPropertyNames(flatten(schema, 0), names, 0);
        return names;
    }

    /** The schema a discriminator value of a {@code oneOf} schema maps to. */
    JsonNode discriminated(JsonNode schema, String value) {
        JsonNode target = flatten(schema, 0).path("discriminator").path("mapping").path(value);
        if (!target.isTextual()) {
            throw new IllegalStateException("The spec " + spec.location() + " maps no schema to the discriminator value " + value);
        }
        return spec.at(target.asText());
    }

    /** The effective schema: {@code $ref} followed, {@code allOf} merged into one object. */
    JsonNode flatten(JsonNode schema, int depth) {
        JsonNode resolved = spec.resolve(schema);
        if (!resolved.has("allOf") || depth > MAX_DEPTH) {
            return resolved;
        }
        ObjectNode merged = Json.object();
        for (JsonNode member : resolved.get("allOf")) {
            mergeInto(merged, flatten(member, depth + 1));
        }
        mergeInto(merged, resolved);
        merged.remove("allOf");
        return merged;
    }

    private static void mergeInto(ObjectNode target, JsonNode source) {
        for (Map.Entry<String, JsonNode> entry : source.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "allOf" -> { }
                case "properties" -> target.withObjectProperty("properties").setAll((ObjectNode) value);
                case "required" -> {
                    ArrayNode required = target.withArrayProperty("required");
                    value.forEach(name -> {
                        if (!contains(required, name)) {
                            required.add(name);
                        }
                    });
                }
                case "readOnly", "writeOnly", "nullable" -> {
                    if (value.asBoolean(false)) {
                        target.set(keyword, BooleanNode.TRUE);
                    }
                }
                default -> {
                    if (!target.has(keyword)) {
                        target.set(keyword, value);
                    }
                }
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void collectPropertyNames(JsonNode flat, Set<String> names, int depth) {
        flat.path("properties").fieldNames().forEachRemaining(names::add);
        if (depth > MAX_DEPTH) {
            return;
        }
        for (String composition : List.of("oneOf", "anyOf")) {
            for (JsonNode member : flat.path(composition)) {
                collectPropertyNames(flatten(member, depth + 1), names, depth + 1);
            }
        }
    }

    private FieldRules objectRules(String entity, JsonNode flat, int depth) {
        List<FieldRules.Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : flat.path("properties").properties()) {
            JsonNode schema = flatten(property.getValue(), depth + 1);
            fields.add(new FieldRules.Field(property.getKey(),
                    valueRule(entity + " " + property.getKey(), schema, depth + 1),
                    schema.path("readOnly").asBoolean(false), schema.path("writeOnly").asBoolean(false)));
        }
        List<String> required = new ArrayList<>();
        flat.path("required").forEach(name -> required.add(name.asText()));
        JsonNode additional = flat.path("additionalProperties");
        boolean keepsUnknown = additional.isObject() || additional.asBoolean(false);
        return new FieldRules(entity, fields, required, keepsUnknown);
    }

    private ValueRule valueRule(String entity, JsonNode flat, int depth) {
        if (depth > MAX_DEPTH) {
            return ValueRule.ANY;
        }
        String type = flat.path("type").asText(null);
        List<JsonNode> allowed = new ArrayList<>();
        flat.path("enum").forEach(allowed::add);
        ValueRule items = flat.has("items") ? valueRule(entity + " item", flatten(flat.get("items"), depth + 1), depth + 1) : null;
        FieldRules fields = flat.has("properties") ? objectRules(entity, flat, depth) : null;
        List<ValueRule> alternatives = new ArrayList<>();
        for (String composition : List.of("oneOf", "anyOf")) {
            for (JsonNode member : flat.path(composition)) {
                alternatives.add(valueRule(entity, flatten(member, depth + 1), depth + 1));
            }
        }
        return new ValueRule(type, flat.path("format").asText(null), flat.path("nullable").asBoolean(false), allowed,
                limits(flat), items, fields, alternatives, leniency(type, flat.path("x-documented-type").asText("")));
    }

    /**
     * D13: a boolean the documentation types as an integer also takes {@code 1}/{@code 0}; D11: epoch seconds the
     * documentation calls a timestamp also take an ISO-8601 string.
     */
    private static ValueRule.Leniency leniency(String type, String documentedType) {
        if ("boolean".equals(type) && INTEGER_DOCUMENTED_TYPE.equals(documentedType)) {
            return ValueRule.Leniency.INTEGER_FLAG;
        }
        if ("integer".equals(type) && TIMESTAMP_DOCUMENTED_TYPE.equals(documentedType)) {
            return ValueRule.Leniency.EPOCH_SECONDS_OR_ISO;
        }
        return ValueRule.Leniency.NONE;
    }

    private ValueRule.Limits limits(JsonNode flat) {
        BigDecimal minimum = decimal(flat.get("minimum"));
        BigDecimal maximum = decimal(flat.get("maximum"));
        JsonNode exclusiveMinimum = flat.path("exclusiveMinimum");
        JsonNode exclusiveMaximum = flat.path("exclusiveMaximum");
        if (exclusiveMinimum.isNumber()) { // OpenAPI 3.1 / JSON Schema 2020-12 form
            minimum = exclusiveMinimum.decimalValue();
        }
        if (exclusiveMaximum.isNumber()) {
            maximum = exclusiveMaximum.decimalValue();
        }
        return new ValueRule.Limits(minimum, exclusiveMinimum.isNumber() || exclusiveMinimum.asBoolean(false),
                maximum, exclusiveMaximum.isNumber() || exclusiveMaximum.asBoolean(false),
                integer(flat.get("minLength")), integer(flat.get("maxLength")), pattern(flat.get("pattern")),
                integer(flat.get("minItems")), integer(flat.get("maxItems")));
    }

    private static BigDecimal decimal(JsonNode value) {
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Integer integer(JsonNode value) {
        return value != null && value.canConvertToInt() ? value.intValue() : null;
    }

    private Pattern pattern(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Pattern.compile(value.asText());
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("The spec " + spec.location() + " has a pattern Java cannot compile: " + value.asText(), e);
        }
    }
}
