package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.exchange.Body;

/**
 * A request or response body of a pact interaction.
 *
 * @param bytes the body as it would be sent: a JSON value serialized, a string as its UTF-8 text, a
 *     base64-encoded V4 body decoded
 * @param contentType the V4 {@code contentType}, or {@code null} (then the headers say it, if anything)
 * @param json the body as JSON when it is JSON (for the matchers), else {@code null}
 */
public record PactBody(Body bytes, String contentType, JsonNode json) {
}
