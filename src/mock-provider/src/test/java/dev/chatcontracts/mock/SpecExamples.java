package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the documented-examples mode must serve, read by the test from the spec tree: the success response's
 * first (or named) example; a {@code $ref} to {@code components/examples/<name>} is served from
 * {@code components/x-documented-examples/<name>} when that exists (the documentation's verbatim, wrong example).
 */
final class SpecExamples {

    private SpecExamples() {
    }

    static JsonNode documented(Vendor vendor, String operationId, String exampleKey) {
        JsonNode spec = SpecTrees.of(vendor);
        JsonNode responses = SpecTrees.operation(spec, operationId).operation().get("responses");
        String success = responses.properties().stream().map(java.util.Map.Entry::getKey)
                .filter(code -> code.startsWith("2")).findFirst().orElseThrow();
        JsonNode examples = responses.get(success).get("content").get("application/json").get("examples");
        JsonNode entry = exampleKey != null ? examples.get(exampleKey) : examples.elements().next();
        String name = entry.get("$ref").asText().substring("#/components/examples/".length());
        JsonNode verbatim = spec.path("components").path("x-documented-examples").path(name);
        return verbatim.has("value") ? verbatim.get("value") : spec.get("components").get("examples").get(name).get("value");
    }
}
