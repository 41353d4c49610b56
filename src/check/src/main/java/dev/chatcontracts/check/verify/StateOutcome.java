package dev.chatcontracts.check.verify;

import java.util.Map;

/**
 * Whether a provider state could be made true on the target.
 *
 * @param state the state's name, e.g. {@code agent 1001 exists}
 * @param satisfied true when the state holds (it did already, or it was made to)
 * @param detail how it was made true, or why it cannot be
 * @param values what the state made true, for the pact's {@code ProviderState} generators (on a real account,
 *     the ids its API assigned: {@code agent_id -> 360000012345})
 */
public record StateOutcome(String state, boolean satisfied, String detail, Map<String, Object> values) {

    public StateOutcome {
        values = Map.copyOf(values);
    }

    public static StateOutcome satisfied(String state, String how) {
        return new StateOutcome(state, true, how, Map.of());
    }

    public static StateOutcome satisfied(String state, String how, Map<String, Object> values) {
        return new StateOutcome(state, true, how, values);
    }

    public static StateOutcome unsupported(String state, String why) {
        return new StateOutcome(state, false, why, Map.of());
    }
}
