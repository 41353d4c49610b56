package dev.chatcontracts.mock;

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
 * @param threads                the number of request threads
 * @param providerStates         serve the Pact state-change endpoint {@code POST /_pact/provider-states}
 *                               (on by default)
 */
public record MockConfig(String host, int port, boolean strict, Path seed, int rateLimitPerMinute,
                         boolean documentedExamples, int threads, boolean providerStates) {

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
    }

    /** The settings without the {@code providerStates} component; the state-change endpoint is on. */
    public MockConfig(String host, int port, boolean strict, Path seed, int rateLimitPerMinute,
                      boolean documentedExamples, int threads) {
        this(host, port, strict, seed, rateLimitPerMinute, documentedExamples, threads, true);
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
        private int threads = 16;
        private boolean providerStates = true;

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

        /** The number of request threads (16 by default); delayed requests hold one each. */
        public Builder threads(int threads) {
            this.threads = threads;
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
                    providerStates);
        }

        /** Shorthand for {@code build().start()}. */
        public MockProvider start() {
            return build().start();
        }
    }
}
