package dev.chatcontracts.contracts.checks;

import java.util.Set;

/**
 * What the checks need of the engine's options (the engine's {@code ValidationOptions} hands them over).
 *
 * @param strictSpec whether a value the documentation explains keeps its ordinary key
 * @param volatileReadOnlyFields names of {@code readOnly} fields an update may change
 * @param streamingThresholdBytes bodies larger than this are validated while they are read
 */
public record CheckOptions(boolean strictSpec, Set<String> volatileReadOnlyFields, long streamingThresholdBytes) {

    public CheckOptions {
        volatileReadOnlyFields = Set.copyOf(volatileReadOnlyFields);
    }

    /** Whether a body of {@code length} bytes is validated streaming. */
    public boolean streams(long length) {
        return length > streamingThresholdBytes;
    }
}
