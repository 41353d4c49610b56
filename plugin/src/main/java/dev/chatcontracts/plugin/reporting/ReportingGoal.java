package dev.chatcontracts.plugin.reporting;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import dev.chatcontracts.contracts.run.RunOutcome;
import dev.chatcontracts.contracts.run.RunReports;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the goals that validate against the specs share, without Maven ({@code validate-captures},
 * {@code check-pact}): the engine built from the loaded specs and the user's severities, the JUnit XML
 * and HTML reports, the console summary to log, and the verdict on the ERROR findings: one {@link ContractRun} and its
 * {@link RunReports}, as in the command line.
 */
public final class ReportingGoal {

    /**
     * The settings both reporting goals take.
     *
     * @param severities  the level per finding key or key prefix ({@code response.field.unknown: ERROR}); null is none
     * @param strictSpec  whether values the documentation gives but the spec does not are ERRORs under their ordinary keys
     * @param junitXml    the JUnit XML report, or null for none
     * @param html        the HTML report, or null for none
     * @param failOnError whether an ERROR finding fails the build
     */
    public record Settings(Map<String, String> severities, boolean strictSpec, Path junitXml, Path html, boolean failOnError) {
    }

    /**
     * What a reporting goal found and what to say about it.
     *
     * @param report   the report of the run, as written to the report files
     * @param info     the lines to log at INFO: the console summary and the reports written
     * @param warnings the lines to log at WARNING: the ERROR findings when they do not fail the build
     * @param failure  the message the build fails with, when it must
     */
    public record Result(ValidationReport report, List<String> info, List<String> warnings, Optional<String> failure) {
    }

    /** A setting the user gave that cannot be used (unknown severity key, level, or limit): the user's mistake. */
    public static final class InvalidSettings extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidSettings(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String goal;
    private final Settings settings;

    public ReportingGoal(String goal, Settings settings) {
        this.goal = goal;
        this.settings = settings;
    }

    /** The engine over {@code specs} with the settings' severities and strictness, and any more options. */
    public ContractValidator validator(List<LoadedSpec> specs, java.util.function.UnaryOperator<ValidationOptions.Builder> more)
            throws InvalidSettings {
        SeverityPolicy policy;
        try {
            policy = SeverityOverrides.fromMap(settings.severities() == null ? Map.of() : settings.severities());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettings("severities: " + e.getMessage(), e);
        }
        ValidationOptions options;
        try {
            options = more.apply(ValidationOptions.builder().severities(policy).strictSpec(settings.strictSpec())).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettings(goal + ": " + e.getMessage(), e);
        }
        return new ContractValidator(Contracts.of(specs.stream().map(ApiContract::of).toList()), options);
    }

    /** The engine over {@code specs} with the settings' severities and strictness. */
    public ContractValidator validator(List<LoadedSpec> specs) throws InvalidSettings {
        return validator(specs, builder -> builder);
    }

    /**
     * Checks {@code inputs} with {@code validator} ({@link ContractRun}), writes the reports, and says what to log and
     * whether the build fails; an IOException when a report cannot be written.
     */
    public Result run(ContractValidator validator, RunInputs inputs) throws IOException {
        return conclude(new ContractRun(validator).report(inputs));
    }

    /** Writes the reports and says what to log and whether the build fails; an IOException when a report cannot be written. */
    public Result conclude(ValidationReport report) throws IOException {
        RunOutcome outcome = new RunReports(settings.junitXml(), settings.html()).conclude(report);
        if (outcome.stoppedAt(RunOutcome.Stage.REPORTS)) {
            throw (IOException) outcome.problem().cause(); // a report that cannot be written: always an IOException
        }
        List<String> info = new ArrayList<>(new ConsoleReport(false).render(report).lines().toList());
        info.add("Reports: " + (settings.junitXml() == null ? "" : settings.junitXml() + " ")
                + (settings.html() == null ? "" : settings.html().toString()));
        if (outcome.passed()) {
            return new Result(report, List.copyOf(info), List.of(), Optional.empty());
        }
        String verdict = verdict(report);
        return settings.failOnError()
                ? new Result(report, List.copyOf(info), List.of(), Optional.of(verdict))
                : new Result(report, List.copyOf(info), List.of(verdict + " (failOnError is false: the build goes on)"), Optional.empty());
    }

    /** The count of ERROR findings and the first of them, with its place and source. */
    private String verdict(ValidationReport report) {
        Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        return goal + ": " + report.count(Severity.ERROR) + " ERROR finding(s); the first: " + first.key()
                + (first.pointer() == null ? "" : " at " + (first.pointer().isEmpty() ? "(body)" : ReportLimits.pointer(first.pointer())))
                + (first.source() == null ? "" : " in " + ReportLimits.text(first.source().describe())) + ": "
                + ReportLimits.text(first.message());
    }
}
