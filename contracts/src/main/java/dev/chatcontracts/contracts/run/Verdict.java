package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ValidationReport;

/**
 * How a run ended, and its exit code: the same for every command line ({@code validate}, {@code check-pact},
 * {@code check}), the reporting goals, the JUnit extension and the provider suite. Invalid usage (exit 2) and an
 * interruption (exit 130) are the command lines' own.
 */
public enum Verdict {

    /** No finding reaches the severity that fails the run: exit 0. */
    PASSED(0),
    /** Some finding reaches it (by default: an ERROR finding): exit 1. */
    FINDINGS(1),
    /** The run could not be done, or not to its end (see {@link RunOutcome#problem()}): exit 3. */
    COULD_NOT_RUN(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** {@link #FINDINGS} when some finding of {@code report} is an ERROR, else {@link #PASSED}. */
    public static Verdict of(ValidationReport report) {
        return of(report, Severity.ERROR);
    }

    /** {@link #FINDINGS} when some finding (not OFF) is at least {@code failAt}, else {@link #PASSED}. */
    public static Verdict of(ValidationReport report, Severity failAt) {
        boolean failed = report.findings().stream().anyMatch(f -> f.severity() != Severity.OFF && f.severity().atLeast(failAt));
        return failed ? FINDINGS : PASSED;
    }
}
