package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.exchange.Body;
import java.io.UncheckedIOException;

/**
 * A request or response body of a pact interaction.
 *
 * @param bytes the body as it would be sent: a JSON value serialized, a string as its UTF-8 text, a
 *     base64-encoded V4 body decoded
 * @param contentType the V4 {@code contentType}, or {@code null} (then the headers say it, if anything)
 * @param json the body as JSON when it is JSON (for the matchers), else {@code null}
 */
public record PactBody(Body bytes, String contentType, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A JSON body, its bytes the JSON serialized.
     *
     * @throws UncheckedIOException if the JSON cannot be serialized
     */
    public static PactBody json(JsonNode content, String contentType) {
        try {
            return new PactBody(Body.wrap(JSON.writeValueAsBytes(content)), contentType, content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
