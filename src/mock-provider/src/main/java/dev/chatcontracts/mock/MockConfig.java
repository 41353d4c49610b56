package dev.chatcontracts.mock;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to run a {@link MockProvider}. Build one with {@link MockProvider#builder()}.
 *
 * @param host                   the address to bind, {@code 127.0.0.1} by default
 * @param port                   the port, 0 (the default) for an ephemeral one
 * @param strict                 reject read-only and unknown request fields with a 400 instead of ignoring them
 * @param seed                   a JSON seed file added to the built-in seed, or {@code null}
 * @param rateLimitPerMinute     requests a minute allowed per vendor account; 0 (the default) for no limit
 * @param documentedExamples     answer every operation with the vendor documentation's example, verbatim
 * @param threads                the request threads kept running ({@link #DEFAULT_THREADS} by default: 2 per
 *                               processor, at least 4)
 * @param providerStates         serve the Pact state-change endpoint {@code POST /_pact/provider-states}
 *                               (on by default)
 * @param maxThreads             the most request threads at once (1024 by default, at least {@code threads}):
 *                               the pool grows past {@code threads} while requests are stuck waiting for a
 *                               thread, e.g. behind slow clients, and requests queue beyond it
 * @param maxBodyBytes           the largest request body accepted (10 MiB by default); larger is a 413
 * @param publicBaseUrl          the scheme, host, port (and optional path prefix) absolute URLs in answers
 *                               ({@code next_url}, {@code prev_url}, search result {@code url}) start with;
 *                               {@code null} (the default) for the bound address {@code http://127.0.0.1:<port>}.
 *                               Never taken from the request's {@code Host} header
 */
public record MockConfig(String host, int port, boolean strict, Path seed, int rateLimitPerMinute,
                         boolean documentedExamples, int threads, boolean providerStates, int maxThreads,
                         long maxBodyBytes, URI publicBaseUrl) {

    /**
     * Default of {@link #threads()}: 2 per processor, at least 4. The mock's requests are short and use the
     * CPU, so more threads than that only take turns on the cores (slower, and a longer tail); the pool grows
     * when requests are stuck behind slow clients.
     */
    public static final int DEFAULT_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Default of {@link #maxThreads()}. */
    public static final int DEFAULT_MAX_THREADS = 1024;
    /** Default of {@link #maxBodyBytes()}: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** Validates the settings. */
    public MockConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must not be negative, got " + rateLimitPerMinute);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxThreads < threads) {
            throw new IllegalArgumentException("maxThreads (" + maxThreads + ") must be at least threads (" + threads + ")");
        }
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative, got " + maxBodyBytes);
        }
        if (publicBaseUrl != null) {
            publicBaseUrl = checkedBaseUrl(publicBaseUrl);
        }
    }

    /** The settings without the {@code providerStates} component; the state-change endpoint is on. */
    public MockConfig(String host, int port, boolean strict, Path seed, int rateLimitPerMinute,
                      boolean documentedExamples, int threads) {
        this(host, port, strict, seed, rateLimitPerMinute, documentedExamples, threads, true);
    }

    /** The settings with the default limits and base URL. */
    public MockConfig(String host, int port, boolean strict, Path seed, int rateLimitPerMinute,
                      boolean documentedExamples, int threads, boolean providerStates) {
        this(host, port, strict, seed, rateLimitPerMinute, documentedExamples, threads, providerStates,
                Math.max(threads, DEFAULT_MAX_THREADS), DEFAULT_MAX_BODY_BYTES, null);
    }

    private static URI checkedBaseUrl(URI url) {
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("publicBaseUrl must be an http(s) URL with a host and no user info, "
                    + "query or fragment, got " + url);
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    /** Starts a mock with these settings. */
    public MockProvider start() {
        return MockProvider.start(this);
    }

    /** A builder of {@link MockConfig}; every setting has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private boolean strict;
        private Path seed;
        private int rateLimitPerMinute;
        private boolean documentedExamples;
        private int threads = DEFAULT_THREADS;
        private boolean providerStates = true;
        private Integer maxThreads;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private URI publicBaseUrl;

        Builder() {
        }

        /** The address to bind ({@code 127.0.0.1} by default; {@code 0.0.0.0} for every interface). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Strict mode: read-only and unknown request fields are a 400 naming them. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** A JSON seed file whose entries are added to the built-in seed. */
        public Builder seed(Path seed) {
            this.seed = seed;
            return this;
        }

        /** Requests a minute allowed per vendor account (Zendesk's live limit is 200); 0 turns it off. */
        public Builder rateLimit(int requestsPerMinute) {
            this.rateLimitPerMinute = requestsPerMinute;
            return this;
        }

        /** Answer every operation with the documentation's own example, verbatim. */
        public Builder documentedExamples(boolean documentedExamples) {
            this.documentedExamples = documentedExamples;
            return this;
        }

        /**
         * The request threads kept running ({@link MockConfig#DEFAULT_THREADS} by default: 2 per processor, at
         * least 4). A request holds one while it is read (a slow client too) and while it is answered (a delayed
         * one too); when requests are stuck waiting for a thread the pool grows up to {@link #maxThreads(int)}.
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The most request threads at once (1024 by default, or {@code threads} if that is more); requests
         * beyond it wait for a thread. {@code maxThreads(n)} equal to {@code threads(n)} gives a fixed pool.
         */
        public Builder maxThreads(int maxThreads) {
            this.maxThreads = maxThreads;
            return this;
        }

        /** The largest request body accepted, in bytes (10 MiB by default); a larger one is a 413. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The base of absolute URLs in answers ({@code next_url}, {@code prev_url}, search result {@code url}),
         * e.g. {@code http://mock.example:8080} behind a proxy; by default the bound address
         * {@code http://127.0.0.1:<port>}. The request's {@code Host} header is never used.
         */
        public Builder publicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
            return this;
        }

        /**
         * Serve the Pact state-change endpoint {@code POST /_pact/provider-states} (on by default); when
         * off, that path answers 404 like any other unknown path.
         */
        public Builder providerStates(boolean providerStates) {
            this.providerStates = providerStates;
            return this;
        }

        /** The settings; invalid ones throw {@link IllegalArgumentException}. */
        public MockConfig build() {
            return new MockConfig(host, port, strict, seed, rateLimitPerMinute, documentedExamples, threads,
                    providerStates, maxThreads != null ? maxThreads : Math.max(threads, DEFAULT_MAX_THREADS),
                    maxBodyBytes, publicBaseUrl);
        }

        /** Shorthand for {@code build().start()}. */
        public MockProvider start() {
            return build().start();
        }
    }
}
