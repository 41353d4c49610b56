package dev.chatcontracts.pact.verify;

import java.util.List;

/**
 * What verifying one interaction gave.
 *
 * @param pactFile the pact file, as given
 * @param specName the spec the pact was generated from ({@code zendesk-chat})
 * @param description the interaction's description, {@code "<operationId> <example>"}
 * @param method the request method
 * @param url the URL the request went to (or would have gone to), without credentials
 * @param expectedStatus the status the pact expects
 * @param actualStatus the status the provider answered, or null when no request was sent
 * @param verdict the verdict
 * @param details the mismatches (failed), or why it was not verified
 */
public record InteractionOutcome(String pactFile, String specName, String description, String method, String url,
        int expectedStatus, Integer actualStatus, Verdict verdict, List<Detail> details) {

    /**
     * One mismatch, or one reason.
     *
     * @param pointer the JSON pointer of the body field a mismatch is about ({@code ""} the whole body), else null
     * @param message what is wrong
     */
    public record Detail(String pointer, String message) {

        public static Detail of(String message) {
            return new Detail(null, message);
        }
    }

    /** How an interaction ended. */
    public enum Verdict {
        /** The provider's answer matched the pact. */
        PASSED,
        /** The provider's answer did not match. */
        FAILED,
        /** Not sent: a provider state could not be made true on this target. */
        STATE_UNSUPPORTED,
        /** Not sent: the request writes and the target does not allow writes. */
        WRITE_SKIPPED,
        /** Not sent: the target has no base URL for the pact's spec. */
        NO_TARGET,
        /** Not sent: not a synchronous HTTP interaction (a V4 message). */
        NOT_HTTP
    }

    public InteractionOutcome {
        details = List.copyOf(details);
    }

    /** The operation id: the description up to its first space. */
    public String operationId() {
        int space = description.indexOf(' ');
        return space < 0 ? description : description.substring(0, space);
    }
}
