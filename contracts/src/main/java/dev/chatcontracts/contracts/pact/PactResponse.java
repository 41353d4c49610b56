package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * The response a pact interaction expects.
 *
 * @param status the status code
 * @param headers the headers as the pact names them, in file order (use {@link #httpHeaders()} to look one up)
 * @param body the body, or {@code null} when the pact does not specify one (any body will do)
 * @param bodyRules the body's matching rules, in file order
 */
public record PactResponse(int status, Map<String, List<String>> headers, PactBody body, List<MatchingRule> bodyRules) {

    public PactResponse {
        headers = PactRequest.copy(headers);
        bodyRules = List.copyOf(bodyRules);
    }

    /** The headers, names without case; with the V4 body's content type as the Content-Type when the headers have none. */
    public HttpHeaders httpHeaders() {
        return PactRequest.withContentType(new HttpHeaders(headers), body);
    }

    /** The Content-Type: the V4 body's own, else the header. */
    public String contentType() {
        return PactRequest.contentType(body, headers);
    }
}
