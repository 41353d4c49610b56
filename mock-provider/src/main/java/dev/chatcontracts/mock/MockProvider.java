package dev.chatcontracts.mock;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded, stateful mock of the Zendesk Chat REST API v2 and of Zoho SalesIQ's "update the visitor of a
 * conversation" endpoint, served over real HTTP by the JDK's {@link HttpServer}.
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

    /**
     * The JDK server writes a response's headers and body in two segments; without TCP_NODELAY, Nagle's
     * algorithm and the client's delayed ACK add about 40 ms to every answer. The property is read once per
     * JVM, when the first JDK HTTP server starts, so it is set here unless the user has chosen otherwise.
     */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final MockConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final MockState state;
    private final Faults faults = new Faults();
    private final Map<Vendor, RateLimiter> rateLimiters;
    private final Credentials credentials = Credentials.defaults();
    private final RequestDispatcher dispatcher;

    private MockProvider(MockConfig config) throws IOException {
        this.config = config;
        Clock clock = Clock.systemUTC();
        this.state = new MockState(SeedLoader.load(config.seed()), clock);
        this.rateLimiters = Map.of(
                Vendor.ZENDESK_CHAT, new RateLimiter(config.rateLimitPerMinute(), Duration.ofMinutes(1), clock),
                Vendor.ZOHO_SALESIQ, new RateLimiter(config.rateLimitPerMinute(), Duration.ofMinutes(1), clock));
        this.dispatcher = new RequestDispatcher(faults, new Authenticator(state.agents(), credentials),
                rateLimiters, state.handlers(), config.documentedExamples() ? new DocumentedExamples() : null,
                config.strict());
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
        this.executor = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", dispatcher);
        server.start();
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
        return server.getAddress().getPort();
    }

    /** {@code http://<host>:<port>}, with a wildcard bind address shown as {@code 127.0.0.1}. */
    public URI baseUrl() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
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

    /** Puts the state back to the seed, clears every fault and resets the rate limit counters. */
    public void reset() {
        state.reset();
        faults.clear();
        rateLimiters.values().forEach(RateLimiter::reset);
    }

    /** How many requests got a 500 because of an unexpected exception (tests assert it stays zero). */
    int unexpectedFailures() {
        return dispatcher.unexpectedFailures();
    }

    /** Stops the server at once and releases its port and threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "chat-mock-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
