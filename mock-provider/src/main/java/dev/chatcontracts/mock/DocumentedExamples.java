package dev.chatcontracts.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The "documented examples" mode: every operation answers with the vendor documentation's own example,
 * verbatim (resources {@code dev/chatcontracts/mock/documented/<operationId>.json}), with the documented
 * status and headers, whatever the request and the state. This lets a harness show where the vendor's
 * examples break its own field tables (e.g. {@code "unread": 0}, {@code "next_url": "null"},
 * {@code "enabled": 1}, an integer visitor id). The only edit to the captured text: the Agents examples'
 * {@code ...} elisions (and the comma before them) are removed, since they are not JSON.
 */
final class DocumentedExamples {

    static final String RESOURCE_DIRECTORY = "/dev/chatcontracts/mock/documented/";
    static final String LIST_CHATS_BY_IDS = "listChatsByIds";

    private final Map<Operation, byte[]> examples = new EnumMap<>(Operation.class);
    private final byte[] listChatsByIds;

    DocumentedExamples() {
        for (Operation operation : Operation.values()) {
            if (operation.documentedStatus() != 204) {
                examples.put(operation, load(operation.id()));
            }
        }
        listChatsByIds = load(LIST_CHATS_BY_IDS);
    }

    ApiResponse responseFor(ApiRequest request) {
        Operation operation = request.operation();
        if (operation.documentedStatus() == 204) {
            return ApiResponse.noContent();
        }
        boolean byIds = operation == Operation.LIST_CHATS && request.query().has("ids");
        byte[] body = byIds ? listChatsByIds : examples.get(operation);
        ApiResponse response = new ApiResponse(operation.documentedStatus(), new RawJson(body), Map.of());
        if (operation == Operation.LIST_AGENTS) {
            response = response.withHeader("X-Next-Page", "/api/v2/agents?since_id=9&limit=2")
                    .withHeader("X-Previous-Page", "/api/v2/agents?max_id=4&limit=2");
        }
        return response;
    }

    /** The verbatim example of an operation id (or {@value #LIST_CHATS_BY_IDS}), for tests and tools. */
    static byte[] load(String name) {
        String path = RESOURCE_DIRECTORY + name + ".json";
        try (InputStream in = DocumentedExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing documented example " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
