package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.HttpHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The request of a pact interaction.
 *
 * @param method the HTTP method, upper case
 * @param path the path as the pact writes it (relative to the provider's base URL, or a full path)
 * @param query the query ({@link PactQuery#none()} when there is none)
 * @param headers the headers as the pact names them, in file order (use {@link #httpHeaders()} to look one up)
 * @param body the body, or {@code null} when the pact does not specify one
 * @param pathExpression the path with {@code ${name}} where a provider state gives the value (the
 *     {@code ProviderState} generator of the path), or {@code null}
 */
public record PactRequest(String method, String path, PactQuery query, Map<String, List<String>> headers, PactBody body,
        String pathExpression) {

    public PactRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? PactQuery.none() : query;
        headers = copy(headers);
    }

    /** The path with its query string: {@code /chats/search?q=x}. */
    public String target() {
        return query.text().isEmpty() ? path : path + "?" + query.text();
    }

    /** The headers, names without case; with the V4 body's content type as the Content-Type when the headers have none. */
    public HttpHeaders httpHeaders() {
        return withContentType(new HttpHeaders(headers), body);
    }

    /** The Content-Type: the V4 body's own, else the header. */
    public String contentType() {
        return contentType(body, headers);
    }

    static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        return Collections.unmodifiableMap(copy);
    }

    static HttpHeaders withContentType(HttpHeaders headers, PactBody body) {
        if (body == null || body.contentType() == null || headers.first("content-type").isPresent()) {
            return headers;
        }
        return headers.with("Content-Type", body.contentType());
    }

    static String contentType(PactBody body, Map<String, List<String>> headers) {
        return body != null && body.contentType() != null ? body.contentType()
                : new HttpHeaders(headers).first("content-type").orElse(null);
    }
}
