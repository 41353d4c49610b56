package dev.chatcontracts.mock;

/** What a Zendesk Chat caller may do, ordered from least to most privileged. */
enum Role {
    AGENT("Agent"),
    ADMINISTRATOR("Administrator"),
    OWNER("Owner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Whether this role grants at least what {@code required} grants. */
    boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    String label() {
        return label;
    }
}
