package dev.chatcontracts.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one Jackson mapper of the mock (snake_case records, strict parsing) and small JSON helpers. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Parses a request body; anything that is not one well-formed JSON document is a 400. */
    static JsonNode parseRequestBody(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty: a JSON object is required");
        }
        // strict UTF-8 first: Jackson would accept overlong forms and encoded surrogates
        String text = Utf8.decodeOrNull(body);
        if (text == null) {
            throw ApiException.badRequest("The request body is not valid UTF-8 (JSON must be UTF-8)");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("The request body is empty: a JSON object is required");
            }
            return node;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Serialises a value (record, tree or map) to UTF-8 JSON. */
    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts a value (e.g. a record) to a JSON tree. */
    static ObjectNode toObject(Object value) {
        return MAPPER.valueToTree(value);
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The text of a string field, or the fallback when the field is absent, null or not a string. */
    static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
