package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.pacts.CheckPactGoal;
import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks consumer pact files (Pact V2, V3, V4) against the specs, offline and without Pact JVM: unknown
 * operations ({@code pact.operation.unknown}), readOnly fields sent ({@code request.field.readOnly}),
 * writeOnly fields expected back ({@code response.field.writeOnly}), response bodies and matchers the
 * schema contradicts ({@code response.field.*}, {@code pact.matcher.*}). Logs the summary, writes JUnit
 * XML and HTML reports, and fails the build when a finding reaches ERROR.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-pact", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckPactMojo extends AbstractReportingMojo {

    /**
     * The pact files, or folders of them (their <code>*.json</code> files, not recursive). Default:
     * <code>${project.build.directory}/pacts</code>, where Pact consumer tests write them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.check-pact.pacts")
    private List<File> pacts;

    /**
     * The severity of finding keys or key prefixes: one element per key or prefix, named after it,
     * with the level as its text (an element {@code pact.matcher} with the text {@code WARNING}); levels
     * {@code ERROR}, {@code WARNING}, {@code INFO}, {@code OFF}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * The JUnit XML report: one test case per interaction.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.check-pact.junitXml", defaultValue = "${project.build.directory}/chat-contracts/pacts-junit.xml")
    private File junitXml;

    /**
     * The self-contained HTML report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.check-pact.html", defaultValue = "${project.build.directory}/chat-contracts/pacts.html")
    private File html;

    /**
     * Fails the build when a finding reaches ERROR; when false, the findings are logged and reported only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.check-pact.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.check-pact.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return CheckPactGoal.GOAL;
    }

    @Override
    protected void run(SpecSet specSet) throws MojoExecutionException, MojoFailureException {
        List<File> inputs = pacts == null || pacts.isEmpty() ? List.of(new File(project.getBuild().getDirectory(), "pacts")) : pacts;
        ReportingGoal.Settings settings = reportingSettings(severities, junitXml, html, failOnError);
        conclude(() -> new CheckPactGoal().run(specSet.loaded(), inputs.stream().map(File::toPath).toList(), settings));
    }
}
