package dev.chatcontracts.contracts.findings;

/** How much a finding matters. {@link #OFF} findings are dropped and never reported. */
public enum Severity {
    OFF,
    INFO,
    WARNING,
    ERROR;

    /** Whether this severity is at least {@code other} ({@code ERROR.atLeast(WARNING)} is true). */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
