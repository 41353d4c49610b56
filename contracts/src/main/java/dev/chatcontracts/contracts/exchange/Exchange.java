package dev.chatcontracts.contracts.exchange;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP request and its response, as a client saw it or a capture recorded it.
 *
 * @param method the HTTP method, upper case ({@code GET})
 * @param url the absolute URL with its query string
 * @param requestHeaders the request's headers
 * @param requestBody the request body, or {@code null} when there is none
 * @param status the response status code
 * @param responseHeaders the response's headers
 * @param responseBody the response body, or {@code null} when there is none
 * @param source where a captured exchange came from, or {@code null}
 * @param duration how long the exchange took on the wire when it was made in this run (a recording
 *     client measures it), or {@code null}; a capture's recorded timings are not this run's
 */
public record Exchange(
        String method,
        String url,
        HttpHeaders requestHeaders,
        Body requestBody,
        int status,
        HttpHeaders responseHeaders,
        Body responseBody,
        ExchangeSource source,
        Duration duration) {

    public Exchange {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(url, "url");
        requestHeaders = requestHeaders == null ? HttpHeaders.none() : requestHeaders;
        responseHeaders = responseHeaders == null ? HttpHeaders.none() : responseHeaders;
    }

    /** An exchange without a duration. */
    public Exchange(String method, String url, HttpHeaders requestHeaders, Body requestBody, int status, HttpHeaders responseHeaders,
            Body responseBody, ExchangeSource source) {
        this(method, url, requestHeaders, requestBody, status, responseHeaders, responseBody, source, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this exchange's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().method(method).url(url).requestHeaders(requestHeaders).requestBody(requestBody)
                .status(status).responseHeaders(responseHeaders).responseBody(responseBody).source(source).duration(duration);
    }

    /** {@code GET https://…/agents/2 -> 200}; the URL as held, so redact first where it matters. */
    public String describe() {
        return method + " " + url + " -> " + status;
    }

    /** Builds an {@link Exchange}; {@code method}, {@code url} and {@code status} are required. */
    public static final class Builder {
        private String method;
        private String url;
        private HttpHeaders requestHeaders = HttpHeaders.none();
        private Body requestBody;
        private Integer status;
        private HttpHeaders responseHeaders = HttpHeaders.none();
        private Body responseBody;
        private ExchangeSource source;
        private Duration duration;

        private Builder() {
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder request(String method, String url) {
            return method(method).url(url);
        }

        public Builder requestHeaders(HttpHeaders headers) {
            this.requestHeaders = headers;
            return this;
        }

        public Builder requestHeader(String name, String value) {
            this.requestHeaders = requestHeaders.with(name, value);
            return this;
        }

        public Builder requestBody(Body body) {
            this.requestBody = body;
            return this;
        }

        /** A UTF-8 text request body. */
        public Builder requestBody(String text) {
            return requestBody(Body.ofText(text));
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder responseHeaders(HttpHeaders headers) {
            this.responseHeaders = headers;
            return this;
        }

        public Builder responseHeader(String name, String value) {
            this.responseHeaders = responseHeaders.with(name, value);
            return this;
        }

        public Builder responseBody(Body body) {
            this.responseBody = body;
            return this;
        }

        /** A UTF-8 text response body. */
        public Builder responseBody(String text) {
            return responseBody(Body.ofText(text));
        }

        public Builder source(ExchangeSource source) {
            this.source = source;
            return this;
        }

        /** How long the exchange took on the wire, when it was made in this run. */
        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        public Exchange build() {
            if (status == null) {
                throw new IllegalStateException("an exchange needs a response status");
            }
            return new Exchange(method, url, requestHeaders, requestBody, status, responseHeaders, responseBody, source, duration);
        }
    }
}
