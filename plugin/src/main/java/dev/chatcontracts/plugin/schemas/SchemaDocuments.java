package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.model.ApiOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema documents of one spec, keyed by resource name (see {@link SchemaResources}), each
 * with its {@code $id}; and the spec's entries of the index.
 */
final class SchemaDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LoadedSpec spec;
    private final JsonSchemaConverter converter;

    SchemaDocuments(LoadedSpec spec) {
        this.spec = spec;
        this.converter = new JsonSchemaConverter(spec.tree());
    }

    /**
     * The component schemas, both views, in spec order. With {@code allComponents} false only the
     * components the operations' bodies reach are included.
     */
    Map<String, ObjectNode> components(List<ApiOperation> operations, boolean allComponents) {
        Set<String> reached = allComponents ? null : reachedComponents(operations);
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        spec.tree().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (reached == null || reached.contains(name)) {
                for (SchemaView view : SchemaView.values()) {
                    ObjectNode document = converter.component(name, view);
                    documents.put(SchemaResources.component(spec.name(), view, name),
                            withId(document, SchemaResources.componentId(spec.name(), view, name), null));
                }
            }
        });
        return documents;
    }

    /** The request and response body schemas of the operations, in spec order. */
    Map<String, ObjectNode> operations(List<ApiOperation> operations) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        for (ApiOperation operation : operations) {
            String id = operation.operationId();
            operation.requestSchema().ifPresent(schema -> documents.put(SchemaResources.request(spec.name(), id),
                    withId(converter.document(schema, SchemaView.REQUEST), SchemaResources.requestId(spec.name(), id),
                            id + " request body")));
            operation.responseSchemas().forEach((status, schema) -> documents.put(SchemaResources.response(spec.name(), id, status),
                    withId(converter.document(schema, SchemaView.RESPONSE), SchemaResources.responseId(spec.name(), id, status),
                            id + " " + status + " response body")));
        }
        return documents;
    }

    /** One index entry: spec, method, path, the request schema resource and status to response schema resource. */
    ObjectNode indexEntry(ApiOperation operation) {
        ObjectNode entry = NODES.objectNode();
        entry.put("spec", spec.name());
        entry.put("method", operation.method());
        entry.put("path", operation.path());
        operation.requestSchema().ifPresent(s -> entry.put("request", SchemaResources.request(spec.name(), operation.operationId())));
        ObjectNode responses = entry.putObject("responses");
        operation.responseSchemas().keySet().forEach(status ->
                responses.put(status, SchemaResources.response(spec.name(), operation.operationId(), status)));
        return entry;
    }

    /** {@code $schema}, {@code $id} and the title ({@code title}, else the document's own) first, then the document. */
    private static ObjectNode withId(ObjectNode document, String id, String title) {
        ObjectNode out = NODES.objectNode();
        out.set("$schema", document.get("$schema"));
        out.put("$id", id);
        if (title != null) {
            out.put("title", title);
        } else if (document.has("title")) {
            out.set("title", document.get("title"));
        }
        document.fields().forEachRemaining(field -> {
            if (!out.has(field.getKey())) {
                out.set(field.getKey(), field.getValue());
            }
        });
        return out;
    }

    /** The components referenced, directly or through other components, by the operations' body schemas. */
    private Set<String> reachedComponents(List<ApiOperation> operations) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        operations.forEach(operation -> {
            operation.requestSchema().ifPresent(pending::add);
            pending.addAll(operation.responseSchemas().values());
        });
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            String name = node.has("$ref") ? LocalRefs.schemaName(node.get("$ref").asText()) : null;
            if (name != null && reached.add(name)) {
                pending.add(LocalRefs.resolve(spec.tree(), LocalRefs.schemaRef(name)));
            }
            node.elements().forEachRemaining(pending::add);
        }
        return reached;
    }
}
