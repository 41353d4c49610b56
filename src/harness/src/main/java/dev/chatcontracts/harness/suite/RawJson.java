package dev.chatcontracts.harness.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Plain JSON calls through a generated client's recording {@link HttpClient}, base URL and credentials: the
 * snapshots and restores of the suite, which must send exactly the old values back, {@code null} included
 * (the typed models leave a null out).
 */
final class RawJson {

    /** A status and a JSON body ({@code null} when there is none or it is not JSON). */
    record Answer(int status, JsonNode body) {

        JsonNode require(String what) throws IOException {
            if (status / 100 != 2 || body == null) {
                throw new IOException(what + " answered " + status);
            }
            return body;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final Consumer<HttpRequest.Builder> authentication;
    private final Duration timeout;

    RawJson(HttpClient http, String base, Consumer<HttpRequest.Builder> authentication, Duration timeout) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authentication = authentication;
        this.timeout = timeout;
    }

    static RawJson of(dev.chatcontracts.harness.client.zendeskchat.ApiClient client) {
        return new RawJson(client.getHttpClient(), client.getBaseUri(), client.getRequestInterceptor(),
                client.getReadTimeout() == null ? Duration.ofSeconds(30) : client.getReadTimeout());
    }

    static RawJson of(dev.chatcontracts.harness.client.zohosalesiq.ApiClient client) {
        return new RawJson(client.getHttpClient(), client.getBaseUri(), client.getRequestInterceptor(),
                client.getReadTimeout() == null ? Duration.ofSeconds(30) : client.getReadTimeout());
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Answer put(String path, JsonNode body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null);
    }

    /** Sends without credentials: the 401 the documentation promises. */
    Answer getWithoutCredentials(String path) throws IOException, InterruptedException {
        return send("GET", path, null, false);
    }

    /** The same calls with other credentials (a plain agent's, for the documented 403). */
    RawJson as(Consumer<HttpRequest.Builder> otherAuthentication) {
        return new RawJson(http, base, otherAuthentication, timeout);
    }

    private Answer send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        return send(method, path, body, true);
    }

    private Answer send(String method, String path, JsonNode body, boolean credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials && authentication != null) {
            authentication.accept(request);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = null;
        }
        return new Answer(response.statusCode(), json);
    }
}
