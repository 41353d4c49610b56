package dev.chatcontracts.contracts.pactgen;

/** The Pact specification a pact file is written in. */
public enum PactSpecVersion {
    /** Pact specification 3.0.0: plain bodies, string headers, {@code matchingRules} by category. */
    V3("3.0.0"),
    /** Pact specification 4.0: {@code Synchronous/HTTP} interactions with keys, typed bodies, list headers. */
    V4("4.0");

    private final String version;

    PactSpecVersion(String version) {
        this.version = version;
    }

    /** The value of {@code metadata.pactSpecification.version}. */
    public String version() {
        return version;
    }
}
