package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The "documented examples" mode: every operation answers with the vendor documentation's own example,
 * verbatim, read from the bundled spec, with the documented status and headers, whatever the request and the
 * state. This lets a harness show where the vendor's examples break its own field tables (e.g.
 * {@code "unread": 0}, {@code "next_url": "null"}, {@code "enabled": 1}, an integer visitor id).
 *
 * <p>Which example: the first of the success response's media type {@code examples} (or its {@code example});
 * for List Chats with {@code ids}, the one named {@value #LIST_CHATS_BY_IDS}. An example that refers to
 * {@code #/components/examples/<name>} is served from {@code components/x-documented-examples/<name>} when the
 * spec keeps the documentation's wrong example there (and a corrected copy under {@code examples}), else from
 * {@code components/examples/<name>}. The examples are read once per JVM.
 */
final class DocumentedExamples {

    static final String LIST_CHATS_BY_IDS = "listChatsByIds";
    static final String DOCUMENTED_EXAMPLES = "x-documented-examples";

    private static volatile Bodies bodies;

    private final Bodies served;

    DocumentedExamples() {
        served = bodies();
    }

    ApiResponse responseFor(ApiRequest request) {
        Operation operation = request.operation();
        if (operation.documentedStatus() == 204) {
            return ApiResponse.noContent();
        }
        boolean byIds = operation == Operation.LIST_CHATS && request.query().has("ids");
        byte[] body = byIds ? served.listChatsByIds() : served.byOperation().get(operation);
        ApiResponse response = new ApiResponse(operation.documentedStatus(), new RawJson(body), Map.of());
        if (operation == Operation.LIST_AGENTS) {
            response = response.withHeader("X-Next-Page", "/api/v2/agents?since_id=9&limit=2")
                    .withHeader("X-Previous-Page", "/api/v2/agents?max_id=4&limit=2");
        }
        return response;
    }

    /**
     * The documentation's example of an operation's answer.
     *
     * @param operation  the operation
     * @param exampleKey the key under the media type's {@code examples}, or null for the first
     * @return the example's value
     */
    static JsonNode example(Operation operation, String exampleKey) {
        return example(SpecDocument.of(operation), operation.id(), exampleKey);
    }

    /** The documentation's example of an operation's answer in a spec; {@code exampleKey} null for the first. */
    static JsonNode example(SpecDocument spec, String operationId, String exampleKey) {
        JsonNode media = spec.successMedia(operationId)
                .orElseThrow(() -> new IllegalStateException(operationId + " has no JSON answer in " + spec.location()));
        JsonNode examples = media.path("examples");
        if (exampleKey == null && !examples.isObject() && media.has("example")) {
            return media.get("example");
        }
        JsonNode entry = exampleKey != null ? examples.path(exampleKey) : first(examples);
        if (entry.isMissingNode()) {
            throw new IllegalStateException(operationId + " has no example " + (exampleKey == null ? "" : exampleKey + " ")
                    + "in " + spec.location());
        }
        if (entry.has("$ref")) {
            String ref = entry.get("$ref").asText();
            JsonNode verbatim = spec.root().path("components").path(DOCUMENTED_EXAMPLES).path(SpecDocument.refName(ref));
            if (verbatim.has("value")) {
                return verbatim.get("value");
            }
        }
        JsonNode value = spec.resolve(entry).path("value");
        if (value.isMissingNode()) {
            throw new IllegalStateException(operationId + "'s example has no value in " + spec.location());
        }
        return value;
    }

    private static JsonNode first(JsonNode examples) {
        Iterator<JsonNode> values = examples.elements();
        return values.hasNext() ? values.next() : examples.path("");
    }

    /** The serialised examples, read on first use and kept. */
    private static Bodies bodies() {
        Bodies loaded = bodies;
        if (loaded == null) {
            synchronized (DocumentedExamples.class) {
                loaded = bodies;
                if (loaded == null) {
                    Map<Operation, byte[]> byOperation = new EnumMap<>(Operation.class);
                    for (Operation operation : Operation.values()) {
                        if (operation.documentedStatus() != 204) {
                            byOperation.put(operation, Json.write(example(operation, null)));
                        }
                    }
                    loaded = new Bodies(byOperation, Json.write(example(Operation.LIST_CHATS, LIST_CHATS_BY_IDS)));
                    bodies = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The answers' bodies.
     *
     * @param byOperation    the example of every operation that answers with a body
     * @param listChatsByIds List Chats' example with {@code ids}
     */
    private record Bodies(Map<Operation, byte[]> byOperation, byte[] listChatsByIds) {
    }
}
