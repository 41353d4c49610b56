package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.captures.CapturesGoal;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates captured exchanges (HAR 1.2 files, JSON responses with a {@code .meta.json} sidecar, or
 * folders of them) against the specs, with the engine of the command line's {@code validate}: logs the
 * summary, writes JUnit XML and HTML reports, and fails the build when a finding reaches ERROR.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate-captures", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateCapturesMojo extends AbstractReportingMojo {

    /**
     * The captures: {@code .har} files, {@code .json} responses with their sidecars, or folders of them
     * (each folder's {@code *.json} responses are one capture, each of its {@code .har} files another).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.captures")
    private List<File> captures;

    /**
     * The severity of finding keys or key prefixes: one element per key or
     * prefix, named after it, with the level as its text (an element {@code response.field.unknown} with the text
     * {@code ERROR});
     * levels {@code ERROR}, {@code WARNING}, {@code INFO}, {@code OFF}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * The JUnit XML report: one test case per exchange.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.junitXml",
            defaultValue = "${project.build.directory}/chat-contracts/captures-junit.xml")
    private File junitXml;

    /**
     * The self-contained HTML report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.html", defaultValue = "${project.build.directory}/chat-contracts/captures.html")
    private File html;

    /**
     * Fails the build when a finding reaches ERROR; when false, the findings are logged and reported only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * The largest body read, in bytes; larger ones are {@code response.body.tooLarge} findings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.maxBodyBytes", defaultValue = "52428800")
    private long maxBodyBytes;

    /**
     * Bodies larger than this, in bytes, are validated while read from the capture, in memory independent
     * of their size (same findings; no comparison with earlier exchanges); 0 streams every body.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.streamAboveBytes", defaultValue = "1048576")
    private long streamAboveBytes;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.validate-captures.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return CapturesGoal.GOAL;
    }

    @Override
    protected void run(SpecSet specSet) throws MojoExecutionException, MojoFailureException {
        List<Path> inputs = captures == null ? List.of() : captures.stream().map(File::toPath).toList();
        CapturesGoal.Settings settings = new CapturesGoal.Settings(inputs, maxBodyBytes, streamAboveBytes,
                reportingSettings(severities, junitXml, html, failOnError));
        conclude(() -> new CapturesGoal().run(specSet.loaded(), settings));
    }
}
