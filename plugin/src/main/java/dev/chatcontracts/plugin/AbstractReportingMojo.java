package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.io.File;
import java.io.IOException;
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

    /** The settings the reporting goals share, from the parameters. */
    protected ReportingGoal.Settings reportingSettings(Map<String, String> severities, File junitXml, File html, boolean failOnError) {
        return new ReportingGoal.Settings(severities, strictSpec, junitXml == null ? null : junitXml.toPath(),
                html == null ? null : html.toPath(), failOnError);
    }

    /**
     * Runs a reporting goal and chooses the Maven exception: a setting the user gave that cannot be used, or
     * ERROR findings with {@code failOnError}, fail the build; a report that cannot be written is our error.
     */
    protected void conclude(ReportingRun run) throws MojoExecutionException, MojoFailureException {
        ReportingGoal.Result result;
        try {
            result = run.run();
        } catch (ReportingGoal.InvalidSettings e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(goal() + ": cannot write a report: " + e.getMessage(), e);
        }
        result.info().forEach(getLog()::info);
        result.warnings().forEach(getLog()::warn);
        if (result.failure().isPresent()) {
            throw new MojoFailureException(result.failure().get());
        }
    }

    /** A reporting goal's run, as the Maven-free goal classes do it. */
    @FunctionalInterface
    protected interface ReportingRun {
        ReportingGoal.Result run() throws ReportingGoal.InvalidSettings, IOException;
    }
}
