package dev.chatcontracts.contracts.pactgen;

/**
 * A documented success-response example that got no interaction, and why.
 *
 * @param spec the spec name
 * @param operationId the operation
 * @param status the response status
 * @param example the example's name
 * @param reason why it was skipped, e.g. {@code the documented example breaks the spec (x-violates D5 at /id)}
 */
public record SkippedExample(String spec, String operationId, String status, String example, String reason) {

    @Override
    public String toString() {
        return spec + " " + operationId + " " + status + " " + example + ": " + reason;
    }
}
