package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.client.ClientGoal;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a Java client per spec with OpenAPI Generator's {@code java} generator on
 * {@code java.net.http} and Jackson, plus authentication, 429 retry and page-iterator classes, and
 * adds the output as a compile source root. Regenerates only when a spec, the configuration or the
 * generator changed.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-client", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateClientMojo extends AbstractSpecMojo {

    /**
     * Where the client's sources are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.client.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/chat-contracts-client")
    private File outputDirectory;

    /**
     * The base package; each spec's client goes to a sub-package named after the spec (its name without
     * punctuation), e.g. {@code dev.chatcontracts.client.zendeskchat} for {@code zendesk-chat}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.client.basePackage", defaultValue = "dev.chatcontracts.client")
    private String basePackage;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.client.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return "generate-client";
    }

    @Override
    protected void run(SpecSet specs) {
        Path output = outputDirectory.toPath();
        IncrementalGeneration.Outcome outcome = new ClientGoal(output, stateFile("generate-client"), basePackage, operationIds(), tagNames(),
                PluginVersion.get()).run(specs, getLog()::info);
        getLog().info(ClientGoal.describe(outcome));
        project.addCompileSourceRoot(output.toString());
    }
}
