package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI schemas a {@link PactPath} reaches from a body's schema. Follows {@code $ref} and
 * {@code allOf}, and every branch of {@code oneOf}/{@code anyOf} (a field any branch declares is
 * known); arrays by {@code items}, maps by {@code additionalProperties}. A schema that constrains
 * nothing (no type, properties, items or composition) admits any path below it.
 */
final class SchemaAtPath {

    private static final int MAX_EXPANSION = 32;

    /** A schema node and where it is in the spec ({@code /components/schemas/Chat/properties/id}). */
    record Located(JsonNode schema, String location) {
    }

    /** What a path reaches. */
    sealed interface Resolution {
    }

    /**
     * The plain schemas at the path (references followed, compositions expanded).
     *
     * @param unconstrained some branch admits any value there
     */
    record Resolved(List<Located> schemas, boolean unconstrained) implements Resolution {
    }

    /**
     * The path leaves the schema at one step.
     *
     * @param step the 0-based step of the path
     * @param parent where the schema that lacks it is
     * @param reason for people
     */
    record Unknown(int step, String parent, String reason) implements Resolution {
    }

    private final JsonNode tree;

    /** @param tree the whole OpenAPI document */
    SchemaAtPath(JsonNode tree) {
        this.tree = tree;
    }

    Resolution resolve(String schemaPointer, PactPath path) {
        List<Located> current = expand(new Located(tree.at(schemaPointer), schemaPointer));
        boolean unconstrained = current.stream().anyMatch(l -> constrainsNothing(l.schema()));
        for (int i = 0; i < path.steps().size(); i++) {
            PactPath.Step step = path.steps().get(i);
            List<Located> next = new ArrayList<>();
            boolean open = unconstrained;
            for (Located located : current) {
                open |= step(located, step, next);
            }
            if (next.isEmpty() && !open) {
                return new Unknown(i, current.isEmpty() ? "" : current.get(0).location(), reason(current, step));
            }
            current = next;
            unconstrained = open || next.stream().anyMatch(l -> constrainsNothing(l.schema()));
        }
        return new Resolved(current, unconstrained);
    }

    /** Adds the schemas one step reaches from {@code from} to {@code next}; true when it admits anything there. */
    private boolean step(Located from, PactPath.Step step, List<Located> next) {
        JsonNode schema = from.schema();
        JsonNode additional = schema.get("additionalProperties");
        boolean openMap = additional != null && additional.asBoolean(false);
        if (step instanceof PactPath.Field field) {
            JsonNode property = schema.path("properties").get(field.name());
            if (property != null) {
                next.addAll(expand(new Located(property, from.location() + "/properties/" + escape(field.name()))));
            } else if (additional != null && additional.isObject()) {
                next.addAll(expand(new Located(additional, from.location() + "/additionalProperties")));
            }
            return property == null && openMap;
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            next.addAll(expand(new Located(items, from.location() + "/items")));
        }
        if (step instanceof PactPath.AnyMember) {
            if (additional != null && additional.isObject()) {
                next.addAll(expand(new Located(additional, from.location() + "/additionalProperties")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                next.addAll(expand(new Located(property.getValue(), from.location() + "/properties/" + escape(property.getKey()))));
            }
            return openMap;
        }
        return items == null && "array".equals(schema.path("type").asText());
    }

    /** The schema itself, its reference's target, and every member of its compositions, recursively. */
    List<Located> expand(Located start) {
        List<Located> out = new ArrayList<>();
        expand(start, out, 0);
        return out;
    }

    private void expand(Located located, List<Located> out, int depth) {
        if (depth > MAX_EXPANSION || located.schema() == null || !located.schema().isObject()) {
            return;
        }
        JsonNode schema = located.schema();
        String location = located.location();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = LocalRefs.deref(tree, schema);
            location = ref.startsWith("#") ? ref.substring(1) : ref;
        }
        Located resolved = new Located(schema, location);
        if (out.stream().anyMatch(l -> l.schema() == resolved.schema())) {
            return;
        }
        out.add(resolved);
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode members = schema.path(composition);
            for (int i = 0; i < members.size(); i++) {
                expand(new Located(members.get(i), location + "/" + composition + "/" + i), out, depth + 1);
            }
        }
    }

    /** No type, properties, items or composition: any value fits. */
    static boolean constrainsNothing(JsonNode schema) {
        for (String keyword : List.of("type", "properties", "items", "additionalProperties", "allOf", "oneOf", "anyOf",
                "enum", "not", "$ref")) {
            if (schema.has(keyword)) {
                return false;
            }
        }
        return true;
    }

    private static String reason(List<Located> parents, PactPath.Step step) {
        FieldTypes types = FieldTypes.of(new Resolved(parents, false));
        String what = types.describe();
        if (step instanceof PactPath.Field field) {
            return types.allowsAny("object") ? "the schema declares no field '" + field.name() + "' there"
                    : "a " + what + " has no field '" + field.name() + "'";
        }
        return "a " + what + " has no items";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
