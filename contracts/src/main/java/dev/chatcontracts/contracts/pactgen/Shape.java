package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.schema.JsonTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an OpenAPI schema says about one value, after following {@code $ref}, merging {@code allOf}
 * members and taking the {@code oneOf}/{@code anyOf} branch the value fits.
 *
 * @param types the declared types ({@code string}, {@code integer}, ...); empty when undeclared
 * @param format the first declared format, or {@code null}
 * @param enumValues the first declared enum, or {@code null}
 * @param nullable whether {@code null} is allowed
 * @param properties every declaration of each property, in declaration order
 * @param additional the {@code additionalProperties} schema, or {@code null}
 * @param items the {@code items} schema, or {@code null}
 * @param alternatives the shapes of all {@code oneOf}/{@code anyOf} branches, for a value that may take another branch
 */
record Shape(
        Set<String> types,
        String format,
        JsonNode enumValues,
        boolean nullable,
        Map<String, List<JsonNode>> properties,
        JsonNode additional,
        JsonNode items,
        List<Shape> alternatives) {

    /** The shape of a value no schema describes. */
    static final Shape NONE = new Shape(Set.of(), null, null, false, Map.of(), null, null, List.of());

    /** The first declaration of a property, or {@code null}. */
    JsonNode property(String name) {
        List<JsonNode> declarations = properties.get(name);
        return declarations == null ? null : declarations.get(0);
    }

    /** The schema of a member value: its property, else {@code additionalProperties}, else {@code null}. */
    JsonNode member(String name) {
        JsonNode property = property(name);
        return property != null ? property : additional;
    }

    /** Whether the shape declares the JSON type of {@code value} (an integer is a number too). */
    boolean admitsTypeOf(JsonNode value) {
        if (value.isNull()) {
            return nullable;
        }
        if (types.isEmpty()) {
            return true;
        }
        return types.contains(JsonTypes.of(value)) || value.isIntegralNumber() && types.contains("number");
    }
}
