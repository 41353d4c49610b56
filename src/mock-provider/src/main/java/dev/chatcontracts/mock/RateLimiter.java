package dev.chatcontracts.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A fixed-window request counter: at most {@code limit} requests a window (one minute for the account,
 * as Zendesk counts them); the request over the limit is a 429 whose {@code Retry-After} is the number of
 * whole seconds until the window ends. A limit of zero or less turns the limiter off.
 */
final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private Instant windowStart;
    private int used;

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.windowStart = clock.instant();
    }

    /** Counts one request, or throws the 429 when the window's budget is spent. */
    synchronized void acquire() {
        if (limit <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant windowEnd = windowStart.plus(window);
        if (!now.isBefore(windowEnd)) {
            windowStart = now;
            windowEnd = now.plus(window);
            used = 0;
        }
        if (used >= limit) {
            long millis = Duration.between(now, windowEnd).toMillis();
            throw ApiException.tooManyRequests(Math.max(1, (millis + 999) / 1000));
        }
        used++;
    }

    /** Forgets the requests counted so far. */
    synchronized void reset() {
        windowStart = clock.instant();
        used = 0;
    }
}
