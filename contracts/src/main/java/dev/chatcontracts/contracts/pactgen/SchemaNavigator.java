package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an example value alongside its OpenAPI schema: for each value, the {@link Shape} of the
 * schema branch it takes. A discriminated {@code oneOf} takes the branch its discriminator names;
 * other compositions take the first branch whose type, {@code required} and {@code enum} fit.
 * Not thread-safe.
 */
final class SchemaNavigator {

    private static final int MAX_DEPTH = 64;

    private final JsonNode spec;
    /** The schemas being collected, to cut composition cycles ({@code A: oneOf [A, B]}). */
    private final Set<JsonNode> active = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaNavigator(JsonNode spec) {
        this.spec = spec;
    }

    /** The shape of {@code schema} for {@code value}; {@link Shape#NONE} for a missing schema. */
    Shape shape(JsonNode schema, JsonNode value) {
        return shape(schema, value, 0);
    }

    private Shape shape(JsonNode schema, JsonNode value, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return Shape.NONE;
        }
        Collected collected = new Collected();
        collect(LocalRefs.deref(spec, schema), value, collected, true, depth);
        return collected.toShape();
    }

    /**
     * Whether the request view forbids the property: a declaration is {@code readOnly}, or references
     * a component that is (the rule of the request view of {@code JsonSchemaConverter}).
     */
    boolean isReadOnly(Shape shape, String property) {
        for (JsonNode declaration : shape.properties().getOrDefault(property, List.of())) {
            if (declaration.path("readOnly").asBoolean(false)
                    || declaration.has("$ref") && LocalRefs.deref(spec, declaration).path("readOnly").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private void collect(JsonNode schema, JsonNode value, Collected into, boolean own, int depth) {
        if (depth > MAX_DEPTH || !schema.isObject() || !active.add(schema)) {
            return;
        }
        try {
            collectKeywords(schema, value, into, own, depth);
        } finally {
            active.remove(schema);
        }
    }

    private void collectKeywords(JsonNode schema, JsonNode value, Collected into, boolean own, int depth) {
        into.nullable |= own && schema.path("nullable").asBoolean(false);
        if (schema.has("type")) {
            into.types.add(schema.get("type").asText());
        }
        if (into.format == null && schema.has("format")) {
            into.format = schema.get("format").asText();
        }
        if (into.enumValues == null && schema.has("enum")) {
            into.enumValues = schema.get("enum");
        }
        schema.path("properties").fields().forEachRemaining(p ->
                into.properties.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue()));
        if (into.additional == null && schema.path("additionalProperties").isObject()) {
            into.additional = schema.get("additionalProperties");
        }
        if (into.items == null && schema.has("items")) {
            into.items = schema.get("items");
        }
        for (JsonNode member : schema.path("allOf")) {
            collect(LocalRefs.deref(spec, member), value, into, false, depth + 1);
        }
        for (String composition : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.get(composition);
            if (branches != null && branches.size() > 0) {
                branches.forEach(branch -> into.alternatives.add(shape(branch, value, depth + 1)));
                collect(LocalRefs.deref(spec, choose(schema, branches, value, depth)), value, into, true, depth + 1);
            }
        }
    }

    private JsonNode choose(JsonNode schema, JsonNode branches, JsonNode value, int depth) {
        JsonNode named = discriminated(schema, branches, value);
        if (named != null) {
            return named;
        }
        for (JsonNode branch : branches) {
            JsonNode resolved = LocalRefs.deref(spec, branch);
            if (!active.contains(resolved) && fits(resolved, value, depth + 1)) {
                return branch;
            }
        }
        return branches.get(0);
    }

    /** The branch the value's discriminator property names, or {@code null}. */
    private JsonNode discriminated(JsonNode schema, JsonNode branches, JsonNode value) {
        String property = schema.path("discriminator").path("propertyName").asText("");
        JsonNode discriminator = value.path(property);
        if (property.isEmpty() || !discriminator.isTextual()) {
            return null;
        }
        String ref = schema.path("discriminator").path("mapping").path(discriminator.asText()).asText(LocalRefs.schemaRef(discriminator.asText()));
        for (JsonNode branch : branches) {
            if (ref.equals(branch.path("$ref").asText())) {
                return branch;
            }
        }
        return null;
    }

    /** Whether the value has the branch's type, its required properties and one of its enum values. */
    private boolean fits(JsonNode branch, JsonNode value, int depth) {
        Shape shape = shape(branch, value, depth);
        if (!shape.admitsTypeOf(value) || shape.enumValues() != null && !contains(shape.enumValues(), value)) {
            return false;
        }
        List<JsonNode> requiredLists = new ArrayList<>(List.of(branch.path("required")));
        branch.path("allOf").forEach(member -> requiredLists.add(LocalRefs.deref(spec, member).path("required")));
        for (JsonNode required : requiredLists) {
            for (JsonNode name : required) {
                if (!value.has(name.asText())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The shape under construction. */
    private static final class Collected {
        private final Set<String> types = new LinkedHashSet<>();
        private final Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
        private final List<Shape> alternatives = new ArrayList<>();
        private String format;
        private JsonNode enumValues;
        private boolean nullable;
        private JsonNode additional;
        private JsonNode items;

        Shape toShape() {
            Set<String> declaredTypes = types.isEmpty() && !properties.isEmpty() ? Set.of("object") : types;
            return new Shape(declaredTypes, format, enumValues, nullable, properties, additional, items, alternatives);
        }
    }
}
