package dev.chatcontracts.contracts.captures;

import dev.chatcontracts.contracts.checks.FieldCoverage;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Validates capture sources into one report: each source is a session (its exchanges in order), each
 * entry gives exactly one result, readable or not (entries in = results out), grouped by its source (one
 * JUnit testsuite per capture file or folder) and timed: reading and validating it (since the previous entry of
 * its source; a capture's recorded timings are not this run's).
 */
public final class CaptureRun {

    private final ContractValidator validator;
    private final ProgressListener progress;
    private final int progressEvery;
    private long entries;

    /**
     * @param progress told of progress every {@code progressEvery} entries (use {@link ProgressListener#NONE} for none)
     */
    public CaptureRun(ContractValidator validator, ProgressListener progress, int progressEvery) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.progressEvery = Math.max(1, progressEvery);
    }

    public CaptureRun(ContractValidator validator) {
        this(validator, ProgressListener.NONE, Integer.MAX_VALUE);
    }

    /**
     * The run stopped by an internal error or {@link OutOfMemoryError} (its cause): {@link #report()} holds the
     * entries validated before, with a summary line saying so.
     */
    public static final class Stopped extends RuntimeException {

        private final transient ValidationReport report;

        Stopped(ValidationReport report, Throwable cause) {
            super("stopped after " + report.results().size() + " entries: " + cause, cause);
            this.report = report;
        }

        public ValidationReport report() {
            return report;
        }
    }

    /**
     * Validates every entry of every source, in order.
     *
     * @throws Stopped when an entry cannot be validated for an internal reason or memory runs out
     */
    public ValidationReport run(List<CaptureSource> sources) {
        ValidationReport.Builder report = ValidationReport.builder();
        FieldCoverage coverage = new FieldCoverage();
        try {
            readAll(sources, report, coverage);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            ValidationReport partial = report.coverage(coverage.summary())
                    .summary("stopped after " + entries + " entries: " + e.getClass().getSimpleName()).build();
            throw new Stopped(partial, e);
        }
        return report.coverage(coverage.summary()).build();
    }

    private void readAll(List<CaptureSource> sources, ValidationReport.Builder report, FieldCoverage coverage) {
        for (CaptureSource source : sources) {
            ExchangeSession session = validator.newSession();
            long[] previous = {System.nanoTime()};
            source.read(entry -> {
                ExchangeResult result = validate(session, entry);
                long now = System.nanoTime();
                report.add(result.toBuilder().group(source.name()).duration(Duration.ofNanos(now - previous[0])).build());
                previous[0] = now;
                if (++entries % progressEvery == 0) {
                    progress.progress(entries, source.name());
                }
            });
            coverage.addAll(session.coverage());
        }
    }

    private ExchangeResult validate(ExchangeSession session, CaptureEntry entry) {
        if (entry instanceof CaptureEntry.Captured captured) {
            return session.validate(captured.exchange());
        }
        CaptureEntry.Unreadable unreadable = (CaptureEntry.Unreadable) entry;
        ExchangeResult.Builder result = ExchangeResult.builder().source(unreadable.source())
                .method(unreadable.method()).url(unreadable.url());
        OperationMatch match = operationOf(unreadable);
        if (match != null) {
            result.specName(match.contract().name()).operationId(match.operation().operationId());
        }
        Severity severity = validator.options().severities().severityOf(unreadable.key());
        if (severity != Severity.OFF) {
            result.addFinding(Finding.builder(unreadable.key()).severity(severity).source(unreadable.source())
                    .operationId(match == null ? null : match.operation().operationId())
                    .message(unreadable.message()).build());
        }
        return result.build();
    }

    /** The operation of an unreadable entry whose request line is known (a body too large to read), else null. */
    private OperationMatch operationOf(CaptureEntry.Unreadable unreadable) {
        if (unreadable.method() == null || unreadable.url() == null) {
            return null;
        }
        return validator.contracts().match(unreadable.method(), unreadable.url()).match();
    }
}
