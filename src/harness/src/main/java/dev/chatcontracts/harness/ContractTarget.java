package dev.chatcontracts.harness;

import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.mock.MockProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where contracts run: the embedded mock provider (the default), or a real account whose base URLs
 * and credentials come from environment variables. Credentials are never printed: {@link #toString()}
 * and {@link #describe()} name the target and its base URL only. A base URL given with user info or a query
 * ({@code https://user:pass@host/api/v2/chat?token=...}) is used without them, and an invalid one is named with
 * its secrets masked ({@link Redactor}). Closing an embedded target stops its mock.
 *
 * <table>
 *   <caption>Environment of a real target</caption>
 *   <tr><td>{@code CHAT_CONTRACTS_ZENDESK_URL}</td><td>e.g. {@code https://acme.zendesk.com/api/v2/chat}; its presence selects a real target</td></tr>
 *   <tr><td>{@code CHAT_CONTRACTS_ZENDESK_TOKEN}</td><td>an OAuth token; or {@code CHAT_CONTRACTS_ZENDESK_EMAIL} and {@code CHAT_CONTRACTS_ZENDESK_PASSWORD}</td></tr>
 *   <tr><td>{@code CHAT_CONTRACTS_SALESIQ_URL}, {@code CHAT_CONTRACTS_SALESIQ_TOKEN}</td><td>optional: e.g. {@code https://salesiq.zoho.eu/api} and a Zoho OAuth token</td></tr>
 *   <tr><td>{@code CHAT_CONTRACTS_SALESIQ_SCREEN_NAME}, {@code CHAT_CONTRACTS_SALESIQ_CONVERSATION}</td><td>the portal and a conversation whose visitor may be updated</td></tr>
 *   <tr><td>{@code CHAT_CONTRACTS_ALLOW_WRITES}</td><td>{@code true} only for a sandbox account: enables creates, updates and deletes</td></tr>
 *   <tr><td>{@code CHAT_CONTRACTS_REQUESTS_PER_MINUTE}</td><td>the request budget, default 200 (Zendesk's limit an account)</td></tr>
 * </table>
 */
public final class ContractTarget implements AutoCloseable {

    public static final String ZENDESK_URL = "CHAT_CONTRACTS_ZENDESK_URL";
    public static final String ZENDESK_TOKEN = "CHAT_CONTRACTS_ZENDESK_TOKEN";
    public static final String ZENDESK_EMAIL = "CHAT_CONTRACTS_ZENDESK_EMAIL";
    public static final String ZENDESK_PASSWORD = "CHAT_CONTRACTS_ZENDESK_PASSWORD";
    public static final String SALESIQ_URL = "CHAT_CONTRACTS_SALESIQ_URL";
    public static final String SALESIQ_TOKEN = "CHAT_CONTRACTS_SALESIQ_TOKEN";
    public static final String SALESIQ_SCREEN_NAME = "CHAT_CONTRACTS_SALESIQ_SCREEN_NAME";
    public static final String SALESIQ_CONVERSATION = "CHAT_CONTRACTS_SALESIQ_CONVERSATION";
    public static final String ALLOW_WRITES = "CHAT_CONTRACTS_ALLOW_WRITES";
    public static final String REQUESTS_PER_MINUTE = "CHAT_CONTRACTS_REQUESTS_PER_MINUTE";
    /** The id of the visitor a run on a real account reuses (visitors cannot be deleted, so a run never creates one per run). */
    public static final String VISITOR_ID = "CHAT_CONTRACTS_VISITOR_ID";
    /** The name of the configured SalesIQ conversation's visitor, which a run puts back after updating it (SalesIQ cannot be read). */
    public static final String SALESIQ_VISITOR_NAME = "CHAT_CONTRACTS_SALESIQ_VISITOR_NAME";
    /** Credentials of an agent with the plain Agent role, for the documented 403 (optional). */
    public static final String AGENT_EMAIL = "CHAT_CONTRACTS_ZENDESK_AGENT_EMAIL";
    public static final String AGENT_PASSWORD = "CHAT_CONTRACTS_ZENDESK_AGENT_PASSWORD";
    /** The name that marks the visitor a run created as its own (its {@code external_id} is read-only). */
    public static final String RUN_VISITOR_NAME = "chat-contracts run visitor";

    /**
     * What a run on a real account reuses or needs to put things back.
     *
     * @param visitorId the run's own visitor ({@value #VISITOR_ID}), or null
     * @param salesIqVisitorName the SalesIQ visitor's name to put back ({@value #SALESIQ_VISITOR_NAME}), or null
     * @param agentRoleAuthorization an Authorization header of a plain agent, or null
     */
    public record RunResources(String visitorId, String salesIqVisitorName, String agentRoleAuthorization) {

        @Override
        public String toString() {
            return "RunResources[visitorId=" + visitorId + ", salesIqVisitorName=" + salesIqVisitorName + ", agentRole="
                    + (agentRoleAuthorization == null ? "none" : "set") + "]";
        }
    }

    /** The SalesIQ conversation whose visitor the suite updates. */
    public record SalesIqConversation(String screenName, String conversationId) {
    }

    private final String name;
    private final URI zendeskBaseUrl;
    private final URI salesIqBaseUrl;
    private final String zendeskAuthorization;
    private final String zohoAuthorization;
    private final SalesIqConversation conversation;
    private final boolean writesAllowed;
    private final int requestsPerMinute;
    private final MockProvider mock;
    private RunResources resources = new RunResources(null, null, null);
    private volatile ResponseLimits responseLimits = ResponseLimits.defaults();

    private ContractTarget(String name, URI zendeskBaseUrl, URI salesIqBaseUrl, String zendeskAuthorization, String zohoAuthorization,
            SalesIqConversation conversation, boolean writesAllowed, int requestsPerMinute, MockProvider mock) {
        this.name = name;
        this.zendeskBaseUrl = Objects.requireNonNull(zendeskBaseUrl, "zendeskBaseUrl");
        this.salesIqBaseUrl = salesIqBaseUrl;
        this.zendeskAuthorization = zendeskAuthorization;
        this.zohoAuthorization = zohoAuthorization;
        this.conversation = conversation;
        this.writesAllowed = writesAllowed;
        this.requestsPerMinute = requestsPerMinute;
        this.mock = mock;
    }

    /** Starts an embedded mock provider on an ephemeral port; writes are allowed, there is no request budget. */
    public static ContractTarget embeddedMock() {
        return of(MockProvider.start());
    }

    /** A target on a mock provider that the caller started (and closes). */
    public static ContractTarget of(MockProvider mock) {
        ContractTarget target = new ContractTarget("embedded mock provider at " + mock.baseUrl(), mock.zendeskBaseUrl(), mock.salesIqBaseUrl(),
                "Bearer " + mock.credentials().bearerToken(), "Zoho-oauthtoken " + mock.credentials().zohoToken(),
                new SalesIqConversation("zylkerinc", "666300030000479029"), true, 0, mock);
        target.resources = new RunResources(null, null, basic(mock.credentials().agentEmail(), mock.credentials().agentPassword()));
        return target;
    }

    /** A real target when {@value #ZENDESK_URL} is set in {@code environment}, else the embedded mock provider. */
    public static ContractTarget fromEnvironment(Map<String, String> environment) {
        String zendesk = environment.get(ZENDESK_URL);
        if (zendesk == null || zendesk.isBlank()) {
            return embeddedMock();
        }
        String salesIq = environment.get(SALESIQ_URL);
        String screenName = environment.get(SALESIQ_SCREEN_NAME);
        String conversationId = environment.get(SALESIQ_CONVERSATION);
        URI zendeskBase = uri(ZENDESK_URL, zendesk);
        URI salesIqBase = salesIq == null || salesIq.isBlank() ? null : uri(SALESIQ_URL, salesIq);
        ContractTarget target = new ContractTarget("real target at " + zendeskBase + ignoredNote(zendesk, salesIq),
                zendeskBase, salesIqBase,
                zendeskAuthorization(environment),
                Optional.ofNullable(environment.get(SALESIQ_TOKEN)).map(t -> "Zoho-oauthtoken " + t).orElse(null),
                screenName != null && conversationId != null ? new SalesIqConversation(screenName, conversationId) : null,
                Boolean.parseBoolean(environment.getOrDefault(ALLOW_WRITES, "false")),
                Integer.parseInt(environment.getOrDefault(REQUESTS_PER_MINUTE, "200")), null);
        String agentEmail = environment.get(AGENT_EMAIL);
        String agentPassword = environment.get(AGENT_PASSWORD);
        target.resources = new RunResources(blankToNull(environment.get(VISITOR_ID)), blankToNull(environment.get(SALESIQ_VISITOR_NAME)),
                agentEmail == null || agentPassword == null ? null : basic(agentEmail, agentPassword));
        return target;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String zendeskAuthorization(Map<String, String> environment) {
        String token = environment.get(ZENDESK_TOKEN);
        if (token != null && !token.isBlank()) {
            return "Bearer " + token;
        }
        String email = environment.get(ZENDESK_EMAIL);
        String password = environment.get(ZENDESK_PASSWORD);
        if (email == null || password == null) {
            throw new IllegalArgumentException("a real target needs " + ZENDESK_TOKEN + ", or " + ZENDESK_EMAIL + " and " + ZENDESK_PASSWORD);
        }
        return basic(email, password);
    }

    /**
     * The base URL of a variable: scheme, host, port and path. User info, a query and a fragment are left out
     * (credentials come from the environment only, and a base URL's query cannot precede the operations' paths). A
     * value that is no URL is named with its secrets masked, never quoted as given.
     */
    private static URI uri(String variable, String url) {
        URI given;
        try {
            given = URI.create(stripSlash(url.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not a URL: " + Redactor.redactText(Redactor.redactUrl(url.trim())));
        }
        if (given.getScheme() == null || given.getHost() == null) {
            throw new IllegalArgumentException(variable + " is not an absolute http(s) URL: " + Redactor.redactUrl(url.trim()));
        }
        if (!hasExtras(given)) {
            return given;
        }
        String port = given.getPort() < 0 ? "" : ":" + given.getPort();
        return URI.create(stripSlash(given.getScheme() + "://" + given.getHost() + port + (given.getRawPath() == null ? "" : given.getRawPath())));
    }

    private static boolean hasExtras(URI url) {
        return url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null;
    }

    /** A note when a base URL was given with user info or a query, which the target leaves out. */
    private static String ignoredNote(String... urls) {
        for (String url : urls) {
            if (url != null && !url.isBlank() && hasExtras(URI.create(stripSlash(url.trim())))) {
                return " (user info and query of the base URL ignored: credentials come from the environment only)";
            }
        }
        return "";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public URI zendeskBaseUrl() {
        return zendeskBaseUrl;
    }

    /** The SalesIQ base URL, when the target has one. */
    public Optional<URI> salesIqBaseUrl() {
        return Optional.ofNullable(salesIqBaseUrl);
    }

    public Consumer<HttpRequest.Builder> zendeskAuthentication() {
        return authorization(zendeskAuthorization);
    }

    public Consumer<HttpRequest.Builder> zohoAuthentication() {
        return authorization(zohoAuthorization);
    }

    /** What a run reuses (its own visitor), puts back (the SalesIQ visitor's name) or needs (a plain agent's credentials). */
    public RunResources runResources() {
        return resources;
    }

    /** Authentication as a plain agent (the documented 403), when the target has such credentials. */
    public Optional<Consumer<HttpRequest.Builder>> agentRoleAuthentication() {
        return Optional.ofNullable(resources.agentRoleAuthorization()).map(ContractTarget::authorization);
    }

    public Optional<SalesIqConversation> salesIqConversation() {
        return Optional.ofNullable(conversation);
    }

    /** Whether creates, updates and deletes may be sent: always on the mock, only when allowed on a real account. */
    public boolean writesAllowed() {
        return writesAllowed;
    }

    /** The most requests a minute; 0 for no limit. */
    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** How much of an answer the run's clients read and how long they wait; where a breach stops the run. */
    public ResponseLimits responseLimits() {
        return responseLimits;
    }

    /** Reads at most {@code maxResponseBytes} of a response body (default {@value ResponseLimits#DEFAULT_MAX_RESPONSE_BYTES}). */
    public void limitResponses(long maxResponseBytes) {
        responseLimits = responseLimits.withMaxResponseBytes(maxResponseBytes);
    }

    /** The embedded mock provider, when the target is one. */
    public Optional<MockProvider> mock() {
        return Optional.ofNullable(mock);
    }

    /** What the target is, without credentials. */
    public String describe() {
        return name + (writesAllowed ? " (writes allowed)" : " (read only)");
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public void close() {
        if (mock != null) {
            mock.close();
        }
    }

    private static Consumer<HttpRequest.Builder> authorization(String value) {
        return builder -> {
            if (value != null) {
                builder.setHeader("Authorization", value);
            }
        };
    }
}
