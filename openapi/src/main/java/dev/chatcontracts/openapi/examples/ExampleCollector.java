package dev.chatcontracts.openapi.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.model.SpecException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every named example of every request and response body of a spec, in document order. An
 * example the documentation got wrong is read from {@code components/x-documented-examples} (its
 * verbatim value and {@code x-violates}) with the media type's example as its corrected copy; an
 * example without such a copy may carry {@code x-violates} itself.
 */
public final class ExampleCollector {

    /** Where a spec keeps the documentation's verbatim examples that break it. */
    public static final String DOCUMENTED_EXAMPLES = "x-documented-examples";

    private static final String EXAMPLES = "#/components/examples/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** All body examples of the spec. */
    public List<DocumentedExample> collect(LoadedSpec spec) {
        JsonNode tree = spec.tree();
        List<DocumentedExample> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = tree.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String pointer = "/paths/" + escape(path.getKey()) + "/" + op.getKey();
                    collectOperation(tree, op.getValue(), pointer, examples);
                }
            }
        }
        return examples;
    }

    private void collectOperation(JsonNode tree, JsonNode operation, String pointer, List<DocumentedExample> out) {
        String operationId = operation.path("operationId").asText(pointer);
        if (operation.has("requestBody")) {
            JsonNode body = LocalRefs.deref(tree, operation.get("requestBody"));
            collectContent(tree, body.path("content"), operationId, Direction.REQUEST, null, pointer + "/requestBody", out);
        }
        for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields(); responses.hasNext(); ) {
            Map.Entry<String, JsonNode> response = responses.next();
            JsonNode resolved = LocalRefs.deref(tree, response.getValue());
            collectContent(tree, resolved.path("content"), operationId, Direction.RESPONSE, response.getKey(),
                    pointer + "/responses/" + response.getKey(), out);
        }
    }

    private void collectContent(JsonNode tree, JsonNode content, String operationId, Direction direction, String status,
            String pointer, List<DocumentedExample> out) {
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode schema = type.getValue().get("schema");
            for (Iterator<Map.Entry<String, JsonNode>> named = type.getValue().path("examples").fields(); named.hasNext(); ) {
                Map.Entry<String, JsonNode> example = named.next();
                String location = pointer + "/content/" + escape(type.getKey()) + "/examples/" + example.getKey();
                JsonNode resolved = LocalRefs.deref(tree, example.getValue());
                if (!resolved.has("value")) {
                    throw new SpecException("spec.example.noValue", location, "an example needs a value (externalValue is not read)");
                }
                if (schema == null) {
                    throw new SpecException("spec.example.noSchema", location, "the media type has examples but no schema");
                }
                JsonNode documented = documentedCopy(tree, example.getValue());
                if (documented == null) {
                    out.add(new DocumentedExample(operationId, direction, status, type.getKey(), example.getKey(), location,
                            resolved.get("value"), schema, violations(resolved)));
                } else {
                    if (!documented.has("value")) {
                        throw new SpecException("spec.example.noValue", location, "the documented example needs a value");
                    }
                    out.add(new DocumentedExample(operationId, direction, status, type.getKey(), example.getKey(), location,
                            documented.get("value"), schema, violations(documented), resolved.get("value")));
                }
            }
        }
    }

    /**
     * The documentation's verbatim example kept apart from the media type's corrected one:
     * {@code #/components/x-documented-examples/X} for a reference to {@code #/components/examples/X};
     * {@code null} when there is none.
     */
    private static JsonNode documentedCopy(JsonNode tree, JsonNode example) {
        String ref = example.path("$ref").asText("");
        if (!ref.startsWith(EXAMPLES)) {
            return null;
        }
        JsonNode documented = tree.path("components").path(DOCUMENTED_EXAMPLES).path(ref.substring(EXAMPLES.length()));
        return documented.isObject() ? documented : null;
    }

    private static List<DeclaredViolation> violations(JsonNode example) {
        List<DeclaredViolation> declared = new ArrayList<>();
        example.path("x-violates").forEach(v -> declared.add(
                new DeclaredViolation(v.path("discrepancy").asText(), v.path("pointer").asText())));
        return declared;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
