package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.captures.CaptureRun;
import dev.chatcontracts.contracts.captures.Captures;
import dev.chatcontracts.contracts.captures.ProgressListener;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.pact.PactChecker;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One run, the same for every caller (the {@code validate}, {@code check-pact} and {@code check} command lines, the
 * reporting goals, the JUnit extension, the provider suite): inputs → {@link ValidationReport} → the report files
 * → a {@link RunOutcome} with its {@link Verdict} and exit code. Immutable; the engine (specs, severities, limits)
 * is the {@link ContractValidator}'s.
 *
 * <pre>{@code
 * RunOutcome outcome = new ContractRun(ContractValidator.bundled()).reportFiles(junitXml, html)
 *         .run(RunInputs.captures(List.of(Path.of("captures"))));
 * System.exit(outcome.exitCode());
 * }</pre>
 */
public final class ContractRun {

    private final ContractValidator validator;
    private final RunReports reports;
    private final ProgressListener progress;
    private final int progressEvery;

    /** A run with the engine {@code validator}: no report files, an ERROR finding fails it, no progress. */
    public ContractRun(ContractValidator validator) {
        this(validator, RunReports.NONE, ProgressListener.NONE, Integer.MAX_VALUE);
    }

    private ContractRun(ContractValidator validator, RunReports reports, ProgressListener progress, int progressEvery) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.progressEvery = progressEvery;
    }

    /** The same run, ending with {@code reports} (its report files, the severity that fails it). */
    public ContractRun reports(RunReports reports) {
        return new ContractRun(validator, reports, progress, progressEvery);
    }

    /** The same run, writing the JUnit XML report to {@code junitXml} and the HTML report to {@code html} (each when not null). */
    public ContractRun reportFiles(Path junitXml, Path html) {
        return reports(new RunReports(junitXml, html, reports.failAt()));
    }

    /** The same run, failed by a finding of at least {@code severity} (default ERROR). */
    public ContractRun failAt(Severity severity) {
        return reports(new RunReports(reports.junitXml(), reports.html(), severity));
    }

    /** The same run, telling {@code listener} of the captures validated every {@code every} entries. */
    public ContractRun progress(ProgressListener listener, int every) {
        return new ContractRun(validator, reports, listener, every);
    }

    public ContractValidator validator() {
        return validator;
    }

    /**
     * The report of {@code inputs}: one result per capture entry, pact interaction or exchange, in order, with the
     * field coverage. An input that cannot be read is a result with its finding; the others are still checked.
     *
     * @throws CaptureRun.Stopped when captures cannot be validated to their end (an internal error, out of memory)
     */
    public ValidationReport report(RunInputs inputs) {
        if (inputs instanceof RunInputs.Captures captures) {
            return new CaptureRun(validator, progress, progressEvery)
                    .run(Captures.open(captures.filesOrFolders(), validator.contracts(), validator.options()));
        }
        if (inputs instanceof RunInputs.Pacts pacts) {
            return new PactChecker(validator).check(pacts.filesOrFolders());
        }
        ExchangeSession session = validator.newSession();
        ValidationReport.Builder report = ValidationReport.builder();
        ((RunInputs.Exchanges) inputs).exchanges().forEach(exchange -> report.add(session.validate(exchange)));
        return report.coverage(session.coverage().summary()).build();
    }

    /**
     * Checks {@code inputs}, writes the report files and gives the verdict ({@link RunReports#conclude}). Captures
     * that stop part way ({@link RunOutcome.Stage#INPUTS}) still have the report of the entries before, written where
     * possible ({@link RunReports#stopped}).
     */
    public RunOutcome run(RunInputs inputs) {
        ValidationReport report;
        try {
            report = report(inputs);
        } catch (CaptureRun.Stopped stopped) {
            return reports.stopped(stopped.report(), stopped.getCause());
        }
        return reports.conclude(report);
    }
}
