package dev.chatcontracts.openapi.model;

import dev.chatcontracts.openapi.output.JsonOutput;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.model.SpecException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lists the operations of a spec in document order (paths as written, methods as written inside each). */
public final class SpecOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private SpecOperations() {
    }

    /**
     * Every operation of the spec.
     *
     * @throws SpecException if an operation has no {@code operationId}, one that is not safe as a file
     *     name ({@code [A-Za-z0-9._-]}), or one used twice
     */
    public static List<ApiOperation> list(LoadedSpec spec) {
        JsonNode tree = spec.tree();
        List<ApiOperation> operations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        tree.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = LocalRefs.deref(tree, path.getValue());
            item.fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    String pointer = "/paths/" + path.getKey().replace("~", "~0").replace("/", "~1") + "/" + entry.getKey();
                    ApiOperation operation = operation(spec, path.getKey(), item, entry.getKey(), entry.getValue(), pointer);
                    if (!ids.add(operation.operationId())) {
                        throw new SpecException("spec.operation.duplicateId", spec.location() + "#" + pointer,
                                "operationId " + operation.operationId() + " is used twice");
                    }
                    operations.add(operation);
                }
            });
        });
        return operations;
    }

    private static ApiOperation operation(LoadedSpec spec, String path, JsonNode item, String method, JsonNode node, String pointer) {
        JsonNode tree = spec.tree();
        String operationId = node.path("operationId").asText("");
        if (!JsonOutput.isSafeName(operationId)) {
            throw new SpecException("spec.operation.id", spec.location() + "#" + pointer, operationId.isEmpty()
                    ? "the operation has no operationId; generated files are named after it"
                    : "operationId '" + operationId + "' is not usable as a file name (letters, digits, '.', '_', '-')");
        }
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        JsonNode body = node.has("requestBody") ? LocalRefs.deref(tree, node.get("requestBody")) : null;
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        node.path("responses").fields().forEachRemaining(r -> responses.put(r.getKey(), LocalRefs.deref(tree, r.getValue())));
        return new ApiOperation(spec.name(), operationId, method.toUpperCase(Locale.ROOT), path, tags, pointer,
                parameters(tree, item, node), body, responses);
    }

    /** Path-item parameters overridden by operation parameters of the same name and location. */
    private static List<JsonNode> parameters(JsonNode tree, JsonNode item, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode level : List.of(item.path("parameters"), operation.path("parameters"))) {
            level.forEach(p -> {
                JsonNode resolved = LocalRefs.deref(tree, p);
                byKey.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            });
        }
        return new ArrayList<>(byKey.values());
    }
}
