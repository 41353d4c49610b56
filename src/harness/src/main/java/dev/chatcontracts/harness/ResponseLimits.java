package dev.chatcontracts.harness;

import java.time.Duration;

/**
 * What one HTTP exchange of a run may take, and where a breach stops the run.
 *
 * @param maxResponseBytes the most bytes of a response body read; a larger one is abandoned and halts the run
 * @param exchangeTimeout the longest wait for a whole answer (headers and body) when the request has no timeout of its own
 * @param halt the run's halt
 */
public record ResponseLimits(long maxResponseBytes, Duration exchangeTimeout, RunHalt halt) {

    /** 50 MiB, as the generated clients' {@code ClientSettings.maxResponseBytes}. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_EXCHANGE_TIMEOUT = Duration.ofSeconds(60);

    public ResponseLimits {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("the response limit must be positive: " + maxResponseBytes);
        }
    }

    /** The defaults, with a halt of their own. */
    public static ResponseLimits defaults() {
        return new ResponseLimits(DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_EXCHANGE_TIMEOUT, new RunHalt());
    }

    public ResponseLimits withMaxResponseBytes(long bytes) {
        return new ResponseLimits(bytes, exchangeTimeout, halt);
    }
}
