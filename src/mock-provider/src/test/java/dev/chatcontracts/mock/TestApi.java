package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: one base URL, one Authorization header, JSON bodies as text. */
final class TestApi {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final String authorization;

    private TestApi(HttpClient client, URI base, String authorization) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
    }

    /** Zendesk Chat under the current base path, as the owner (bearer token). */
    static TestApi zendesk(MockProvider mock) {
        return new TestApi(newClient(), mock.zendeskBaseUrl(), mock.credentials().bearerAuthorization());
    }

    /** Any base URL with any Authorization header. */
    static TestApi of(URI base, String authorization) {
        return new TestApi(newClient(), base, authorization);
    }

    /** Zoho SalesIQ, with the Zoho token. */
    static TestApi salesIq(MockProvider mock) {
        return new TestApi(newClient(), mock.salesIqBaseUrl(), mock.credentials().zohoAuthorization());
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same client with another Authorization header ({@code null}: none). */
    TestApi as(String newAuthorization) {
        return new TestApi(client, base, newAuthorization);
    }

    /** The same client against another base URL. */
    TestApi at(URI newBase) {
        return new TestApi(client, newBase, authorization);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply send(String method, String path, String json) {
        try {
            return sendOrFail(method, path, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and lets I/O failures (e.g. a dropped connection) through. */
    Reply sendOrFail(String method, String path, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * A response.
     *
     * @param status  the HTTP status
     * @param headers the response headers
     * @param body    the body text
     */
    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
