package dev.chatcontracts.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What any HTTP client needs to talk to a contract target and have its exchanges checked: recording
 * {@link HttpClient}s (every exchange goes into the {@link ExchangeRecorder}, every request spends the
 * {@link RequestBudget}), the target's base URLs, and request interceptors that authenticate.
 *
 * <p>It works with the client the Maven plugin generates in any package, and with a plain
 * {@code java.net.http.HttpClient}:
 *
 * <pre>{@code
 * ApiClient client = new ApiClient(http.recordingHttpClientBuilder(), ApiClient.createDefaultObjectMapper(),
 *         http.zendeskBaseUrl().toString());
 * client.setRequestInterceptor(http.zendeskAuthentication());
 *
 * HttpResponse<String> agents = http.httpClient().send(http.zendeskRequest("/agents").build(), BodyHandlers.ofString());
 * }</pre>
 *
 * <p>The JUnit 5 extension gives each test its own instance (its own recorder): keep neither it nor
 * the clients it built beyond the test. Credentials stay inside the interceptors; {@link #toString()}
 * names the target only.
 */
public final class ContractHttp {

    private final ContractTarget target;
    private final ExchangeRecorder recorder;
    private final RequestBudget budget;
    private HttpClient httpClient;

    /**
     * @param target where the requests go, and their credentials
     * @param recorder where every exchange is recorded
     * @param budget spent by every request (share one per target to keep a real account under its limit)
     */
    public ContractHttp(ContractTarget target, ExchangeRecorder recorder, RequestBudget budget) {
        this.target = Objects.requireNonNull(target, "target");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * A new {@link HttpClient.Builder} on {@link HttpClient#newBuilder()} whose clients record every
     * exchange and spend the request budget; for the generated {@code ApiClient(HttpClient.Builder,
     * ObjectMapper, String)} constructor, or to build a plain client with settings of your own.
     */
    public HttpClient.Builder recordingHttpClientBuilder() {
        return recording(HttpClient.newBuilder());
    }

    /** {@code builder}, wrapped: the clients it builds record every exchange and spend the request budget. */
    public HttpClient.Builder recording(HttpClient.Builder builder) {
        return RecordingHttpClient.wrap(Objects.requireNonNull(builder, "builder"), recorder, budget, target.responseLimits());
    }

    /** A recording client with the JDK's defaults, the same one on every call. */
    public synchronized HttpClient httpClient() {
        if (httpClient == null) {
            httpClient = recordingHttpClientBuilder().build();
        }
        return httpClient;
    }

    /** The Zendesk Chat base URL, e.g. {@code https://acme.zendesk.com/api/v2/chat}, without a trailing slash. */
    public URI zendeskBaseUrl() {
        return target.zendeskBaseUrl();
    }

    /** The Zoho SalesIQ base URL, e.g. {@code https://salesiq.zoho.eu/api}, when the target has one. */
    public Optional<URI> salesIqBaseUrl() {
        return target.salesIqBaseUrl();
    }

    /** Sets the Zendesk {@code Authorization} header on a request: a generated client's request interceptor. */
    public Consumer<HttpRequest.Builder> zendeskAuthentication() {
        return target.zendeskAuthentication();
    }

    /** Sets the Zoho {@code Authorization} header ({@code Zoho-oauthtoken …}) on a request. */
    public Consumer<HttpRequest.Builder> zohoAuthentication() {
        return target.zohoAuthentication();
    }

    /** A request to {@link #zendeskBaseUrl()} + {@code path} (e.g. {@code "/agents?limit=2"}), authenticated. */
    public HttpRequest.Builder zendeskRequest(String path) {
        return request(zendeskBaseUrl(), path, zendeskAuthentication());
    }

    /**
     * A request to {@link #salesIqBaseUrl()} + {@code path}, authenticated.
     *
     * @throws IllegalStateException when the target has no SalesIQ base URL
     */
    public HttpRequest.Builder salesIqRequest(String path) {
        URI base = salesIqBaseUrl().orElseThrow(() -> new IllegalStateException("the target has no SalesIQ base URL"));
        return request(base, path, zohoAuthentication());
    }

    /** Where the exchanges of the clients built here are recorded. */
    public ExchangeRecorder recorder() {
        return recorder;
    }

    /** The target, its base URL and the number of exchanges recorded; never credentials. */
    @Override
    public String toString() {
        return "ContractHttp[" + target.describe() + ", " + recorder.size() + " exchanges recorded]";
    }

    private static HttpRequest.Builder request(URI base, String path, Consumer<HttpRequest.Builder> authentication) {
        Objects.requireNonNull(path, "path");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (path.isEmpty() || path.startsWith("/") ? path : "/" + path)));
        authentication.accept(request);
        return request;
    }
}
