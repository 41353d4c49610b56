package dev.chatcontracts.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * An embedded, stateful mock of the Zendesk Chat REST API v2 and of Zoho SalesIQ's "update the visitor of a
 * conversation" endpoint, served over real HTTP by an embedded Jetty ({@link MockServer}).
 *
 * <pre>{@code
 * try (MockProvider mock = MockProvider.start()) {
 *     URI base = mock.zendeskBaseUrl();          // http://127.0.0.1:<port>/api/v2/chat
 *     String auth = mock.credentials().bearerAuthorization();
 *     ...
 * }
 * }</pre>
 */
public final class MockProvider implements AutoCloseable {

    private final MockConfig config;
    private final MockServer server;
    private final URI publicBaseUrl;
    private final MockState state;
    private final Faults faults = new Faults();
    private final Map<Vendor, RateLimiter> rateLimiters;
    private final Credentials credentials = Credentials.defaults();
    private final Authenticator authenticator;
    private final RequestDispatcher dispatcher;
    private final ProviderStatesHandler providerStates;

    private MockProvider(MockConfig config) throws IOException {
        this.config = config;
        SpecRules.all(); // the field rules from the specs: read by the first mock of the JVM, a bad spec fails here
        Clock clock = Clock.systemUTC();
        this.state = new MockState(SeedLoader.load(config.seed()), clock);
        this.rateLimiters = Map.of(
                Vendor.ZENDESK_CHAT, new RateLimiter(config.rateLimitPerMinute(), Duration.ofMinutes(1), clock),
                Vendor.ZOHO_SALESIQ, new RateLimiter(config.rateLimitPerMinute(), Duration.ofMinutes(1), clock));
        this.authenticator = new Authenticator(state.agents(), credentials);
        this.server = new MockServer(config.host(), config.port(), config.threads(), config.maxThreads());
        this.publicBaseUrl = config.publicBaseUrl() != null ? config.publicBaseUrl() : baseUrl();
        this.dispatcher = new RequestDispatcher(faults, authenticator, rateLimiters, state.handlers(),
                config.documentedExamples() ? new DocumentedExamples() : null, config.strict(),
                publicBaseUrl.toString(), config.maxBodyBytes());
        this.providerStates = new ProviderStatesHandler(new ProviderStates(new StateSetups(state, authenticator)),
                config.maxBodyBytes());
        try {
            // provider states have their own route: state changes skip the API's authentication, faults and rate limit
            server.start(dispatcher, config.providerStates() ? providerStates : null);
        } catch (Exception e) {
            server.close();
            throw e instanceof IOException io ? io : new IOException(String.valueOf(e.getMessage()), e);
        }
    }

    /** Starts a mock with the default settings on an ephemeral port of 127.0.0.1. */
    public static MockProvider start() {
        return builder().start();
    }

    /** A builder of settings: {@code MockProvider.builder().strict(true).build().start()}. */
    public static MockConfig.Builder builder() {
        return new MockConfig.Builder();
    }

    static MockProvider start(MockConfig config) {
        try {
            return new MockProvider(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the mock on " + config.host() + ":" + config.port(), e);
        }
    }

    /** The port the mock listens on. */
    public int port() {
        return server.port();
    }

    /** {@code http://<host>:<port>}, with a wildcard bind address shown as {@code 127.0.0.1}. */
    public URI baseUrl() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /**
     * The base of the absolute URLs in answers ({@code next_url}, {@code prev_url}, search result
     * {@code url}): the configured {@code publicBaseUrl}, else {@link #baseUrl()}.
     */
    public URI publicBaseUrl() {
        return publicBaseUrl;
    }

    /** The Zendesk Chat base URL, current host layout: {@code http://127.0.0.1:<port>/api/v2/chat}. */
    public URI zendeskBaseUrl() {
        return URI.create(baseUrl() + Router.ZENDESK_BASE_PATH);
    }

    /** The Zendesk Chat legacy base URL ({@code www.zopim.com} layout): {@code http://127.0.0.1:<port>/api/v2}. */
    public URI zendeskLegacyBaseUrl() {
        return URI.create(baseUrl() + Router.ZENDESK_LEGACY_BASE_PATH);
    }

    /** The Zoho SalesIQ base URL: {@code http://127.0.0.1:<port>/api}. */
    public URI salesIqBaseUrl() {
        return URI.create(baseUrl() + Router.SALESIQ_BASE_PATH);
    }

    /**
     * The Pact state-change URL, {@code http://127.0.0.1:<port>/_pact/provider-states}, to give a verifier
     * ({@code pact-verifier --state-change-url}, Pact JVM's {@code stateChangeUrl}). It answers 404 when the
     * mock was built with {@code providerStates(false)}.
     */
    public URI providerStatesUrl() {
        return URI.create(baseUrl() + ProviderStatesHandler.PATH);
    }

    /** The credentials the built-in seed accepts. */
    public Credentials credentials() {
        return credentials;
    }

    /** Fault injection per operation. */
    public Faults faults() {
        return faults;
    }

    /** The settings the mock runs with. */
    public MockConfig config() {
        return config;
    }

    /**
     * Puts the state back to the seed, clears every fault, resets the rate limit counters and clears a
     * pending {@code the request has no valid credentials} provider state.
     */
    public void reset() {
        state.reset();
        authenticator.clearIgnoreNextCredentials();
        faults.clear();
        rateLimiters.values().forEach(RateLimiter::reset);
    }

    /**
     * The whole state as deterministic, pretty JSON, for comparing a mock before and after a run: the
     * {@code account}; {@code agents} by id, with every field but never a password; {@code chats} (chats and
     * offline messages) by id; {@code salesiq_conversations} by screen name and id; {@code visitors} by id: what
     * the API lists or shows (not the ids of deleted chats, which it only reveals to whoever knows them). Keys
     * are sorted at every level, so equal states give equal text.
     */
    public String stateDump() {
        return StateDump.of(state);
    }

    /** How many requests got a 500 because of an unexpected exception (tests assert it stays zero). */
    int unexpectedFailures() {
        return dispatcher.unexpectedFailures() + providerStates.unexpectedFailures();
    }

    /** Stops the server at once and releases its port and threads. */
    @Override
    public void close() {
        server.close();
    }
}
