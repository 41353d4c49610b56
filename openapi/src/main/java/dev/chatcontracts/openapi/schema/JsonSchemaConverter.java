package dev.chatcontracts.openapi.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.model.SpecException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns OpenAPI 3.0 schemas into JSON Schema draft 2020-12 documents, in a request or a response
 * view.
 *
 * <ul>
 *   <li>{@code $ref}s to {@code #/components/schemas/X} become {@code #/$defs/X}; every component the
 *       schema reaches is copied into {@code $defs} (sorted, so output is stable).</li>
 *   <li>{@code nullable: true} becomes a type union with {@code "null"} (and adds {@code null} to an
 *       enum); on a composition it becomes {@code anyOf [schema, {type: null}]}.</li>
 *   <li>In the request view a property that is {@code readOnly} (on itself or on the component it
 *       references) becomes the schema {@code false}; in the response view so does a {@code writeOnly}
 *       one. Forbidden properties are dropped from {@code required}.</li>
 *   <li>A {@code oneOf} with a {@code discriminator} becomes an {@code if/then/else} chain on the
 *       discriminator's value, so a failing instance is checked against the branch its discriminator
 *       names only; an instance without a known value falls back to {@code anyOf} of the branches.</li>
 *   <li>OpenAPI-only keywords ({@code discriminator}, {@code xml}, {@code x-*}) and non-JSON-Schema
 *       formats ({@code int32}, {@code int64}, {@code float}, {@code double}, {@code password}, ...) are
 *       dropped; {@code example} becomes {@code examples}.</li>
 * </ul>
 */
public final class JsonSchemaConverter {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> COPIED = Set.of("type", "enum", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
            "maxProperties", "title", "description", "default", "readOnly", "writeOnly", "deprecated");
    private static final Set<String> ASSERTED_FORMATS = Set.of("date-time", "date", "time", "email", "uri",
            "uri-reference", "uuid", "ipv4", "ipv6", "hostname", "regex");

    private final JsonNode spec;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** @param spec the whole OpenAPI document, whose {@code components/schemas} references resolve against */
    public JsonSchemaConverter(JsonNode spec) {
        this.spec = spec;
    }

    /** A standalone document for the component {@code name}. */
    public ObjectNode component(String name, SchemaView view) {
        ObjectNode ref = nodes.objectNode().put("$ref", LocalRefs.schemaRef(name));
        ObjectNode document = document(ref, view);
        document.put("title", name + " (" + view.id() + ")");
        return document;
    }

    /** A standalone document for an OpenAPI schema that may be inline (a media type's schema). */
    public ObjectNode document(JsonNode openApiSchema, SchemaView view) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        ObjectNode root = nodes.objectNode();
        root.put("$schema", DIALECT);
        JsonNode body = convert(openApiSchema, view, pending);
        Map<String, JsonNode> defs = new TreeMap<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (seen.add(name)) {
                defs.put(name, convert(LocalRefs.resolve(spec, LocalRefs.schemaRef(name)), view, pending));
            }
        }
        if (body.isObject()) {
            root.setAll((ObjectNode) body);
        } else {
            root.set("allOf", nodes.arrayNode().add(body));
        }
        if (!defs.isEmpty()) {
            ObjectNode defsNode = root.putObject("$defs");
            defs.forEach(defsNode::set);
        }
        return root;
    }

    private JsonNode convert(JsonNode schema, SchemaView view, Deque<String> pending) {
        if (schema.isBoolean()) {
            return schema;
        }
        if (!schema.isObject()) {
            throw new SpecException("spec.schema.invalid", String.valueOf(schema), "a schema must be an object");
        }
        if (schema.has("$ref")) {
            return ref(schema.get("$ref").asText(), pending);
        }
        ObjectNode out = nodes.objectNode();
        copyKeywords(schema, out);
        convertProperties(schema, view, pending, out);
        convertChildren(schema, view, pending, out);
        convertExclusiveBounds(schema, out);
        return applyNullable(schema, out);
    }

    private ObjectNode ref(String ref, Deque<String> pending) {
        LocalRefs.resolve(spec, ref);
        String name = LocalRefs.schemaName(ref);
        if (name == null) {
            throw new SpecException("spec.ref.notSchema", ref, "a schema may only reference #/components/schemas/...");
        }
        pending.add(name);
        return nodes.objectNode().put("$ref", "#/$defs/" + name.replace("~", "~0").replace("/", "~1"));
    }

    private void copyKeywords(JsonNode schema, ObjectNode out) {
        schema.fields().forEachRemaining(field -> {
            if (COPIED.contains(field.getKey())) {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        JsonNode format = schema.get("format");
        if (format != null && ASSERTED_FORMATS.contains(format.asText())) {
            out.put("format", format.asText());
        }
        if (schema.has("example")) {
            out.putArray("examples").add(schema.get("example").deepCopy());
        }
    }

    private void convertProperties(JsonNode schema, SchemaView view, Deque<String> pending, ObjectNode out) {
        JsonNode properties = schema.get("properties");
        Set<String> forbidden = new LinkedHashSet<>();
        if (properties != null) {
            ObjectNode converted = out.putObject("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (isForbidden(property.getValue(), view)) {
                    forbidden.add(property.getKey());
                    converted.put(property.getKey(), false);
                } else {
                    converted.set(property.getKey(), convert(property.getValue(), view, pending));
                }
            }
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            ArrayNode kept = nodes.arrayNode();
            required.forEach(name -> {
                if (!forbidden.contains(name.asText()) && !isForbiddenByName(schema, name.asText(), view)) {
                    kept.add(name.asText());
                }
            });
            if (!kept.isEmpty()) {
                out.set("required", kept);
            }
        }
    }

    /** A required name may point at a property declared in another allOf member. */
    private boolean isForbiddenByName(JsonNode schema, String name, SchemaView view) {
        JsonNode property = schema.path("properties").get(name);
        return property != null && isForbidden(property, view);
    }

    private void convertChildren(JsonNode schema, SchemaView view, Deque<String> pending, ObjectNode out) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null) {
            out.set("additionalProperties", convert(additional, view, pending));
        }
        if (schema.has("items")) {
            out.set("items", convert(schema.get("items"), view, pending));
        }
        if (schema.has("not")) {
            out.set("not", convert(schema.get("not"), view, pending));
        }
        if (schema.has("allOf")) {
            out.set("allOf", withoutForbiddenRequired(schema.get("allOf"), convertAll(schema.get("allOf"), view, pending), view));
        }
        if (schema.has("anyOf")) {
            out.set("anyOf", convertAll(schema.get("anyOf"), view, pending));
        }
        if (schema.has("oneOf")) {
            ArrayNode branches = convertAll(schema.get("oneOf"), view, pending);
            Map<String, JsonNode> markers = schema.has("discriminator") ? Map.of() : requiredMarkers(schema.get("oneOf"));
            if (schema.has("discriminator")) {
                out.setAll(discriminate(schema, branches));
            } else if (!markers.isEmpty()) {
                out.setAll(chainOnRequired(markers, branches));
            } else {
                out.set("oneOf", branches);
            }
        }
    }

    /** A name required by one allOf member but forbidden by another is not required in this view. */
    private ArrayNode withoutForbiddenRequired(JsonNode members, ArrayNode converted, SchemaView view) {
        Set<String> forbidden = new LinkedHashSet<>();
        members.forEach(member -> LocalRefs.deref(spec, member).path("properties").fields().forEachRemaining(p -> {
            if (isForbidden(p.getValue(), view)) {
                forbidden.add(p.getKey());
            }
        }));
        converted.forEach(member -> {
            if (member.isObject() && member.has("required")) {
                ArrayNode kept = nodes.arrayNode();
                member.get("required").forEach(name -> {
                    if (!forbidden.contains(name.asText())) {
                        kept.add(name);
                    }
                });
                if (kept.isEmpty()) {
                    ((ObjectNode) member).remove("required");
                } else {
                    ((ObjectNode) member).set("required", kept);
                }
            }
        });
        return converted;
    }

    private ArrayNode convertAll(JsonNode schemas, SchemaView view, Deque<String> pending) {
        ArrayNode out = nodes.arrayNode();
        schemas.forEach(member -> out.add(convert(member, view, pending)));
        return out;
    }

    /**
     * For a oneOf whose every branch requires a property that no other branch declares (ChatList's
     * {@code chats}, ChatDocs' {@code docs}), that property per branch, in branch order; else empty.
     */
    private Map<String, JsonNode> requiredMarkers(JsonNode oneOf) {
        List<JsonNode> branches = new java.util.ArrayList<>();
        oneOf.forEach(branch -> branches.add(LocalRefs.deref(spec, branch)));
        Map<String, JsonNode> markers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            String marker = null;
            for (JsonNode required : branches.get(i).path("required")) {
                String name = required.asText();
                boolean unique = true;
                for (int j = 0; j < branches.size(); j++) {
                    unique &= j == i || !branches.get(j).path("properties").has(name);
                }
                if (unique) {
                    marker = name;
                    break;
                }
            }
            if (marker == null) {
                return Map.of();
            }
            markers.put(marker, oneOf.get(i));
        }
        return markers;
    }

    /** {@code if has(m1) then B1 else if has(m2) then B2 ... else oneOf(B1..Bn)}. */
    private ObjectNode chainOnRequired(Map<String, JsonNode> markers, ArrayNode branches) {
        ObjectNode chain = nodes.objectNode();
        chain.set("oneOf", branches.deepCopy());
        List<String> names = List.copyOf(markers.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            ObjectNode step = nodes.objectNode();
            step.set("if", nodes.objectNode().set("required", nodes.arrayNode().add(names.get(i))));
            step.set("then", branches.get(i).deepCopy());
            step.set("else", chain);
            chain = step;
        }
        return chain;
    }

    /** {@code if type == v1 then B1 else if type == v2 then B2 ... else anyOf(B1..Bn)}. */
    private ObjectNode discriminate(JsonNode schema, ArrayNode branches) {
        String property = schema.path("discriminator").path("propertyName").asText();
        Map<String, String> valueToRef = new TreeMap<>();
        schema.path("discriminator").path("mapping").fields()
                .forEachRemaining(e -> valueToRef.put(e.getKey(), e.getValue().asText()));
        if (valueToRef.isEmpty()) {
            schema.get("oneOf").forEach(member -> {
                String name = LocalRefs.schemaName(member.path("$ref").asText());
                if (name != null) {
                    valueToRef.put(name, member.get("$ref").asText());
                }
            });
        }
        ObjectNode fallback = nodes.objectNode();
        fallback.set("anyOf", branches.deepCopy());
        ObjectNode chain = fallback;
        List<Map.Entry<String, String>> entries = List.copyOf(valueToRef.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map.Entry<String, String> entry = entries.get(i);
            ObjectNode condition = nodes.objectNode();
            condition.putObject("properties").putObject(property).put("const", entry.getKey());
            condition.putArray("required").add(property);
            ObjectNode step = nodes.objectNode();
            step.set("if", condition);
            step.set("then", nodes.objectNode().put("$ref", "#/$defs/" + LocalRefs.schemaName(entry.getValue())));
            step.set("else", chain);
            chain = step;
        }
        return chain;
    }

    private void convertExclusiveBounds(JsonNode schema, ObjectNode out) {
        if (schema.path("exclusiveMinimum").asBoolean(false) && schema.has("minimum")) {
            out.set("exclusiveMinimum", schema.get("minimum"));
            out.remove("minimum");
        }
        if (schema.path("exclusiveMaximum").asBoolean(false) && schema.has("maximum")) {
            out.set("exclusiveMaximum", schema.get("maximum"));
            out.remove("maximum");
        }
    }

    private JsonNode applyNullable(JsonNode schema, ObjectNode out) {
        if (!schema.path("nullable").asBoolean(false)) {
            return out;
        }
        JsonNode enumeration = out.get("enum");
        if (enumeration != null && !containsNull(enumeration)) {
            ((ArrayNode) enumeration).addNull();
        }
        JsonNode type = out.get("type");
        if (type != null && type.isTextual()) {
            out.putArray("type").add(type.asText()).add("null");
            return out;
        }
        if (type == null && enumeration == null) {
            ObjectNode wrapper = nodes.objectNode();
            wrapper.putArray("anyOf").add(out).add(nodes.objectNode().put("type", "null"));
            return wrapper;
        }
        return out;
    }

    private static boolean containsNull(JsonNode array) {
        for (JsonNode value : array) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private boolean isForbidden(JsonNode property, SchemaView view) {
        String flag = view == SchemaView.REQUEST ? "readOnly" : "writeOnly";
        if (property.path(flag).asBoolean(false)) {
            return true;
        }
        if (property.has("$ref")) {
            return LocalRefs.deref(spec, property).path(flag).asBoolean(false);
        }
        return false;
    }
}
