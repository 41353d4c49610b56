package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sidecar {@code <name>.meta.json} next to a captured response {@code <name>.json}: which request
 * the response answered and with what status.
 *
 * <pre>{@code
 * {"operationId": "listChats", "status": 200}
 * {"method": "PUT", "url": "https://acme.zendesk.com/api/v2/chat/chats/1", "status": 200,
 *  "contentType": "application/json", "requestBody": {"tags": ["vip"]}}
 * }</pre>
 *
 * @param operationId the operation, when no URL is given
 * @param method the request method (with {@code url})
 * @param url the request URL (wins over {@code operationId})
 * @param status the response status (required)
 * @param contentType the response's media type; {@code application/json} when absent
 * @param requestBody the request body sent, as JSON, or null
 */
public record Sidecar(String operationId, String method, String url, int status, String contentType, JsonNode requestBody) {

    /** The suffix of a sidecar file. */
    public static final String SUFFIX = ".meta.json";

    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;
    private static final JsonFactory PARSERS = BodyParser.limitedFactory(64, (int) MAX_SIDECAR_BYTES);

    /** The sidecar of a response file: {@code chats.json} has {@code chats.meta.json}. */
    public static Path of(Path responseFile) {
        String name = responseFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return responseFile.resolveSibling(base + SUFFIX);
    }

    /** Reads a sidecar; the exception's message says what is wrong. */
    public static Sidecar read(Path file) throws IOException {
        if (Files.size(file) > MAX_SIDECAR_BYTES) {
            throw new IOException("the sidecar is larger than 1 MB");
        }
        JsonNode meta;
        try (java.io.InputStream in = Files.newInputStream(file); JsonParser parser = PARSERS.createParser(in)) {
            meta = JsonTrees.read(parser);
            if (meta != null && parser.nextToken() != null) {
                throw new IOException("the sidecar has content after its JSON object");
            }
        }
        if (meta == null || !meta.isObject()) {
            throw new IOException("the sidecar is not a JSON object");
        }
        if (!meta.path("status").canConvertToInt() || !meta.path("status").isIntegralNumber()) {
            throw new IOException("the sidecar has no integer \"status\"");
        }
        String url = text(meta, "url");
        String method = text(meta, "method");
        String operationId = text(meta, "operationId");
        if (url == null && operationId == null) {
            throw new IOException("the sidecar names neither \"operationId\" nor \"method\" and \"url\"");
        }
        if (url != null && method == null) {
            throw new IOException("the sidecar has a \"url\" but no \"method\"");
        }
        return new Sidecar(operationId, method, url, meta.get("status").asInt(), text(meta, "contentType"),
                meta.get("requestBody"));
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
