package dev.chatcontracts.contracts.contract;

import java.util.Optional;

/**
 * The result of matching a request line to the operations of the specs.
 *
 * @param match the operation, when one matched
 * @param reason why none matched (for {@code request.operation.unknown}), when none did
 */
public record MatchOutcome(OperationMatch match, String reason) {

    public static MatchOutcome matched(OperationMatch match) {
        return new MatchOutcome(match, null);
    }

    public static MatchOutcome unmatched(String reason) {
        return new MatchOutcome(null, reason);
    }

    public Optional<OperationMatch> operation() {
        return Optional.ofNullable(match);
    }
}
