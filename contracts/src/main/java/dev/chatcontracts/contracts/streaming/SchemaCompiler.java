package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.streaming.Applicators.Role;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a JSON Schema 2020-12 document into {@link SchemaNode}s. Every subschema is compiled once per
 * location; a {@code $ref} that is a subschema's only keyword (apart from annotations) is replaced by its
 * target, so that both report the target's location, as networknt does. Every {@code $defs} entry is
 * compiled, used or not, so that an unsupported keyword anywhere in the document is rejected.
 */
final class SchemaCompiler {

    private static final Set<String> DIALECTS = Set.of("https://json-schema.org/draft/2020-12/schema",
            "https://json-schema.org/draft/2020-12/schema#");
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "default", "deprecated",
            "readOnly", "writeOnly", "$comment");
    private static final Set<String> ASSERTIONS = Set.of("type", "enum", "const", "minLength", "maxLength", "pattern",
            "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "properties", "required",
            "additionalProperties", "minProperties", "maxProperties", "items", "minItems", "maxItems", "$ref", "allOf",
            "anyOf", "oneOf", "not", "if", "then", "else");

    private final JsonNode document;
    private final Map<String, SchemaNode> compiled = new HashMap<>();
    private final Set<String> resolvingReferences = new HashSet<>();

    private SchemaCompiler(JsonNode document) {
        this.document = document;
    }

    /** Compiles a whole document; its root is the schema. */
    static SchemaNode compileDocument(JsonNode document) {
        if (document == null || !document.isObject() && !document.isBoolean()) {
            throw new IllegalArgumentException("a JSON Schema document must be an object or a boolean");
        }
        JsonNode dialect = document.get("$schema");
        if (dialect != null && !(dialect.isTextual() && DIALECTS.contains(dialect.textValue()))) {
            throw invalid("$schema", "#", "must be the 2020-12 dialect, not " + dialect);
        }
        SchemaCompiler compiler = new SchemaCompiler(document);
        SchemaNode root = compiler.compile(document, "");
        InPlaceCycles.reject(compiler.compiled.values());
        return root;
    }

    static IllegalArgumentException invalid(String keyword, String location, String problem) {
        return new IllegalArgumentException("'" + keyword + "' at " + location + " " + problem);
    }

    private SchemaNode compile(JsonNode schema, String pointer) {
        SchemaNode known = compiled.get(pointer);
        if (known != null) {
            return known;
        }
        String location = "#" + pointer;
        if (schema.isBoolean()) {
            SchemaNode node = SchemaNode.booleanSchema(schema.booleanValue(), location);
            compiled.put(pointer, node);
            return node;
        }
        if (!schema.isObject()) {
            throw new IllegalArgumentException("the schema at " + location + " must be an object or a boolean, not " + schema);
        }
        checkKeywords(schema, pointer, location);
        compileDefinitions(schema, pointer);
        if (isOnlyReference(schema)) {
            return aliasOfReference(schema, pointer, location);
        }
        SchemaNode node = new SchemaNode(location);
        compiled.put(pointer, node);
        node.define(ValueRules.compile(schema, location), objectRules(schema, pointer, location),
                arrayRules(schema, pointer, location), applicators(schema, pointer, location));
        return node;
    }

    private void checkKeywords(JsonNode schema, String pointer, String location) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean known = ASSERTIONS.contains(name) || ANNOTATIONS.contains(name) || name.equals("$defs")
                    || name.startsWith("x-") || name.equals("$schema") && pointer.isEmpty();
            if (!known) {
                throw new IllegalArgumentException("unsupported keyword '" + name + "' at " + location
                        + ": the streaming validator checks nothing it does not implement");
            }
        }
    }

    private void compileDefinitions(JsonNode schema, String pointer) {
        JsonNode definitions = schema.get("$defs");
        if (definitions == null) {
            return;
        }
        if (!definitions.isObject()) {
            throw invalid("$defs", "#" + pointer, "must be an object");
        }
        definitions.properties().forEach(definition -> compile(definition.getValue(),
                pointer + "/$defs/" + InstancePath.escape(definition.getKey())));
    }

    private static boolean isOnlyReference(JsonNode schema) {
        if (!schema.has("$ref")) {
            return false;
        }
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (ASSERTIONS.contains(name) && !name.equals("$ref")) {
                return false;
            }
        }
        return true;
    }

    private SchemaNode aliasOfReference(JsonNode schema, String pointer, String location) {
        if (!resolvingReferences.add(pointer)) {
            throw invalid("$ref", location, "is a cycle of references that never reaches a schema");
        }
        SchemaNode target = reference(schema.get("$ref"), location);
        resolvingReferences.remove(pointer);
        compiled.put(pointer, target);
        return target;
    }

    private SchemaNode reference(JsonNode ref, String location) {
        if (!ref.isTextual() || !ref.textValue().startsWith("#")) {
            throw invalid("$ref", location, "must be a local reference (#/...): " + ref);
        }
        String fragment = URLDecoder.decode(ref.textValue().substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        JsonPointer target;
        try {
            target = JsonPointer.compile(fragment);
        } catch (IllegalArgumentException e) {
            throw invalid("$ref", location, "must be a JSON pointer (anchors are not supported): " + ref.textValue());
        }
        JsonNode schema = document.at(target);
        if (schema.isMissingNode()) {
            throw invalid("$ref", location, "points at nothing: " + ref.textValue());
        }
        return compile(schema, target.toString());
    }

    private ObjectRules objectRules(JsonNode schema, String pointer, String location) {
        if (!schema.has("properties") && !schema.has("required") && !schema.has("additionalProperties")
                && !schema.has("minProperties") && !schema.has("maxProperties")) {
            return null;
        }
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        JsonNode declared = schema.path("properties");
        if (!declared.isMissingNode() && !declared.isObject()) {
            throw invalid("properties", location, "must be an object");
        }
        declared.properties().forEach(property -> properties.put(property.getKey(),
                compile(property.getValue(), pointer + "/properties/" + InstancePath.escape(property.getKey()))));
        List<String> required = new ArrayList<>();
        JsonNode names = schema.path("required");
        if (!names.isMissingNode() && !names.isArray()) {
            throw invalid("required", location, "must be an array of names");
        }
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                throw invalid("required", location, "must list names");
            }
            required.add(name.textValue());
        }
        JsonNode additional = schema.get("additionalProperties");
        boolean forbidden = additional != null && additional.isBoolean() && !additional.booleanValue();
        SchemaNode additionalSchema = additional == null || forbidden ? null : compile(additional, pointer + "/additionalProperties");
        return new ObjectRules(location, properties, required, additionalSchema, forbidden,
                count(schema, "minProperties", location), count(schema, "maxProperties", location));
    }

    private ArrayRules arrayRules(JsonNode schema, String pointer, String location) {
        if (!schema.has("items") && !schema.has("minItems") && !schema.has("maxItems")) {
            return null;
        }
        JsonNode items = schema.get("items");
        if (items != null && !items.isObject() && !items.isBoolean()) {
            throw invalid("items", location, "must be a schema (use prefixItems for tuples, which is not supported)");
        }
        SchemaNode itemSchema = items == null ? null : compile(items, pointer + "/items");
        boolean forbidden = items != null && items.isBoolean() && !items.booleanValue();
        return new ArrayRules(location, itemSchema, forbidden, count(schema, "minItems", location), count(schema, "maxItems", location));
    }

    private Applicators applicators(JsonNode schema, String pointer, String location) {
        Applicators.Builder builder = new Applicators.Builder(location);
        if (schema.has("$ref")) {
            builder.add(Role.REF, reference(schema.get("$ref"), location));
        }
        addAll(builder, Role.ALL_OF, "allOf", schema, pointer, location);
        addAll(builder, Role.ANY_OF, "anyOf", schema, pointer, location);
        addAll(builder, Role.ONE_OF, "oneOf", schema, pointer, location);
        if (schema.has("not")) {
            builder.add(Role.NOT, compile(schema.get("not"), pointer + "/not"));
        }
        if (schema.has("if")) {
            builder.add(Role.IF, compile(schema.get("if"), pointer + "/if"));
            if (schema.has("then")) {
                builder.add(Role.THEN, compile(schema.get("then"), pointer + "/then"));
            }
            if (schema.has("else")) {
                builder.add(Role.ELSE, compile(schema.get("else"), pointer + "/else"));
            }
        }
        return builder.build();
    }

    private void addAll(Applicators.Builder builder, Role role, String keyword, JsonNode schema, String pointer, String location) {
        JsonNode members = schema.get(keyword);
        if (members == null) {
            return;
        }
        if (!members.isArray() || members.isEmpty()) {
            throw invalid(keyword, location, "must be a non-empty array of schemas");
        }
        for (int i = 0; i < members.size(); i++) {
            builder.add(role, compile(members.get(i), pointer + "/" + keyword + "/" + i));
        }
    }

    private static long count(JsonNode schema, String keyword, String location) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return -1;
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
            throw invalid(keyword, location, "must be a non-negative integer");
        }
        return value.asLong();
    }
}
