package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ReportFiles;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The end of every run, a report in hand: the report files written through {@link ReportFiles}, and the
 * {@link RunOutcome} with its {@link Verdict}. {@link ContractRun} ends with it; a caller that makes its report
 * itself ({@code check}: the provider suite and the pact verification) ends with it directly.
 *
 * @param junitXml the JUnit XML report, or null for none
 * @param html     the HTML report, or null for none
 * @param failAt   the lowest severity of a finding that fails the run (ERROR for every command line and goal)
 */
public record RunReports(Path junitXml, Path html, Severity failAt) {

    /** No report files; an ERROR finding fails the run. */
    public static final RunReports NONE = new RunReports(null, null, Severity.ERROR);

    public RunReports {
        Objects.requireNonNull(failAt, "failAt");
    }

    /** These report files; an ERROR finding fails the run. */
    public RunReports(Path junitXml, Path html) {
        this(junitXml, html, Severity.ERROR);
    }

    /** The report files asked for, in the order they are written. */
    public List<Path> files() {
        return Stream.of(junitXml, html).filter(Objects::nonNull).toList();
    }

    /**
     * Writes the report files of {@code report} and gives its verdict. A file that cannot be written makes it
     * {@link Verdict#COULD_NOT_RUN} at {@link RunOutcome.Stage#REPORTS} (no report files listed).
     */
    public RunOutcome conclude(ValidationReport report) {
        return conclude(report, null);
    }

    /**
     * The same for a run that may have been halted before its end: with a {@code halted} reason (not null), the
     * report files are written, and the verdict is {@link Verdict#COULD_NOT_RUN} at {@link RunOutcome.Stage#HALTED}.
     */
    public RunOutcome conclude(ValidationReport report, String halted) {
        try {
            ReportFiles.write(report, junitXml, html);
        } catch (IOException e) {
            return new RunOutcome(Verdict.COULD_NOT_RUN, report, List.of(),
                    new RunOutcome.Problem(RunOutcome.Stage.REPORTS, e.getMessage(), e));
        }
        if (halted != null) {
            return new RunOutcome(Verdict.COULD_NOT_RUN, report, files(), new RunOutcome.Problem(RunOutcome.Stage.HALTED, halted, null));
        }
        return new RunOutcome(Verdict.of(report, failAt), report, files(), null);
    }

    /**
     * A run stopped part way by {@code cause} (an internal error, out of memory): the report of what was done before,
     * its files written where possible (one that cannot be is left out), {@link RunOutcome.Stage#INPUTS}.
     */
    public RunOutcome stopped(ValidationReport partial, Throwable cause) {
        List<Path> written = new ArrayList<>(ReportFiles.writeWherePossible(partial, junitXml, html));
        return new RunOutcome(Verdict.COULD_NOT_RUN, partial, written,
                new RunOutcome.Problem(RunOutcome.Stage.INPUTS, cause.getMessage(), cause));
    }
}
