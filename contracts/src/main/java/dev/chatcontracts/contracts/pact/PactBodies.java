package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.exchange.Body;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads the bodies of pact interactions. V2/V3: the body is the JSON value itself, a string its text
 * (as Pact JVM and Pact Rust read it). V4: {@code {"content", "contentType", "encoded"}}, where
 * {@code encoded} is {@code false}, {@code "base64"} (or {@code true}) or {@code "json"} (the content is
 * JSON text). A missing or {@code null} body is no body: the pact does not specify one.
 */
final class PactBodies {

    private final ObjectMapper mapper;

    PactBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body of a request or response, or {@code null}; {@code headerContentType} may be null. */
    PactBody read(JsonNode node, boolean v4, String headerContentType) throws Malformed {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (v4 && node.isObject() && (node.has("content") || node.has("contentType"))) {
            return v4Body(node, headerContentType);
        }
        return plain(node, null, headerContentType);
    }

    private PactBody v4Body(JsonNode node, String headerContentType) throws Malformed {
        JsonNode content = node.get("content");
        String contentType = node.hasNonNull("contentType") ? node.get("contentType").asText() : null;
        if (content == null || content.isNull()) {
            return null;
        }
        JsonNode encoded = node.path("encoded");
        boolean base64 = encoded.asBoolean(false) || "base64".equalsIgnoreCase(encoded.asText(""));
        if (!base64) {
            return plain(content, contentType, headerContentType);
        }
        if (!content.isTextual()) {
            throw new Malformed("a base64-encoded body whose content is not a string");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(content.asText().replaceAll("\\s", ""));
            return new PactBody(Body.wrap(bytes), contentType, json(new String(bytes, StandardCharsets.UTF_8),
                    contentType != null ? contentType : headerContentType));
        } catch (IllegalArgumentException e) {
            throw new Malformed("the body is not valid base64: " + e.getMessage());
        }
    }

    private PactBody plain(JsonNode content, String contentType, String headerContentType) throws Malformed {
        String effectiveType = contentType != null ? contentType : headerContentType;
        if (content.isTextual()) {
            return new PactBody(Body.ofText(content.asText()), contentType, json(content.asText(), effectiveType));
        }
        try {
            return PactBody.json(content, contentType);
        } catch (UncheckedIOException e) {
            throw new Malformed("the body cannot be written as JSON: " + e.getCause().getMessage());
        }
    }

    /** The text as JSON when the content type is JSON or unknown and it parses; else {@code null}. */
    private JsonNode json(String text, String contentType) {
        if (contentType != null && !DocumentedContent.isJson(contentType)) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** An interaction part that cannot be read. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
