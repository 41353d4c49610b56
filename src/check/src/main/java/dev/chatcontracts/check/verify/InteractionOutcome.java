package dev.chatcontracts.check.verify;

import java.time.Duration;
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
 * @param duration how long it took (provider states, request, comparison), or null when unknown
 */
public record InteractionOutcome(String pactFile, String specName, String description, String method, String url,
        int expectedStatus, Integer actualStatus, Verdict verdict, List<Detail> details, Duration duration) {

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

    /**
     * How an interaction ended. The three "not sent" verdicts are one finding key, {@code pact.verification.notSent};
     * the verdict says which reason it was.
     */
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

    /** An outcome without a duration. */
    public InteractionOutcome(String pactFile, String specName, String description, String method, String url, int expectedStatus,
            Integer actualStatus, Verdict verdict, List<Detail> details) {
        this(pactFile, specName, description, method, url, expectedStatus, actualStatus, verdict, details, null);
    }

    /** A copy with {@code duration}. */
    public InteractionOutcome withDuration(Duration duration) {
        return new InteractionOutcome(pactFile, specName, description, method, url, expectedStatus, actualStatus, verdict, details, duration);
    }

    /** True when the request was sent (the verdict is {@code PASSED} or {@code FAILED}). */
    public boolean sent() {
        return verdict == Verdict.PASSED || verdict == Verdict.FAILED;
    }

    /** The operation id: the description up to its first space. */
    public String operationId() {
        int space = description.indexOf(' ');
        return space < 0 ? description : description.substring(0, space);
    }
}
