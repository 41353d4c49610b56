package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.HttpHeaders;
import java.util.List;

/**
 * The response a pact interaction expects.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body, or {@code null} when the pact does not specify one (any body will do)
 * @param bodyRules the body's matching rules, in file order
 */
public record PactResponse(int status, HttpHeaders headers, PactBody body, List<MatchingRule> bodyRules) {

    public PactResponse {
        headers = headers == null ? HttpHeaders.none() : headers;
        bodyRules = List.copyOf(bodyRules);
    }

    /** The Content-Type: the V4 body's own, else the header. */
    public String contentType() {
        return body != null && body.contentType() != null ? body.contentType() : headers.first("content-type").orElse(null);
    }
}
