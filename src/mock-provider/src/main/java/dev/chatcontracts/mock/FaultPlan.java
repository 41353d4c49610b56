package dev.chatcontracts.mock;

import java.time.Duration;
import java.util.Objects;

/**
 * The fault rule of one operation, changed in place: each call takes effect at once for later requests.
 * Faults combine: a delay followed by a status, for instance.
 */
public final class FaultPlan {

    private final Faults faults;
    private final Operation operation;

    FaultPlan(Faults faults, Operation operation) {
        this.faults = faults;
        this.operation = operation;
    }

    /** Waits this long before answering. */
    public FaultPlan delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        faults.update(operation, rule -> rule.withDelay(delay));
        return this;
    }

    /**
     * Answers with this error status (400-599) and the vendor's error body instead of the real answer; an
     * injected 429 carries {@code Retry-After: 1}, as the live rate limit does.
     */
    public FaultPlan status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status (400-599), got " + status);
        }
        faults.update(operation, rule -> rule.withStatus(status));
        return this;
    }

    /** Closes the connection without sending any answer. */
    public FaultPlan dropConnection() {
        faults.update(operation, FaultRule::withDropConnection);
        return this;
    }

    /** Applies the fault to the next {@code times} calls only, then clears it. */
    public FaultPlan times(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + times);
        }
        faults.update(operation, rule -> rule.withRemaining(times));
        return this;
    }

    /** The operation this plan is for. */
    public Operation operation() {
        return operation;
    }
}
