package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.HttpHeaders;
import java.util.Objects;

/**
 * The request of a pact interaction.
 *
 * @param method the HTTP method, upper case
 * @param path the path as the pact writes it (relative to the provider's base URL, or a full path)
 * @param query the query string without {@code ?}, already encoded; {@code ""} when there is none
 * @param headers the request headers
 * @param body the body, or {@code null} when the pact does not specify one
 */
public record PactRequest(String method, String path, String query, HttpHeaders headers, PactBody body) {

    public PactRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        headers = headers == null ? HttpHeaders.none() : headers;
    }

    /** The path with its query string: {@code /chats/search?q=x}. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The Content-Type: the V4 body's own, else the header. */
    public String contentType() {
        return body != null && body.contentType() != null ? body.contentType() : headers.first("content-type").orElse(null);
    }
}
