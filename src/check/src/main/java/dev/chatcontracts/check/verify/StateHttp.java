package dev.chatcontracts.check.verify;

import dev.chatcontracts.harness.BoundedExchange;
import dev.chatcontracts.harness.RequestBudget;
import dev.chatcontracts.harness.ResponseLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few calls the state handlers make to look resources up and create them, answers read within the target's limits; never logs. */
final class StateHttp {

    /** A status and body. */
    record Answer(int status, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final RequestBudget budget;
    private final ResponseLimits limits;

    StateHttp(RequestBudget budget, ResponseLimits limits) {
        this.budget = budget;
        this.limits = limits;
    }

    Answer get(ProviderEndpoint endpoint, String path) {
        return send(endpoint, path, "GET", HttpRequest.BodyPublishers.noBody());
    }

    Answer post(ProviderEndpoint endpoint, String path, String json) {
        return send(endpoint, path, "POST", HttpRequest.BodyPublishers.ofString(json));
    }

    Answer put(ProviderEndpoint endpoint, String path, String json) {
        return send(endpoint, path, "PUT", HttpRequest.BodyPublishers.ofString(json));
    }

    Answer delete(ProviderEndpoint endpoint, String path) {
        return send(endpoint, path, "DELETE", HttpRequest.BodyPublishers.noBody());
    }

    /** {@code POST} of a JSON body to an absolute URL, without credentials (a provider-state endpoint). */
    Answer postJson(URI url, String json) {
        return exchange(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A path segment, percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }

    private Answer send(ProviderEndpoint endpoint, String path, String method, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body);
        if (endpoint.authorization() != null) {
            request.header("Authorization", endpoint.authorization());
        }
        try {
            budget.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
        return exchange(request.build());
    }

    /** Sends; a failure to connect or read is status 0 with the reason, never an exception. */
    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = BoundedExchange.send(client, request, limits);
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(0, "no answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
