package dev.chatcontracts.mock;

import java.time.Duration;

/**
 * What goes wrong with the next calls of one operation.
 *
 * @param delay          how long to wait before answering (zero: no delay)
 * @param status         the error status to answer with instead of the real answer (zero: none)
 * @param dropConnection whether to close the connection without any answer
 * @param remaining      how many more calls the rule applies to; negative means until cleared
 */
record FaultRule(Duration delay, int status, boolean dropConnection, int remaining) {

    static final FaultRule NONE = new FaultRule(Duration.ZERO, 0, false, -1);

    FaultRule withDelay(Duration newDelay) {
        return new FaultRule(newDelay, status, dropConnection, remaining);
    }

    FaultRule withStatus(int newStatus) {
        return new FaultRule(delay, newStatus, dropConnection, remaining);
    }

    FaultRule withDropConnection() {
        return new FaultRule(delay, status, true, remaining);
    }

    FaultRule withRemaining(int times) {
        return new FaultRule(delay, status, dropConnection, times);
    }

    /** The rule after it has been applied once, or {@code null} when it is used up. */
    FaultRule afterUse() {
        if (remaining < 0) {
            return this;
        }
        return remaining <= 1 ? null : withRemaining(remaining - 1);
    }
}
