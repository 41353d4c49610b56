package dev.chatcontracts.plugin;

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
import dev.chatcontracts.contracts.reports.HtmlReport;
import dev.chatcontracts.contracts.reports.JUnitXmlReport;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.generator.spec.LoadedSpec;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that validate against the specs share ({@code validate-captures}, {@code check-pact}):
 * the engine built from the loaded specs and the user's severities, the console summary in the log,
 * the JUnit XML and HTML reports, and the build failing on an ERROR finding. The {@code operations} and
 * {@code tags} selection of the generation goals does not apply: every operation of the specs is checked.
 *
 * @since 0.1.0
 */
public abstract class AbstractReportingMojo extends AbstractSpecMojo {

    /**
     * Whether values that break the spec but are what the documentation says (a recorded discrepancy, D1-D20)
     * are ERRORs under their ordinary keys rather than {@code *.field.documented} WARNINGs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.strictSpec", defaultValue = "false")
    protected boolean strictSpec;

    /** The engine over {@code specs}, severities set per key or key prefix ({@code response.field.unknown: ERROR}). */
    protected ContractValidator validator(List<LoadedSpec> specs, Map<String, String> severities) throws MojoFailureException {
        SeverityPolicy policy;
        try {
            policy = SeverityOverrides.fromMap(severities == null ? Map.of() : severities);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("severities: " + e.getMessage(), e);
        }
        ValidationOptions options = ValidationOptions.builder().severities(policy).strictSpec(strictSpec).build();
        return new ContractValidator(Contracts.of(specs.stream().map(ApiContract::of).toList()), options);
    }

    /** Logs the summary, writes the reports, and fails the build on an ERROR finding when {@code failOnError}. */
    protected void conclude(ValidationReport report, File junitXml, File html, boolean failOnError)
            throws MojoExecutionException, MojoFailureException {
        try {
            if (junitXml != null) {
                new JUnitXmlReport().write(report, junitXml.toPath());
            }
            if (html != null) {
                new HtmlReport().write(report, html.toPath());
            }
        } catch (IOException e) {
            throw new MojoExecutionException(goal() + ": cannot write a report: " + e.getMessage(), e);
        }
        new ConsoleReport(false).render(report).lines().forEach(getLog()::info);
        getLog().info("Reports: " + (junitXml == null ? "" : junitXml + " ") + (html == null ? "" : html.toString()));
        if (!report.hasErrors()) {
            return;
        }
        Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        String message = goal() + ": " + report.count(Severity.ERROR) + " ERROR finding(s); the first: " + first.key()
                + (first.pointer() == null ? "" : " at " + (first.pointer().isEmpty() ? "(body)" : ReportLimits.pointer(first.pointer())))
                + (first.source() == null ? "" : " in " + ReportLimits.text(first.source().describe())) + ": "
                + ReportLimits.text(first.message());
        if (failOnError) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message + " (failOnError is false: the build goes on)");
    }
}
