package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.schema.JsonTypes;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JSON types the schemas at a path allow, whether they allow {@code null}, and the bounds of their
 * arrays. Lenient: a union over every branch; a schema without a type allows any type.
 *
 * @param types JSON Schema type names ({@code string}, {@code integer}, ...)
 * @param anyType some schema allows any type
 * @param nullable {@code null} is allowed
 * @param minItems the smallest {@code minItems} of the array schemas (0 when one has none)
 * @param maxItems the largest {@code maxItems} of the array schemas, or {@code null} when one is unbounded
 */
record FieldTypes(Set<String> types, boolean anyType, boolean nullable, int minItems, Integer maxItems) {

    static FieldTypes of(SchemaAtPath.Resolved resolved) {
        Set<String> types = new LinkedHashSet<>();
        boolean nullable = false;
        int minItems = Integer.MAX_VALUE;
        Integer maxItems = 0;
        boolean unbounded = false;
        for (SchemaAtPath.Located located : resolved.schemas()) {
            JsonNode schema = located.schema();
            nullable |= schema.path("nullable").asBoolean(false);
            String type = schema.has("type") ? schema.get("type").asText()
                    : schema.has("properties") ? "object" : schema.has("items") ? "array" : null;
            if (type != null) {
                types.add(type);
            }
            if ("array".equals(type)) {
                minItems = Math.min(minItems, schema.path("minItems").asInt(0));
                unbounded |= !schema.has("maxItems");
                maxItems = Math.max(maxItems, schema.path("maxItems").asInt(0));
            }
        }
        boolean anyType = resolved.unconstrained() || types.isEmpty();
        return new FieldTypes(Set.copyOf(types), anyType, nullable || anyType || types.contains("null"),
                minItems == Integer.MAX_VALUE ? 0 : minItems, unbounded || !types.contains("array") ? null : maxItems);
    }

    /** Whether a value of one of these JSON types may be there ({@code integer} fits a {@code number}). */
    boolean allowsAny(String... wanted) {
        if (anyType) {
            return true;
        }
        for (String type : wanted) {
            if (types.contains(type) || type.equals("integer") && types.contains("number")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an example value has a type the schemas allow. */
    boolean fits(JsonNode value) {
        if (value.isNull()) {
            return nullable;
        }
        if (value.isNumber() && (value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            return allowsAny("integer", "number");
        }
        return allowsAny(JsonTypes.of(value));
    }

    /** {@code string}, {@code integer or string}, {@code any type}. */
    String describe() {
        return anyType ? "value of any type" : String.join(" or ", types) + (nullable ? " (nullable)" : "") + " field";
    }
}
