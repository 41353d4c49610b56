package dev.chatcontracts.plugin;

import dev.chatcontracts.contracts.pactgen.PactOptions;
import dev.chatcontracts.plugin.pacts.PactsGoal;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a Pact file per spec (v3 by default, v4 by option) in plain Java, with at least one interaction
 * for every operation: each documented example of a success response (the documentation's wrong ones,
 * {@code x-violates}, as corrected copies naming the D-id), bodies built from the schema where no
 * example serves (204 deletes, the ids-to-docs map), and the documented errors (401 without
 * credentials, 404 for unknown resources, 400 for a parameter above its maximum). Paths are the full
 * request paths on the provider; every interaction has resources of its own, with provider states
 * that any Pact verifier can set on the mock provider ({@code POST /_pact/provider-states}). Request
 * bodies lose readOnly fields; matching rules come from the response schema. No credentials are ever
 * written.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-pacts", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GeneratePactsMojo extends AbstractSpecMojo {

    /**
     * Where the pact files go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.outputDirectory", defaultValue = "${project.build.directory}/pacts")
    private File outputDirectory;

    /**
     * The consumer named in the pacts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.consumer", defaultValue = PactOptions.DEFAULT_CONSUMER)
    private String consumer;

    /**
     * The provider name per spec name, e.g. an element {@code zendesk-chat} with the
     * text {@code zendesk-chat-api}; by
     * default the spec's name.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> providers;

    /**
     * The base path each request path starts with, per spec name; by default the path of the spec's first
     * server URL ({@code /api/v2/chat} for {@code zendesk-chat}, {@code /api} for {@code zoho-salesiq}). For
     * consumers on the legacy {@code www.zopim.com} layout:
     * an element {@code zendesk-chat} with the text
     * {@code /api/v2} inside {@code basePaths}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> basePaths;

    /**
     * The Pact specification version: {@code V3} or {@code V4}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.version", defaultValue = "V3")
    private String pactVersion;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return "generate-pacts";
    }

    @Override
    protected void run(SpecSet specs) throws MojoFailureException {
        PactsGoal goal = new PactsGoal(outputDirectory.toPath(), buildDirectory(), stateFile("generate-pacts"), consumer,
                providers, basePaths, pactVersion, operationIds(), tagNames(), PluginVersion.get());
        PactsGoal.Result result;
        try {
            result = goal.run(specs);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("generate-pacts: " + e.getMessage(), e);
        }
        result.info().forEach(getLog()::info);
        result.warnings().forEach(getLog()::warn);
    }
}
