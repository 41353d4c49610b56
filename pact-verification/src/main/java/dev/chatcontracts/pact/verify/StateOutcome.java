package dev.chatcontracts.pact.verify;

/**
 * Whether a provider state could be made true on the target.
 *
 * @param state the state's name, e.g. {@code agent 2 exists}
 * @param satisfied true when the state holds (it did already, or it was made to)
 * @param detail how it was made true, or why it cannot be
 */
public record StateOutcome(String state, boolean satisfied, String detail) {

    public static StateOutcome satisfied(String state, String how) {
        return new StateOutcome(state, true, how);
    }

    public static StateOutcome unsupported(String state, String why) {
        return new StateOutcome(state, false, why);
    }
}
