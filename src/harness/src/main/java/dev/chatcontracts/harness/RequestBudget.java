package dev.chatcontracts.harness;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} requests in any sliding minute; {@link #acquire()} waits for a free slot.
 * Zendesk Chat allows 200 requests a minute an account.
 */
public final class RequestBudget {

    /** How the budget waits; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Deque<Long> sent = new ArrayDeque<>();

    /** @param perMinute the limit; 0 or less for none */
    public RequestBudget(int perMinute) {
        this(perMinute, System::nanoTime, Thread::sleep);
    }

    RequestBudget(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public static RequestBudget unlimited() {
        return new RequestBudget(0);
    }

    /** Waits until a request may be sent, and counts it. */
    public void acquire() throws InterruptedException {
        if (perMinute <= 0) {
            return;
        }
        while (true) {
            long waitNanos;
            synchronized (sent) {
                long now = nanoTime.getAsLong();
                while (!sent.isEmpty() && now - sent.peekFirst() >= WINDOW_NANOS) {
                    sent.pollFirst();
                }
                if (sent.size() < perMinute) {
                    sent.addLast(now);
                    return;
                }
                waitNanos = WINDOW_NANOS - (now - sent.peekFirst());
            }
            sleeper.sleep(Math.max(1, waitNanos / 1_000_000));
        }
    }
}
