package dev.chatcontracts.plugin.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares a spec for OpenAPI Generator without changing its meaning:
 *
 * <ul>
 *   <li>every {@code readOnly} property (on itself or through the component it references) gets a Jackson
 *       annotation that keeps it out of serialized request bodies while still reading it from responses
 *       ({@code JsonProperty.Access.WRITE_ONLY} in Jackson's terms);</li>
 *   <li>a {@code oneOf} without a discriminator becomes one type that Jackson can always read, because
 *       OpenAPI Generator's oneOf deserializer ignores {@code required} and so finds two matches: a
 *       oneOf of objects (List Chats' {@code ChatList} or {@code ChatDocs}) becomes one object with
 *       the properties of all branches, a oneOf of scalars with a string branch (a plan limit: a count
 *       or {@code "unlimited"}) becomes a string. Validation keeps the precise oneOf;</li>
 *   <li>operations outside the selected ids and tags are dropped.</li>
 * </ul>
 */
final class SpecPreparer {

    static final String READ_ONLY_ANNOTATION =
            "@com.fasterxml.jackson.annotation.JsonProperty(access = com.fasterxml.jackson.annotation.JsonProperty.Access.WRITE_ONLY)";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private SpecPreparer() {
    }

    static ObjectNode prepare(JsonNode spec, Set<String> operationIds, Set<String> tags) {
        ObjectNode copy = spec.deepCopy();
        annotateReadOnlyProperties(copy);
        mergeUndiscriminatedOneOfs(copy, copy);
        if (!operationIds.isEmpty() || !tags.isEmpty()) {
            keepOperations(copy, operationIds, tags);
        }
        return copy;
    }

    private static void annotateReadOnlyProperties(ObjectNode spec) {
        JsonNode schemas = spec.path("components").path("schemas");
        schemas.forEach(schema -> annotate(spec, schema));
    }

    private static void annotate(ObjectNode spec, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        JsonNode properties = schema.get("properties");
        if (properties instanceof ObjectNode props) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode value = property.getValue();
                boolean readOnly = value.path("readOnly").asBoolean(false)
                        || value.has("$ref") && LocalRefs.deref(spec, value).path("readOnly").asBoolean(false);
                if (readOnly) {
                    props.set(property.getKey(), annotated(value));
                }
                annotate(spec, value);
            }
        }
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(keyword).forEach(member -> annotate(spec, member));
        }
        annotate(spec, schema.path("items"));
    }

    /** A {@code $ref} ignores its siblings in OpenAPI 3.0, so a referenced type is wrapped in a one-member allOf. */
    private static ObjectNode annotated(JsonNode property) {
        ObjectNode out;
        if (property.has("$ref")) {
            out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            ArrayNode allOf = out.putArray("allOf");
            allOf.addObject().put("$ref", property.get("$ref").asText());
            out.put("readOnly", true);
        } else {
            out = property.deepCopy();
        }
        out.put("x-field-extra-annotation", READ_ONLY_ANNOTATION);
        return out;
    }

    private static void mergeUndiscriminatedOneOfs(ObjectNode spec, JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isObject() && value.has("oneOf") && !value.has("discriminator")) {
                    JsonNode merged = merged(spec, value);
                    if (merged != null) {
                        object.set(field.getKey(), merged);
                        continue;
                    }
                }
                mergeUndiscriminatedOneOfs(spec, value);
            }
        } else if (node.isArray()) {
            node.forEach(child -> mergeUndiscriminatedOneOfs(spec, child));
        }
    }

    /** The single type standing for an undiscriminated oneOf, or null to leave it as it is. */
    private static JsonNode merged(ObjectNode spec, JsonNode oneOf) {
        List<JsonNode> branches = new java.util.ArrayList<>();
        oneOf.get("oneOf").forEach(branch -> branches.add(LocalRefs.deref(spec, branch)));
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (oneOf.has("description")) {
            out.set("description", oneOf.get("description"));
        }
        if (branches.stream().allMatch(b -> b.path("type").asText().equals("object") && b.has("properties"))) {
            out.put("type", "object");
            ObjectNode properties = out.putObject("properties");
            branches.forEach(b -> b.get("properties").fields().forEachRemaining(p -> {
                if (!properties.has(p.getKey())) {
                    properties.set(p.getKey(), p.getValue().deepCopy());
                }
            }));
            return out;
        }
        boolean scalars = branches.stream().allMatch(b -> Set.of("string", "integer", "number", "boolean").contains(b.path("type").asText()));
        if (scalars && branches.stream().anyMatch(b -> b.path("type").asText().equals("string"))) {
            out.put("type", "string");
            return out;
        }
        return null;
    }

    private static void keepOperations(ObjectNode spec, Set<String> operationIds, Set<String> tags) {
        JsonNode paths = spec.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> pathIt = paths.fields(); pathIt.hasNext(); ) {
            ObjectNode pathItem = (ObjectNode) pathIt.next().getValue();
            for (Iterator<Map.Entry<String, JsonNode>> opIt = pathItem.fields(); opIt.hasNext(); ) {
                Map.Entry<String, JsonNode> op = opIt.next();
                if (METHODS.contains(op.getKey()) && !selected(op.getValue(), operationIds, tags)) {
                    opIt.remove();
                }
            }
            if (!hasOperation(pathItem)) {
                pathIt.remove();
            }
        }
    }

    private static boolean selected(JsonNode operation, Set<String> operationIds, Set<String> tags) {
        if (operationIds.contains(operation.path("operationId").asText())) {
            return true;
        }
        for (JsonNode tag : operation.path("tags")) {
            if (tags.contains(tag.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOperation(JsonNode pathItem) {
        for (Iterator<String> names = pathItem.fieldNames(); names.hasNext(); ) {
            if (METHODS.contains(names.next())) {
                return true;
            }
        }
        return false;
    }
}
