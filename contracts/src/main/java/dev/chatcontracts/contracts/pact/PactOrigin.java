package dev.chatcontracts.contracts.pact;

/**
 * What our generator records of a pact's origin in {@code metadata.chatContracts}.
 *
 * @param openapi the spec's name, e.g. {@code zendesk-chat}, or {@code null}
 * @param baseUrl the spec's first server URL, e.g. {@code https://{subdomain}.zendesk.com/api/v2/chat}, or {@code null}
 * @param basePath the base path the interactions' full request paths start with, e.g. {@code /api/v2/chat}, or
 *     {@code null} (a foreign pact, or one of an earlier generator whose paths are relative to the server URL)
 */
public record PactOrigin(String openapi, String baseUrl, String basePath) {

    private static final PactOrigin NONE = new PactOrigin(null, null, null);

    /** A pact without {@code metadata.chatContracts}. */
    public static PactOrigin none() {
        return NONE;
    }
}
